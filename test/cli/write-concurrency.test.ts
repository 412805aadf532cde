/**
 * `sps apply --write-concurrency N`: independent writes go out together inside the one transaction,
 * a write waiting for the creates of what it refers to; the changelog proof still accounts for every
 * write; an appliance that refuses a concurrent write gets it again, and the rest one at a time.
 */
import type { JsonObject } from '../../src/model';
import { committedBody, committedNames, startHarness, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { latency: { fixedMs: 5 } });
});
afterAll(() => h.close());

/** Creates that refer to each other (backup policy ← system backup, audit and channel policies ← a connection), and many independent ones. */
const document = (revision: number): JsonObject => ({
  audit_policies: { pci: {} },
  backup_policies: {
    nightly: {
      target: { type: 'nfs', server: { selection: 'ip', value: '10.0.0.5' }, path: '/data/backup' },
      start_times: [`${revision}:00`],
    },
  },
  system_backup: { backup_policy: 'nightly' },
  content_policies: Object.fromEntries(
    Array.from({ length: 24 }, (_, i) => [
      `rule-${i}`,
      { rules: [{ event: { selection: 'command', match: [`cmd-${i}-${revision}`] } }] },
    ]),
  ),
  pass_through: {
    'ssh/channel_policies': { objects: { 'shell-only': { rules: [{ actions: { audit: true } }] } } },
    'ssh/connections': {
      objects: {
        'ops-gw': {
          active: true,
          audit_policy: { $ref: 'policies/audit_policies/pci' },
          channel_policy: { $ref: 'ssh/channel_policies/shell-only' },
        },
      },
    },
  },
});

test('independent writes together, referents first: one commit, every reference a key, an empty plan after', async () => {
  const file = h.write('parallel-1.json', document(1));
  const before = h.emu.stats();
  const apply = await h.cli(['apply', file, '--auto-approve', '--write-concurrency', '8']);
  expect(apply.stderr).toBe('');
  expect(apply.code).toBe(0);
  const after = h.emu.stats();
  expect(after.commits).toBe(before.commits + 1);
  expect(after.writes - before.writes).toBe(29); // 24 content policies, audit, backup, system backup, 2 pass-through
  expect(after.peakConcurrentWrites).toBeGreaterThan(1); // they overlapped (up to 8)
  expect(after.peakConcurrentWrites).toBeLessThanOrEqual(8);
  expect(committedNames(h.emu, 'content_policies')).toHaveLength(24);
  const nightly = committedBody(h.emu, 'backup_policies', 'nightly')!;
  expect(committedBody(h.emu, 'system_backup')!.body.backup_policy).toBe(nightly.key);
  const pci = committedBody(h.emu, 'audit_policies', 'pci')!;
  const gw = committedBody(h.emu, 'ssh/connections', 'ops-gw')!.body;
  expect(gw.audit_policy).toBe(pci.key);
  expect(gw.channel_policy).toBe(committedBody(h.emu, 'ssh/channel_policies', 'shell-only')!.key);
  expect((await h.cli(['plan', file, '--detailed-exitcode'])).code).toBe(0);
});

test('an appliance that refuses concurrent writes gets the refused ones again and the rest one at a time, with a note; one commit', async () => {
  const file = h.write('parallel-2.json', document(2));
  const before = h.emu.stats();
  h.emu.switches.concurrentWrites = 'refuse'; // a write arriving while another is in progress: 409
  const apply = await h
    .cli(['apply', file, '--auto-approve', '--write-concurrency', '8'])
    .finally(() => (h.emu.switches.concurrentWrites = 'serve'));
  expect(apply.code).toBe(0);
  expect(apply.stderr).toContain('the appliance refused concurrent writes in one transaction (409');
  expect(apply.stderr).toContain('the rest were written one at a time');
  expect(h.emu.stats().commits).toBe(before.commits + 1);
  for (let i = 0; i < 24; i++)
    expect(
      (committedBody(h.emu, 'content_policies', `rule-${i}`)!.body.rules as JsonObject[])[0],
    ).toMatchObject({ event: { match: [`cmd-${i}-2`] } });
  expect((await h.cli(['plan', file, '--detailed-exitcode'])).code).toBe(0);
});

test('without the flag (or SPS_WRITE_CONCURRENCY) writes go one at a time; a bad value is refused before anything is sent', async () => {
  const file = h.write('parallel-3.json', document(3));
  const bad = await h.cli(['apply', file, '--auto-approve', '--write-concurrency', '0']);
  expect(bad.code).toBe(1);
  expect(bad.stderr).toContain(
    '--write-concurrency / SPS_WRITE_CONCURRENCY: expected an integer from 1 to 32',
  );
  const apply = await h.cli(['apply', file, '--auto-approve'], { SPS_WRITE_CONCURRENCY: '4' });
  expect(apply.code).toBe(0);
  expect((await h.cli(['plan', file, '--detailed-exitcode'])).code).toBe(0);
});
