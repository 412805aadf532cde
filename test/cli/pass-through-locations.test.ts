/**
 * Every finding about a pass-through object names its place in the document: the file, line and
 * column, and a JSON pointer that exists in the document (under /pass_through/<endpoint>/objects/…),
 * in `plan` (a dangling reference, refused after the reads), `validate` (an undeclared reference, a
 * malformed $ref) and `--json`, for YAML and JSON input.
 */
import { startHarness, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const YAML = `pass_through:
  ssh/connections:
    objects:
      ops-gw:
        active: true
        channel_policy: { $ref: ssh/channel_policies/nowhere }
`;
const POINTER = '/pass_through/ssh~1connections/objects/ops-gw/channel_policy';

test('a dangling $ref is refused by plan at its line and pointer (YAML), nothing written', async () => {
  const file = h.write('dangling.yaml', YAML);
  const before = h.emu.stats().transactionsOpened;
  const plan = await h.cli(['plan', file]);
  expect(plan.code).toBe(1);
  expect(plan.stderr).toContain(`dangling.yaml:6:25: ${POINTER}: refers to`);
  expect(plan.stderr).toContain('"nowhere"');
  expect(h.emu.stats().transactionsOpened).toBe(before);
});

test('the same document as JSON: the position of the $ref in the JSON text', async () => {
  const doc = {
    pass_through: {
      'ssh/connections': {
        objects: { 'ops-gw': { active: true, channel_policy: { $ref: 'ssh/channel_policies/nowhere' } } },
      },
    },
  };
  const file = h.write('dangling.json', doc);
  const plan = await h.cli(['plan', file, '--json']);
  expect(plan.code).toBe(1);
  const issue = JSON.parse(plan.stdout).errors[0].issues[0];
  expect(issue.path).toBe(POINTER);
  expect(issue.line).toBe(7);
  expect(issue.column).toBeGreaterThan(1);
});

test('validate warns of the undeclared target at its place (an error with --strict)', async () => {
  const file = h.write('undeclared.yaml', YAML);
  const warned = await h.cli(['validate', file]);
  expect(warned.code).toBe(0);
  expect(warned.stdout + warned.stderr).toContain(`undeclared.yaml:6:25: warning:`);
  expect(warned.stdout + warned.stderr).toContain(`(${POINTER})`);
  const strict = await h.cli(['validate', file, '--strict']);
  expect(strict.code).toBe(1);
});

test('a malformed $ref is refused before any request, at its place', async () => {
  const file = h.write('malformed.yaml', YAML.replace('ssh/channel_policies/nowhere', 'nowhere'));
  const before = h.emu.stats().requests;
  const plan = await h.cli(['plan', file]);
  expect(plan.code).toBe(1);
  expect(plan.stderr).toMatch(
    /malformed\.yaml:6:\d+: \/pass_through\/ssh~1connections\/objects\/ops-gw\/channel_policy/,
  );
  expect(h.emu.stats().requests).toBe(before);
});
