/**
 * `sps doctor` against the emulator as a new user meets appliances: a healthy one (every check
 * passes, an export of everything — pass-through endpoints included — plans back as no change), a
 * managed host, a locked configuration, an expired and a wrong-name certificate, an untrusted one, a
 * read-only user and a user denied some endpoints. Each gives its finding and what to do; exit 0 or 1.
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { CANARY, populate, openCli } from '../snapshot/fixtures';
import { startHarness, type Harness } from './helpers';

interface Finding {
  check: string;
  status: string;
  summary: string;
  details?: string[];
  action?: string;
}

async function doctor(h: Harness, argv: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const r = await h.cli(['doctor', '--json', ...argv], env);
  const report = JSON.parse(r.stdout) as { findings: Finding[]; healthy: boolean; appliance: string };
  const at = (check: string) => report.findings.find((f) => f.check === check);
  return { ...r, report, at };
}

const harnesses: Harness[] = [];
async function harness(...args: Parameters<typeof startHarness>): Promise<Harness> {
  const h = await startHarness(...args);
  harnesses.push(h);
  return h;
}
afterAll(() => Promise.all(harnesses.map((h) => h.close())));

test('a healthy appliance: every check passes, and its export plans back as no change', async () => {
  const h = await harness({}, { switches: { secrets: 'masked' } });
  const cli = openCli();
  try {
    await populate(h.emu, cli); // typed kinds, pass-through endpoints, secrets, references
  } finally {
    cli.close();
  }
  const { writes, transactionsOpened, commits } = h.emu.stats();
  const d = await doctor(h);
  expect(d.code).toBe(0);
  expect(d.report.healthy).toBe(true);
  expect(d.report.findings.filter((f) => f.status === 'error' || f.status === 'warning')).toEqual([]);
  for (const check of [
    'connectivity',
    'tls.chain',
    'tls.name',
    'tls.expiry',
    'authentication',
    'firmware',
    'cluster',
  ])
    expect(d.at(check)?.status).toBe('ok');
  expect(d.at('export.round-trip')).toMatchObject({
    status: 'ok',
    summary: expect.stringContaining('plans back as no change'),
  });
  expect(d.at('endpoints')?.details?.join('\n')).toMatch(/pass-through: .*ssh\/connections/);
  expect(d.at('endpoints')?.details?.join('\n')).toContain(
    'read-only: ica/connections, telnet/connections, vnc/connections',
  );
  expect(d.at('objects.unknown-fields')?.details?.join('\n')).toContain(
    'audit_policies: /encryption/cipher (2), /signing/digest_algorithm (2), /description (2)',
  );
  expect(d.at('permissions.write')).toMatchObject({
    status: 'skipped',
    action: expect.stringContaining('--check-transaction'),
  });
  expect(h.emu.stats().writes).toBe(writes);
  expect(h.emu.stats().transactionsOpened).toBe(transactionsOpened); // read-only
  for (const secret of [h.emu.password, CANARY.hec, CANARY.smb, CANARY.ldap])
    expect(d.stdout + d.stderr).not.toContain(secret);

  const text = await h.cli(['doctor', '--check-transaction']);
  expect(text.code).toBe(0);
  expect(text.stdout).toMatch(/✓ permissions\.write +opened and rolled back an empty transaction/);
  expect(text.stdout).toMatch(/✓ lock +the configuration lock was free/);
  expect(text.stdout).toMatch(/No errors, 0 warnings/);
  expect(h.emu.stats()).toMatchObject({ writes, commits, transactionsOpened: transactionsOpened + 1 });
  expect(h.emu.stats().rollbacks).toBe(1);
});

test('a managed host: an error that names the Central Management node to point at', async () => {
  const h = await harness({}, { switches: { clusterRole: 'managed-host' } });
  const d = await doctor(h);
  expect(d.code).toBe(1);
  expect(d.at('cluster')).toMatchObject({
    status: 'error',
    summary: expect.stringContaining('managed host'),
    action: expect.stringContaining('sps-emulator-2.localdomain'),
  });
});

test('a locked configuration: who holds it, with --check-transaction only', async () => {
  const h = await harness();
  const holder = h.client();
  await holder.transaction.open();
  try {
    expect((await doctor(h)).at('lock')?.status).toBe('skipped');
    const d = await doctor(h, ['--check-transaction']);
    expect(d.code).toBe(0); // a warning: plans still work
    expect(d.at('lock')).toMatchObject({
      status: 'warning',
      summary: expect.stringMatching(/locked by another session: .*user "admin"/),
      action: expect.stringContaining('--lock-timeout'),
    });
  } finally {
    await holder.transaction.rollback();
  }
});

test('an expired certificate, a wrong-name one and an untrusted one: what is wrong and what to do', async () => {
  const expired = await harness({}, { certificateExpired: true });
  const e = await doctor(expired);
  expect(e.code).toBe(1);
  expect(e.at('tls.expiry')).toMatchObject({
    status: 'error',
    summary: expect.stringMatching(/expired on \d{4}-\d\d-\d\d/),
  });
  expect(e.at('tls.chain')).toMatchObject({
    status: 'error',
    summary: expect.stringContaining('CERT_HAS_EXPIRED'),
  });
  expect(e.at('remaining-checks')).toMatchObject({ status: 'skipped' });
  expect(e.at('authentication')).toBeUndefined(); // no credential went to a server we do not trust

  const wrongName = await harness({}, { certificateHosts: ['sps.corp.example.com'] });
  const w = await doctor(wrongName);
  expect(w.code).toBe(1);
  expect(w.at('tls.chain')?.status).toBe('ok');
  expect(w.at('tls.name')).toMatchObject({
    status: 'error',
    details: [expect.stringContaining('DNS:sps.corp.example.com')],
    action: expect.stringContaining('reissued for 127.0.0.1'),
  });

  const untrusted = await harness();
  const u = await doctor(untrusted, [], { SPS_CA_FILE: '' });
  expect(u.at('tls.chain')).toMatchObject({ status: 'error', action: expect.stringContaining('--ca-file') });
  const insecure = await doctor(untrusted, [], { SPS_CA_FILE: '', SPS_INSECURE: '1' });
  expect(insecure.at('tls.chain')?.status).toBe('warning'); // verification off: told, not refused
  expect(insecure.at('authentication')?.status).toBe('ok');
});

test('a read-only user, and a user denied some endpoints', async () => {
  const h = await harness(
    {},
    {
      readOnlyUsers: [{ username: 'auditor', password: 'auditor-pw' }],
      deniedPaths: ['/api/configuration/policies/ldap_servers', '/api/configuration/policies/time_policies'],
    },
  );
  const passwordFile = join(h.dir, 'auditor.pw');
  writeFileSync(passwordFile, 'auditor-pw\n');
  const as = ['--username', 'auditor', '--password-file', passwordFile];
  const d = await doctor(h, [...as, '--check-transaction']);
  expect(d.code).toBe(0);
  expect(d.at('authentication')?.summary).toBe('logged in as "auditor"');
  expect(d.at('permissions.read')?.status).toBe('ok');
  expect(d.at('permissions.write')).toMatchObject({
    status: 'warning',
    summary: expect.stringContaining('may read but not change the configuration (403 Unauthorized)'),
    action: expect.stringContaining('plan and drift'),
  });
  expect(d.at('endpoints')?.details?.join('\n')).toContain('unreadable: policies/ldap_servers (403)');
  expect(d.at('endpoints.typed-unreadable')).toMatchObject({
    status: 'warning',
    summary: expect.stringContaining('policies/time_policies (403)'),
  });
  expect(h.emu.stats().transactionsOpened).toBe(0);
  const wrong = await doctor(h, ['--username', 'auditor'], { SPS_PASSWORD: 'nope' });
  expect(wrong.code).toBe(1);
  expect(wrong.at('authentication')).toMatchObject({
    status: 'error',
    action: expect.stringContaining('REST server privilege'),
  });
});
