/**
 * The emulator's session database answers as the guide documents /api/audit/sessions (seeds/001):
 * filters, fields, sort, limit and offset, the 10,000-result cap, CSV, content search, audit trails,
 * and the switches for what the guide leaves open (the offset's base, the connection policy's name).
 */
import { createHash } from 'node:crypto';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { trailDigest } from '../../src/emulator/session-db';
import { sessionControl, type SessionControl } from './session-control';

let emu: RunningEmulator;
let s: SessionControl;
let sshKey: string;
const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

beforeAll(async () => {
  emu = await startEmulator();
  s = sessionControl(emu);
  sshKey = await s.createConnectionPolicy('ssh', { name: 'ops-ssh', active: true });
  await s.createConnectionPolicy('rdp', { name: 'ops-rdp', active: true });
});
afterAll(async () => {
  await s.close();
  await emu.close();
});
beforeEach(async () => {
  await s.clear();
  emu.switches.sessionOffsetBase = 'zero';
  emu.switches.sessionPolicyField = 'psm.connection_policy';
});

const search = async (query: string) => {
  const r = await s.get(`/api/audit/sessions?${query}`);
  return { status: r.status, json: JSON.parse(r.text) };
};
const keys = (json: { items: { key: string }[] }) => json.items.map((i) => i.key);

test('q filters with AND / OR / NOT, groups, several values, wildcards and ranges; a bad query is 400 InvalidQuery', async () => {
  const a = await s.start({ policy: 'ops-ssh', user: 'admin1', targetPort: 22, start: T0 });
  const b = await s.start({
    policy: 'ops-ssh',
    user: 'bob',
    targetPort: 2222,
    start: T0 + DAY,
    end: T0 + DAY + 5000,
  });
  const c = await s.start({
    policy: 'ops-rdp',
    user: 'carol',
    start: T0 + 2 * DAY,
    end: T0 + 2 * DAY + 9000,
  });
  const found = async (q: string) => keys((await search(`q=${encodeURIComponent(q)}&sort=start_time`)).json);

  expect(await found('protocol:ssh')).toEqual([a.key, b.key]);
  expect(await found('protocol:ssh AND NOT name:bob')).toEqual([a.key]);
  expect(await found('protocol:(ssh rdp) AND active:false')).toEqual([b.key, c.key]);
  expect(await found('(name:carol OR name:bob) AND protocol:rdp')).toEqual([c.key]);
  expect(await found('name:?dmi*')).toEqual([a.key]);
  expect(await found('target.port:{21 TO 2222}')).toEqual([a.key]);
  expect(await found(`start_time:[* TO ${(T0 + DAY) / 1000}]`)).toEqual([a.key, b.key]);
  expect(await found('server_username:"bob"')).toEqual([b.key]);

  for (const bad of ['protocol:', 'nosuchfield:1', 'name:[a TO b]', '(protocol:ssh'])
    expect((await search(`q=${encodeURIComponent(bad)}`)).json.error.type).toBe('InvalidQuery');
  expect((await search('q=nosuchfield:1')).status).toBe(400);
});

test('start keeps sessions started at or after a date, end those ended by one (a bare date: that whole day)', async () => {
  await s.start({ policy: 'ops-ssh', start: T0 - DAY, end: T0 - DAY + 1000 });
  const inDay = await s.start({ policy: 'ops-ssh', start: T0 + 3_600_000, end: T0 + 7_200_000 });
  await s.start({ policy: 'ops-ssh', start: T0 + 3_600_000, end: T0 + DAY + 1000 });
  await s.start({ policy: 'ops-ssh', start: T0 + 3_600_000 }); // still active
  expect(keys((await search('start=2024-01-01&end=2024-01-01')).json)).toEqual([inDay.key]);
  expect((await search('start=2024-01-01T00:30')).json.meta.match_count).toBe(3);
  expect((await search('start=yesterday')).json.error.type).toBe('InvalidQuery');
});

test('fields: the chosen ones in alphabetic order, nested by their dots; * is every field; sort ascending and -descending', async () => {
  await s.start({ policy: 'ops-ssh', user: 'alice', clientIp: '10.9.9.9', start: T0, end: T0 + 60_000 });
  await s.start({ policy: 'ops-ssh', user: 'bob', start: T0 + 1000, end: T0 + 5000 });
  const r = await search('fields=name,duration,client.address,start_time&sort=-duration');
  expect(r.json.meta.fields).toEqual(['client.address', 'duration', 'name', 'start_time']);
  expect(r.json.items[0].body).toEqual({
    client: { address: '10.9.9.9' },
    duration: 60,
    name: 'alice',
    start_time: '2024-01-01T00:00:00.000+00:00',
  });
  expect(Object.keys(r.json.items[0].body)).toEqual(['client', 'duration', 'name', 'start_time']);
  expect(r.json.items.map((i: { body: { name: string } }) => i.body.name)).toEqual(['alice', 'bob']);
  expect((await search('fields=name&sort=duration')).json.items[0].body.name).toBe('bob');
  const all = (await search('fields=*&limit=1')).json.items[0].body;
  expect(all).toMatchObject({ active: false, protocol: 'ssh', connection_policy: sshKey, verdict: 'accept' });
  expect((await search('sort=nosuchfield')).status).toBe(400);
});

test('limit is at most 500; 10,000 results of a query are reachable and an offset over 10,000 is ignored', async () => {
  await s.seed({
    from: T0,
    to: T0 + 30 * DAY,
    total: 10_200,
    policies: [{ protocol: 'ssh', key: sshKey, name: 'ops-ssh' }],
  });
  const big = (await search('limit=1000&sort=start_time')).json;
  expect(big.meta).toMatchObject({ limit: 500, match_count: 10_200, offset: 0 });
  expect(big.items).toHaveLength(500);
  const last = (await search('limit=500&offset=9800&sort=start_time')).json;
  expect(last.items).toHaveLength(200); // results 9,801 to 10,000: the rest cannot be reached
  expect(last.meta.next).toBeNull();
  const ignored = (await search('limit=500&offset=10500&sort=start_time')).json;
  expect(keys(ignored)).toEqual(keys(big)); // the first page again
});

test('offset counts from zero or from one, by the switch; the meta links count the same way', async () => {
  for (let i = 0; i < 5; i++)
    await s.start({ policy: 'ops-ssh', start: T0 + i * 1000, end: T0 + i * 1000 + 1 });
  const all = keys((await search('sort=start_time')).json);
  const zero = (await search('sort=start_time&limit=2&offset=2')).json;
  expect(keys(zero)).toEqual(all.slice(2, 4));
  expect(zero.meta.next).toContain('offset=4');
  emu.switches.sessionOffsetBase = 'one';
  const one = (await search('sort=start_time&limit=2&offset=3')).json;
  expect(keys(one)).toEqual(all.slice(2, 4));
  expect(one.meta.next).toContain('offset=5');
  expect(keys((await search('sort=start_time&limit=2&offset=1')).json)).toEqual(all.slice(0, 2));
  expect(keys((await search('sort=start_time&limit=2&offset=0')).json)).toEqual(all.slice(0, 2));
});

test('the connection policy goes by one of the guide three names, per the switch', async () => {
  const started = await s.start({ policy: 'ops-ssh' });
  const count = async (q: string) => (await search(`q=${encodeURIComponent(q)}`)).json.meta?.match_count;
  expect(await count(`psm.connection_policy:${sshKey}`)).toBe(1);
  expect((await search(`q=connection_policy:${sshKey}`)).status).toBe(400);
  emu.switches.sessionPolicyField = 'connection_policy';
  expect(await count(`connection_policy:${sshKey}`)).toBe(1);
  expect((await search(`q=psm.connection_policy:${sshKey}`)).status).toBe(400);
  emu.switches.sessionPolicyField = 'recording.connection_policy';
  expect(await count('recording.connection_policy:ops-ssh')).toBe(1);
  expect(await count(`recording.connection_policy_id:${sshKey}`)).toBe(1);
  const body = (await search('fields=*')).json.items[0].body;
  expect(body.recording).toMatchObject({ connection_policy: 'ops-ssh', connection_policy_id: sshKey });
  expect(body.connection_policy).toBeUndefined();
  // the session itself, as the guide's sample shows it
  const one = JSON.parse((await s.get(`/api/audit/sessions/${started.key}`)).text);
  expect(one.body.recording).toMatchObject({ connection_policy: 'ops-ssh', connection_policy_id: sshKey });
  expect(one.body).toMatchObject({ active: true, end_time: null, protocol: 'SSH' });
});

test('format=csv: quoted, a Key column and readable headers in the order asked, one row per item of a list field', async () => {
  const r1 = await s.start({
    policy: 'ops-ssh',
    user: 'user1',
    start: T0,
    end: T0 + 1,
    content: ['ssh', 'sudo'],
  });
  const r = await s.get(
    '/api/audit/sessions?format=csv&fields=protocol,user.gateway_username,analytics.interesting_events',
  );
  expect(r.status).toBe(200);
  expect(String(r.headers['content-type'])).toMatch(/^text\/csv/);
  expect(r.text).toBe(
    [
      '"Key","Protocol","Gateway username","Analytics Interesting events"',
      `"${r1.key}","ssh","user1","ssh"`,
      `"${r1.key}","ssh","user1","sudo"`,
      '',
    ].join('\n'),
  );
});

test('content search: the content parameter, screen.content in q, and one session content endpoint', async () => {
  const a = await s.start({ policy: 'ops-ssh', content: ['sudo', 'iptables'] });
  await s.start({ policy: 'ops-ssh', content: ['ls'] });
  await s.start({ policy: 'ops-ssh', content: null }); // not indexed
  expect(keys((await search('q=protocol:ssh&content=sudo')).json)).toEqual([a.key]);
  expect(keys((await search('q=screen.content:ipt*')).json)).toEqual([a.key]);
  const events = JSON.parse((await s.get(`/api/audit/sessions/${a.key}/content?q=sudo`)).text);
  expect(events.items).toHaveLength(1);
  expect(events.items[0]).toMatchObject({ 'channel.id': 1, trail_id: '1' });
  expect(JSON.parse((await s.get(`/api/audit/sessions/${a.key}/content`)).text).items).toEqual([]);
});

test('audit trails: the generated bytes of their size; a clear 404 for one not recorded, still active or archived out of reach', async () => {
  const closed = await s.start({ policy: 'ops-ssh', start: T0, end: T0 + 1, trailBytes: 300_000 });
  const r = await s.get(`/api/audit/sessions/${closed.key}/audit_trail`);
  expect(r.status).toBe(200);
  expect(r.headers['content-length']).toBe('300000');
  expect(createHash('sha256').update(r.bytes).digest('hex')).toBe(trailDigest(closed.key, 300_000));
  const active = await s.start({ policy: 'ops-ssh', trailBytes: 1000 });
  const none = await s.start({ policy: 'ops-ssh', start: T0, end: T0 + 1, trailBytes: null });
  const away = await s.start({
    policy: 'ops-ssh',
    start: T0,
    end: T0 + 1,
    archived: true,
    archiveReachable: false,
  });
  for (const [key, why] of [
    [active.key, /still active/],
    [none.key, /no audit trail/],
    [away.key, /archive is not reachable/],
  ] as const) {
    const refused = await s.get(`/api/audit/sessions/${key}/audit_trail`);
    expect(refused.status).toBe(404);
    expect(JSON.parse(refused.text).error.message).toMatch(why);
  }
  expect((await s.get(`/api/audit/sessions/${active.key}/audit_trail?format=srs`)).status).toBe(200);
  await s.end(active.key);
  expect((await s.get(`/api/audit/sessions/${active.key}/audit_trail`)).status).toBe(200);
});

test('a user without the privilege for /api/audit is refused with 403', async () => {
  const denied = await startEmulator({ deniedPaths: ['/api/audit'] });
  const d = sessionControl(denied);
  try {
    const r = await d.get('/api/audit/sessions');
    expect(r.status).toBe(403);
    expect(JSON.parse(r.text).error.type).toBe('Unauthorized');
  } finally {
    await d.close();
    await denied.close();
  }
});
