/**
 * `sps sessions search` and `sps sessions trail` as a user runs them against the emulator's session
 * database: the appliance's query language, the outputs, and clear refusals.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trailDigest } from '../../src/emulator/session-db';
import { startHarness, type Harness } from './helpers';
import { sessionControl, type SessionControl } from '../emulator/session-control';

let h: Harness;
let s: SessionControl;
const T0 = Date.UTC(2024, 4, 1);

beforeAll(async () => {
  h = await startHarness();
  s = sessionControl(h.emu);
  await s.createConnectionPolicy('ssh', { name: 'ops-ssh', active: true });
  await s.createConnectionPolicy('rdp', { name: 'ops-rdp', active: true });
  await s.start({
    policy: 'ops-ssh',
    user: 'alice',
    clientIp: '10.1.1.1',
    targetIp: '10.2.2.2',
    start: T0,
    end: T0 + 60_000,
  });
  await s.start({ policy: 'ops-ssh', user: 'admin', start: T0 + 1000, end: T0 + 2000, content: ['sudo'] });
  await s.start({ policy: 'ops-rdp', user: 'carol', start: T0 + 2000 });
});
afterAll(async () => {
  await s.close();
  await h.close();
});

test('search: the appliance query language, a table of the default fields, and a summary on stderr', async () => {
  const r = await h.cli(['sessions', 'search', 'protocol:ssh', 'AND', 'NOT', 'name:admin']);
  expect(r.code).toBe(0);
  const [head, rule, row, ...rest] = r.stdout.trimEnd().split('\n');
  expect(head.split(/\s+/)).toEqual([
    'key',
    'start_time',
    'end_time',
    'protocol',
    'name',
    'server_username',
    'client.address',
    'target.address',
    'target.port',
  ]);
  expect(rule).toMatch(/^-+ +-+/);
  expect(row).toMatch(
    /ops-ssh.*2024-05-01T00:00:00\.000\+00:00.*ssh\s+alice.*10\.1\.1\.1\s+10\.2\.2\.2\s+22$/,
  );
  expect(rest).toEqual([]);
  expect(r.stderr).toBe('1 session (match_count 1; 1 request)\n');
});

test('search --json: every session with its chosen fields; --content and --sort pass through', async () => {
  const r = await h.cli(['sessions', 'search', '--json', '--fields', 'name,active', '--sort', '-start_time']);
  expect(r.code).toBe(0);
  const report = JSON.parse(r.stdout);
  expect(report).toMatchObject({
    format_version: '1',
    appliance: h.emu.url,
    match_count: 3,
    count: 3,
    windows: 1,
  });
  expect(report.sessions.map((x: { fields: { name: string } }) => x.fields.name)).toEqual([
    'carol',
    'admin',
    'alice',
  ]);
  expect(report.sessions[0].fields.active).toBe(true);
  const sudo = JSON.parse((await h.cli(['sessions', 'search', '--json', '--content', 'sudo'])).stdout);
  expect(sudo.sessions.map((x: { key: string }) => x.key)).toEqual([expect.stringContaining('ops-ssh')]);
  expect(sudo.count).toBe(1);
});

test('search --csv (sps: one row per session) and --appliance-csv (its own headers)', async () => {
  const ours = await h.cli(['sessions', 'search', 'protocol:rdp', '--csv', '--fields', 'name,target.port']);
  expect(ours.stdout).toMatch(/^key,name,target\.port\nsvc-[^,]+-ops-rdp-0-rdp,carol,3389\n$/);
  const theirs = await h.cli([
    'sessions',
    'search',
    'protocol:rdp',
    '--appliance-csv',
    '--fields',
    'user.gateway_username',
  ]);
  expect(theirs.code).toBe(0);
  expect(theirs.stdout).toMatch(/^"Key","Gateway username"\n"svc-[^"]+-ops-rdp-0-rdp","carol"\n$/);
});

test('search: a query the appliance refuses, a bad --limit and a user without the privilege are clear errors', async () => {
  const bad = await h.cli(['sessions', 'search', 'nosuchfield:1']);
  expect(bad.code).toBe(1);
  expect(bad.stderr).toMatch(
    /refused the search: HTTP 400 \(InvalidQuery: Invalid query: unknown filter field "nosuchfield"\)/,
  );
  expect((await h.cli(['sessions', 'search', '--limit', '0'])).stderr).toMatch(
    /--limit: expected a positive integer/,
  );
  const limited = JSON.parse((await h.cli(['sessions', 'search', '--json', '--limit', '2'])).stdout);
  expect(limited.count).toBe(2);
});

test('trail: downloaded whole to the file (0600), the ID as logs write it or as REST does', async () => {
  const done = await s.start({ policy: 'ops-ssh', start: T0, end: T0 + 5000, trailBytes: 1_500_000 });
  const r = await h.cli(['sessions', 'trail', done.session_id, '-o', 'one.zat']);
  expect(r.code).toBe(0);
  expect(r.stderr).toBe(`Saved the audit trail of ${done.key} to one.zat (1,500,000 bytes)\n`);
  const file = join(h.dir, 'one.zat');
  expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(
    trailDigest(done.key, 1_500_000),
  );
  expect(statSync(file).mode & 0o777).toBe(0o600);
  // an existing file is kept unless --force
  const again = await h.cli(['sessions', 'trail', done.key, '-o', 'one.zat']);
  expect(again.code).toBe(1);
  expect(again.stderr).toMatch(/one\.zat exists; choose another file or replace it \(--force\)/);
  expect((await h.cli(['sessions', 'trail', done.key, '-o', 'one.zat', '--force'])).code).toBe(0);
  expect(readdirSync(h.dir).filter((f) => f.endsWith('.part'))).toEqual([]);
});

test('trail: why a trail cannot be had — still active (follow mode works), not recorded, archived out of reach, unknown', async () => {
  const active = await s.start({ policy: 'ops-ssh', trailBytes: 4096 });
  const none = await s.start({ policy: 'ops-ssh', start: T0, end: T0 + 1, trailBytes: null });
  const away = await s.start({
    policy: 'ops-ssh',
    start: T0,
    end: T0 + 1,
    archived: true,
    archiveReachable: false,
  });
  const cases: [string, RegExp][] = [
    [active.key, /the session is still active; download it in follow mode with --format srs/],
    [none.key, /does not exist: the session was not recorded/],
    [away.key, /is archived, and the appliance cannot reach the archive it is in/],
    ['svc-nosuchsession-x-1', /the appliance has no session svc-nosuchsession-x-1/],
  ];
  for (const [key, why] of cases) {
    const r = await h.cli(['sessions', 'trail', key, '-o', 'x.zat']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(why);
    expect(existsSync(join(h.dir, 'x.zat'))).toBe(false);
  }
  const follow = await h.cli(['sessions', 'trail', active.key, '--format', 'srs', '-o', 'live.srs']);
  expect(follow.code).toBe(0);
  expect(statSync(join(h.dir, 'live.srs')).size).toBe(4096);
  writeFileSync(join(h.dir, 'keep.zat'), 'mine');
  await h.cli(['sessions', 'trail', none.key, '-o', 'keep.zat', '--force']);
  expect(readFileSync(join(h.dir, 'keep.zat'), 'utf8')).toBe('mine'); // a refused download replaces nothing
});

test('a user without the privilege to search sessions is told so', async () => {
  const denied = await startHarness({}, { deniedPaths: ['/api/audit'] });
  try {
    const r = await denied.cli(['sessions', 'search']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /the user may not search the session database: HTTP 403 \(Unauthorized: .*\/api\/audit/,
    );
    const t = await denied.cli(['sessions', 'trail', 'svc-x-y-1', '-o', 'x.zat']);
    expect(t.stderr).toMatch(/cannot be downloaded by this user: HTTP 403/);
  } finally {
    await denied.close();
  }
});
