/**
 * Change audit to Splunk HEC: what a security team sees in its SIEM after `sps apply`, and that an
 * outage or a wrong token never fails an apply nor loses an event (spooled, delivered once later).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHec, type RunningHec } from '../../src/emulator';
import { startHarness, type Harness } from './helpers';

const CANARY = `canary-${randomBytes(8).toString('hex')}`;
let h: Harness;
let hec: RunningHec;
let audit: NodeJS.ProcessEnv;
beforeAll(async () => {
  h = await startHarness({ CANARY_TOKEN: CANARY });
  hec = await startHec({ token: 'hec-token-' + randomBytes(6).toString('hex') });
  writeFileSync(join(h.dir, 'hec-ca.pem'), hec.caPem);
  audit = {
    SPS_AUDIT_HEC_URL: hec.url,
    SPS_AUDIT_HEC_TOKEN: hec.token,
    SPS_AUDIT_HEC_CA_FILE: 'hec-ca.pem',
    SPS_AUDIT_HEC_INDEX: 'sps_audit',
    SPS_AUDIT_ACTOR: 'alice',
  };
});
afterAll(async () => {
  await hec.close();
  await h.close();
});

const spooled = () => {
  try {
    return readdirSync(join(h.dir, '.sps-audit')).filter((f) => f.endsWith('.json')).length;
  } catch {
    return 0;
  }
};
const content = (n: number, extra: Record<string, unknown> = {}) => ({
  content_policies: Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `audit-${i}`,
      { rules: [{ actions: { log: true }, event: { selection: 'command', match: [`cmd-${i}`] } }] },
    ]),
  ),
  ...extra,
});
const fields = () => hec.received.map((e) => e.event as Record<string, unknown>);

test('one event per changed object and one per apply, with who, what, where and the outcome — never a secret', async () => {
  const file = h.write('audit.yaml', {
    ...content(2),
    splunk_forwarder: {
      enabled: true,
      host: { selection: 'fqdn', value: 'splunk.test' },
      ssl: { selection: 'insecure' },
      token: '${env:CANARY_TOKEN}',
    },
  });
  const r = await h.cli(
    ['apply', file, '--auto-approve', '--message', 'CHG-1234 PCI keystroke rules'],
    audit,
  );
  expect(r.code).toBe(0);
  expect(r.stderr).not.toContain('Warning: audit');
  expect(hec.received).toHaveLength(4);
  for (const e of hec.received)
    expect(e).toMatchObject({
      sourcetype: '_json',
      index: 'sps_audit',
      source: 'sps-iac',
      host: '127.0.0.1',
    });
  const [first, second, splunk, summary] = fields();
  const common = {
    appliance: h.emu.url,
    firmware: '7.0.5',
    actor: 'alice',
    sps_user: h.emu.username,
    commit_message: 'CHG-1234 PCI keystroke rules',
    outcome: 'committed',
  };
  expect(first).toMatchObject({
    ...common,
    event_type: 'sps.config.change',
    kind: 'content_policies',
    name: 'audit-0',
    action: 'create',
  });
  expect(second).toMatchObject({ kind: 'content_policies', name: 'audit-1', action: 'create' });
  expect(splunk).toMatchObject({ kind: 'splunk_forwarder', action: 'update' });
  expect(splunk.changed_paths).toEqual(expect.arrayContaining(['/enabled', '/token']));
  expect(summary).toMatchObject({
    ...common,
    event_type: 'sps.config.apply',
    objects: 3,
    create: 2,
    update: 1,
    delete: 0,
  });
  expect(String(summary.plan_digest)).toMatch(/^sha256:[0-9a-f]{64}$/);
  expect(new Set(fields().map((f) => f.plan_digest)).size).toBe(1);
  expect(new Set(fields().map((f) => f.event_id)).size).toBe(4);
  expect(JSON.stringify(hec.received)).not.toContain(CANARY);
  expect(r.stdout + r.stderr).not.toContain(hec.token);
  expect(spooled()).toBe(0);
});

test('the HEC down during an apply: the apply succeeds, the events wait, the next run delivers each once', async () => {
  const before = hec.received.length;
  hec.fail({ status: 503 });
  const down = await h.cli(['apply', h.write('down.yaml', content(3)), '--auto-approve'], audit);
  expect(down.code).toBe(0);
  expect(down.stderr).toMatch(
    /Warning: audit: the Splunk HEC at https:\/\/127\.0\.0\.1:\d+ did not accept the events \(HTTP 503: Server is busy\); 2 event\(s\) kept in .*\.sps-audit for the next run or `sps audit flush`/,
  );
  expect(spooled()).toBe(2); // audit-2 created, and the apply event
  hec.fail('reset'); // still down, another way: the connection drops
  const flushDown = await h.cli(['audit', 'flush'], audit);
  expect(flushDown.code).toBe(1);
  expect(flushDown.stderr).toContain('cannot be reached');
  hec.recover();
  const next = await h.cli(['apply', h.write('down.yaml', content(3)), '--auto-approve'], audit); // no change: delivers only
  expect(next.code).toBe(0);
  expect(spooled()).toBe(0);
  const delivered = fields().slice(before);
  expect(delivered.map((f) => [f.event_type, f.name ?? null])).toEqual([
    ['sps.config.change', 'audit-2'],
    ['sps.config.apply', null],
  ]);
  const ids = fields().map((f) => f.event_id);
  expect(new Set(ids).size).toBe(ids.length); // none twice
  const flushed = await h.cli(['audit', 'flush'], audit);
  expect(flushed).toMatchObject({ code: 0 });
  expect(flushed.stderr).toContain('sent 0 event(s)');
});

test('a spool file that is not one of our events (null, no appliance, not JSON) is skipped and kept, not a crash', async () => {
  const dir = join(h.dir, '.sps-audit');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'zz-null.json'), 'null');
  writeFileSync(join(dir, 'zz-nofields.json'), '{"id":"x","time":1}');
  writeFileSync(join(dir, 'zz-broken.json'), '{"id":');
  const flushed = await h.cli(['audit', 'flush'], audit);
  expect(flushed.stderr).not.toMatch(/TypeError|Cannot read/);
  expect(flushed.code).toBe(0);
  expect(spooled()).toBe(3);
  for (const f of ['zz-null.json', 'zz-nofields.json', 'zz-broken.json']) rmSync(join(dir, f));
});

test('a wrong token: a clear warning naming the setting, the apply still succeeds, the spool is kept', async () => {
  const before = hec.received.length;
  const r = await h.cli(['apply', h.write('token.yaml', content(4)), '--auto-approve'], {
    ...audit,
    SPS_AUDIT_HEC_TOKEN: 'not-the-token',
  });
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('refused the token (Invalid token); check SPS_AUDIT_HEC_TOKEN');
  expect(r.stderr).not.toContain('not-the-token');
  expect(spooled()).toBe(2);
  expect(hec.received.length).toBe(before);
  const flushed = await h.cli(['audit', 'flush'], audit);
  expect(flushed.code).toBe(0);
  expect(spooled()).toBe(0);
  expect(
    fields()
      .slice(before)
      .map((f) => f.name ?? f.event_type),
  ).toEqual(['audit-3', 'sps.config.apply']);
});

test('a failed apply is reported as rolled back; bad audit settings refuse before anything is written', async () => {
  const before = hec.received.length;
  h.emu.faults.failCommit({ status: 500, message: 'commit refused' });
  const r = await h.cli(['apply', h.write('fail.yaml', content(5)), '--auto-approve'], audit);
  expect(r.code).toBe(1);
  const events = fields().slice(before);
  expect(events.map((f) => f.outcome)).toEqual(['rolled back', 'rolled back']);

  const commits = h.emu.stats().commits;
  const bad = await h.cli(['apply', h.write('fail.yaml', content(6)), '--auto-approve'], {
    ...audit,
    SPS_AUDIT_HEC_URL: 'http://127.0.0.1:1',
  });
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain('SPS_AUDIT_HEC_URL must be https://');
  expect(h.emu.stats().commits).toBe(commits);
});

test('drift --audit reports each drifted object to the SIEM', async () => {
  const before = hec.received.length;
  const doc = content(1);
  (doc.content_policies['audit-0'] as { rules: { event: { match: string[] } }[] }).rules[0].event.match = [
    'changed',
  ];
  const r = await h.cli(['drift', h.write('drift.yaml', doc), '--audit', '--detailed-exitcode'], audit);
  expect(r.code).toBe(2);
  expect(fields().slice(before)).toEqual([
    expect.objectContaining({
      event_type: 'sps.config.drift',
      outcome: 'drift',
      kind: 'content_policies',
      name: 'audit-0',
      action: 'update',
      changed_paths: ['/rules/0/event/match/0'],
    }),
    expect.objectContaining({ event_type: 'sps.config.drift_check', objects: 1, update: 1 }),
  ]);
});
