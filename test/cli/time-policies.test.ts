/**
 * Time policies, a typed kind (the guide documents the whole body): a policy and a channel policy
 * (pass-through) that selects it by `$ref` are created in one commit; the policy is exported and
 * re-planned as no change; bad intervals are refused naming the pointer; a pass-through declaration
 * of the endpoint is told to use the kind; a time policy a channel policy uses is not deleted (the
 * plan reads only declared endpoints, so the appliance's refusal rolls the apply back).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { committedBody, startHarness, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const WORKDAYS = {
  Mon: [['8:00', '18:00']],
  Tue: [['8:00', '18:00']],
  Wed: [
    ['8:00', '12:00'],
    ['13:00', '18:00'],
  ],
};

const document = (withChannel = true) => ({
  time_policies: { workhours: { ...WORKDAYS, Sat: [], Sun: [] } },
  ...(withChannel
    ? {
        pass_through: {
          'ssh/channel_policies': {
            objects: {
              'office-shell': {
                rules: [
                  { actions: { audit: true }, time_policy: { $ref: 'policies/time_policies/workhours' } },
                ],
              },
            },
          },
        },
      }
    : {}),
});

test('a time policy and the channel policy selecting it are created in one commit, then plan as no change', async () => {
  const file = h.write('time.yaml', document());
  const commits = h.emu.stats().commits;
  const apply = await h.cli(['apply', file, '--auto-approve']);
  expect(apply.stderr).toBe('');
  expect(apply.code).toBe(0);
  expect(h.emu.stats().commits).toBe(commits + 1);
  const policy = committedBody(h.emu, 'time_policies', 'workhours')!;
  expect(policy.body).toMatchObject({ ...WORKDAYS, Sat: [], Sun: [] });
  expect(policy.body).toHaveProperty('description'); // the appliance's own field, kept
  const channel = committedBody(h.emu, 'ssh/channel_policies', 'office-shell')!.body;
  expect((channel.rules as { time_policy: string }[])[0].time_policy).toBe(policy.key);
  expect((await h.cli(['plan', file, '--detailed-exitcode'])).code).toBe(0);
});

test('export includes time policies, and the exported document plans as no change', async () => {
  const out = join(h.dir, 'exported.yaml');
  expect((await h.cli(['export', '--kinds', 'time_policies', '--out', out])).code).toBe(0);
  const doc = parse(readFileSync(out, 'utf8'));
  expect(doc.time_policies.workhours).toMatchObject({ Mon: [['8:00', '18:00']], Sun: [] });
  expect((await h.cli(['plan', out, '--detailed-exitcode'])).code).toBe(0);
});

test('bad intervals and a pass-through declaration of the endpoint are refused before any request, naming the pointer', async () => {
  const requests = h.emu.stats().requests;
  const bad = h.write('bad.yaml', {
    time_policies: { night: { Mon: [['22:00', '24:00']], Tue: [['8:00']], Fri: 'always' } },
  });
  const r = await h.cli(['plan', bad]);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toContain(
    '/time_policies/night/Mon/0/1: must be a time in H:MM or HH:MM format (0:00 to 23:59)',
  );
  expect(r.stderr).toContain('/time_policies/night/Tue/0');
  expect(r.stderr).toContain('/time_policies/night/Fri: must be array');
  const generic = h.write('generic.yaml', {
    pass_through: { 'policies/time_policies': { objects: { x: { Mon: [] } } } },
  });
  const g = await h.cli(['plan', generic]);
  expect(g.code).not.toBe(0);
  expect(g.stderr).toContain('declare it as "time_policies" instead');
  expect(h.emu.stats().requests).toBe(requests);
});

test('a time policy a channel policy uses is not deleted: the appliance refuses (naming the referrer), the apply rolls back', async () => {
  const state = join(h.dir, 'time.state.json');
  expect(
    (await h.cli(['apply', h.write('owned.yaml', document()), '--auto-approve', '--state', state])).code,
  ).toBe(0);
  // the channel policy stays on the appliance (dropped from the document, but made unowned by hand)
  const kept = JSON.parse(readFileSync(state, 'utf8'));
  delete kept.owned['ssh/channel_policies'];
  writeFileSync(state, JSON.stringify(kept));
  const commits = h.emu.stats().commits;
  const r = await h.cli(['apply', h.write('empty.yaml', {}), '--auto-approve', '--state', state]);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/409 ObjectInUse.*referenced by ssh\/channel_policies object "office-shell"/);
  expect(r.stderr).toContain('nothing was committed');
  expect(committedBody(h.emu, 'time_policies', 'workhours')).toBeDefined();
  expect(h.emu.stats().commits).toBe(commits);
});

test('objects a state owns under policies/time_policies (declared pass-through before the kind was typed) stay owned by time_policies', async () => {
  const state = join(h.dir, 'renamed.state.json');
  const file = h.write('typed.yaml', document(false));
  const first = await h.cli(['apply', file, '--auto-approve', '--state', state]);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  const recorded = JSON.parse(readFileSync(state, 'utf8'));
  recorded.owned['policies/time_policies'] = recorded.owned.time_policies;
  delete recorded.owned.time_policies;
  writeFileSync(state, JSON.stringify(recorded));
  const key = committedBody(h.emu, 'time_policies', 'workhours')!.key;
  const plan = await h.cli(['plan', file, '--detailed-exitcode', '--state', state]);
  expect(plan.stderr).toBe('');
  expect(plan.stdout).not.toMatch(/delete/i);
  expect(plan.code).toBe(0);
  // dropped from the document, it is deleted as the owned time policy it is (once)
  const drop = await h.cli(['plan', h.write('none.yaml', {}), '--json', '--state', state]);
  expect(JSON.parse(drop.stdout).operations).toEqual([
    expect.objectContaining({ action: 'delete', kind: 'time_policies', name: 'workhours', key }),
  ]);
});
