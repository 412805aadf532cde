/**
 * `sps snapshot --anonymize`: no host name, address or user name of the appliance is left, each is
 * replaced by one placeholder of the same form wherever it occurs, and nothing that joins objects
 * changes — keys, names, references — so a twin of the anonymized file exports a document that plans
 * back against it as no change, with every reference by name intact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSnapshotFile, startEmulator, startTwin, type RunningEmulator } from '../../src/emulator';
import type { SnapshotFile } from '../../src/snapshot';
import { Anonymizer } from '../../src/snapshot/anonymize';
import { TEST_PRIVATE_KEY } from '../cli/helpers';
import { PASS_THROUGH_ENDPOINTS, openCli, populate, type Cli } from './fixtures';

let source: RunningEmulator;
let cli: Cli;
let plain: SnapshotFile;
let anonymized: SnapshotFile;
let text: string;

beforeAll(async () => {
  source = await startEmulator({ switches: { secrets: 'masked' } });
  cli = openCli();
  await populate(source, cli);
  expect((await cli.run(source, ['snapshot', '--out', 'plain.json'])).code).toBe(0);
  const r = await cli.run(source, ['snapshot', '--anonymize', '--out', 'anonymized.json']);
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/Anonymized \d+ addresses, \d+ host names, \d+ user names/);
  plain = readSnapshotFile(join(cli.dir, 'plain.json'));
  anonymized = readSnapshotFile(join(cli.dir, 'anonymized.json'));
  text = readFileSync(join(cli.dir, 'anonymized.json'), 'utf8');
});

afterAll(async () => {
  await source?.close();
  cli?.close();
});

const objectsOf = (s: SnapshotFile, path: string) => {
  const r = s.endpoints[path];
  return r?.answer === 'collection' ? r.objects : [];
};

test('no host name, address or user name of the appliance is left', () => {
  expect(anonymized.anonymized).toBe(true);
  for (const original of [
    '10.20.30.40',
    '10.1.0.0',
    'backup.corp.example.com',
    'splunk.corp.example.com',
    'ldap.corp.example.com',
    'bob@corp.example.com',
    'svc-archive',
    'sps-backup',
    '"alice"',
    'cn=sps,dc=corp',
    'sps-emulator',
    'scb-administrator',
  ])
    expect(text).not.toContain(original);
  expect(anonymized.info).toMatchObject({
    hostname: expect.stringMatching(/^host-\d+$/),
    support_link: expect.stringMatching(/^mailto:user-\d+@host-\d+\.example\.invalid$/),
  });
});

test('the same value gets the same placeholder everywhere, in the form of the original', () => {
  const archive = objectsOf(anonymized, '/api/configuration/policies/archive_cleanup_policies')[0].body;
  const conn = objectsOf(anonymized, '/api/configuration/ssh/connections')[0].body;
  const server = (archive.target as { server: { value: string } }).server.value;
  expect(server).toMatch(/^198\.1[89]\.\d+\.\d+$/);
  expect((conn.network as { targets: string[] }).targets).toEqual([server]); // the same address, twice
  expect((conn.network as { clients: string[] }).clients[0]).toMatch(/^198\.1[89]\.\d+\.\d+\/16$/); // prefix kept
  expect(conn.gateway_user).toMatch(/^user-\d+$/);
  expect(conn.description).toMatch(/^jump host for ops, owner user-\d+@host-\d+\.example\.invalid$/);
  const a = new Anonymizer();
  expect([a.ipv4('0.0.0.0'), a.ipv4('127.0.0.1'), a.ipv4('255.255.255.0')]).toEqual([
    '0.0.0.0',
    '127.0.0.1',
    '255.255.255.0',
  ]);
  expect([
    a.text('see https://[2001:db8:1::5]:8443/x'),
    a.host('a.b.example'),
    a.host('A.B.example.'),
  ]).toEqual(['see https://[2001:db8::1]:8443/x', 'host-1.example.invalid', 'host-1.example.invalid']);
});

test('keys, names and references are untouched: a twin of it exports a document that plans back as no change', async () => {
  const keys = (s: SnapshotFile) =>
    Object.entries(s.endpoints).map(([p, r]) => [
      p,
      r.answer === 'collection' ? r.objects.map((o) => [o.key, o.body.name]) : r.answer,
    ]);
  expect(keys(anonymized)).toEqual(keys(plain));
  const twin = await startTwin(anonymized);
  try {
    const exported = await cli.run(twin, ['export', '--out', 'from-twin.yaml']);
    expect(exported.code).toBe(0);
    const pass = await cli.run(twin, [
      'export',
      '--format',
      'json',
      '--endpoint',
      PASS_THROUGH_ENDPOINTS,
      '--kinds',
      'audit_policies',
    ]);
    const conn = JSON.parse(pass.stdout).pass_through['ssh/connections'].objects['ops-gw'];
    expect(conn).toMatchObject({
      audit_policy: { $ref: 'policies/audit_policies/pci' },
      channel_policy: { $ref: 'ssh/channel_policies/shell-only' },
    });
    const doc = readFileSync(join(cli.dir, 'from-twin.yaml'), 'utf8');
    expect(doc).toMatch(/system_backup:\n {2}backup_policy: nightly/);
    // the export names its secrets by variable; any valid value plans (the twin masks them: kept, not changed)
    const env = Object.fromEntries(
      [...doc.matchAll(/\$\{env:(\w+)\}/g)].map((m) => [
        m[1],
        m[1].endsWith('AUTH_KEY') ? TEST_PRIVATE_KEY : 'x',
      ]),
    );
    const plan = await cli.run(twin, ['plan', join(cli.dir, 'from-twin.yaml'), '--detailed-exitcode'], env);
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
  } finally {
    await twin.close();
  }
});
