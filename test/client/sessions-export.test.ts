/**
 * Exporting a session search larger than the appliance's 10,000-result cap: every session exactly
 * once, in order, whichever way the appliance counts offsets (asked, not assumed), and a reading that
 * disagrees with the appliance's is caught by the match_count check instead of passing with gaps.
 */
import { SpsClient } from '../../src/client';
import { exportApplianceCsv, exportSessions, SpsSessionSearchError } from '../../src/client/sessions';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { sessionControl, type SessionControl } from '../emulator/session-control';

const YEAR = 365 * 86_400_000;
const NOW = Date.now();
let emu: RunningEmulator;
let s: SessionControl;
let policies: { protocol: string; key: string; name: string }[];

beforeAll(async () => {
  emu = await startEmulator();
  s = sessionControl(emu);
  policies = [];
  for (const [protocol, name] of [
    ['ssh', 'ssh-gw'],
    ['rdp', 'rdp-gw'],
    ['ssh', 'ssh-jump'],
  ])
    policies.push({ protocol, name, key: await s.createConnectionPolicy(protocol, { name, active: true }) });
  await s.seed({ from: NOW - YEAR, to: NOW - 60_000, total: 50_000, policies });
}, 60_000);
afterAll(async () => {
  await s.close();
  await emu.close();
});

const client = () =>
  new SpsClient({
    url: emu.url,
    username: emu.username,
    password: emu.password,
    ca: emu.caPem,
    concurrency: 8,
  });

async function withClient<T>(fn: (c: SpsClient) => Promise<T>): Promise<T> {
  const c = client();
  try {
    return await fn(c);
  } finally {
    await c.close();
  }
}

test.each(['zero', 'one'] as const)(
  '50,000 sessions over a year, offsets counted from %s: every session exactly once, oldest first',
  async (base) => {
    emu.switches.sessionOffsetBase = base;
    const r = await withClient((c) => exportSessions(c, { fields: ['start_time'] }));
    expect(r.matchCount).toBe(50_000);
    expect(r.sessions).toHaveLength(50_000);
    expect(new Set(r.sessions.map((x) => x.key)).size).toBe(50_000);
    expect(r.offsetBase).toBe(base);
    expect(r.windows).toBeGreaterThanOrEqual(5); // no window holds more than the cap
    const starts = r.sessions.map((x) => Date.parse(String(x.body.start_time)));
    expect(starts.every((t, i) => i === 0 || starts[i - 1] <= t)).toBe(true);
    // pages of 500, a few requests for counts and the offset probe, no more
    expect(r.requests).toBeLessThan(50_000 / 500 + 3 * r.windows + 10);
  },
  120_000,
);

test('a reading of offset the appliance does not share is caught, never a silent gap', async () => {
  emu.switches.sessionOffsetBase = 'zero';
  const err = await withClient((c) => exportSessions(c, { q: 'protocol:rdp' }, { offsetBase: 'one' })).catch(
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SpsSessionSearchError);
  expect((err as SpsSessionSearchError).reason).toBe('changing');
}, 60_000);

test('a sort of the caller own holds across windows; a limit takes the first results in that order', async () => {
  emu.switches.sessionOffsetBase = 'zero';
  const r = await withClient((c) =>
    exportSessions(c, { q: 'protocol:ssh', sort: ['-duration'], fields: ['name'] }),
  );
  expect(r.sessions.length).toBe(r.matchCount);
  expect(r.matchCount).toBeGreaterThan(30_000);
  const durations = r.sessions.map((x) => Number(x.body.duration));
  expect(durations.every((d, i) => i === 0 || durations[i - 1] >= d)).toBe(true);
  const top = await withClient((c) =>
    exportSessions(c, { sort: ['-duration'], fields: ['duration'] }, { limit: 1200 }),
  );
  expect(top.sessions).toHaveLength(1200);
  expect(Number(top.sessions[0].body.duration)).toBe(Math.max(...durations));
}, 120_000);

test('sessions that start and end during an export do not move it', async () => {
  emu.switches.sessionOffsetBase = 'zero';
  const policy = policies[0];
  let started = 0;
  const r = await withClient((c) =>
    exportSessions(
      c,
      { q: `psm.connection_policy:${policy.key}` },
      {
        onProgress: () => {
          if (started++ < 5) void s.start({ policy: policy.name, protocol: policy.protocol });
        },
      },
    ),
  );
  expect(new Set(r.sessions.map((x) => x.key)).size).toBe(r.sessions.length);
  expect(r.sessions.length).toBeGreaterThanOrEqual(r.matchCount);
}, 60_000);

test('the appliance CSV: one header, every session once, over the cap as under it', async () => {
  emu.switches.sessionOffsetBase = 'one';
  const small = await withClient((c) =>
    exportApplianceCsv(c, {
      q: 'protocol:rdp',
      start: new Date(NOW - 30 * 86_400_000).toISOString(),
      fields: ['protocol'],
    }),
  );
  const lines = small.text.trimEnd().split('\n');
  expect(lines[0]).toBe('"Key","Protocol"');
  expect(lines.length - 1).toBe(small.matchCount);
  expect(lines.slice(1).every((l) => l.endsWith(',"rdp"'))).toBe(true);
  const all = await withClient((c) => exportApplianceCsv(c, { q: 'protocol:ssh', fields: ['name'] }));
  expect(all.windows).toBeGreaterThan(1);
  expect(all.sessions).toBe(all.matchCount);
  const keys = all.text
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((l) => l.split(',')[0]);
  expect(new Set(keys).size).toBe(keys.length);
}, 120_000);
