/** The invalid corpus: each document is rejected with exit 1, before any request, naming the path. */
import { INVALID_CORPUS } from './invalid-corpus';
import { startHarness, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

it('has at least 30 documents', () => {
  expect(INVALID_CORPUS.length).toBeGreaterThanOrEqual(30);
});

it.each(INVALID_CORPUS.map((c, i) => ({ ...c, i })))(
  'rejects: $title',
  async ({ doc, pointer, file, env, i }) => {
    const path = h.write(file ? `case-${i}-${file}` : `case-${i}.yaml`, doc);
    const requests = h.emu.stats().requests;
    const r = await h.cli(['plan', path], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(pointer);
    expect(r.stdout).toBe('');
    expect(h.emu.stats().requests).toBe(requests);
  },
);

it('reports the same problems as JSON with --json, with the pointer in issues', async () => {
  const c = INVALID_CORPUS.find((x) => x.title === 'bad start time')!;
  const requests = h.emu.stats().requests;
  const r = await h.cli(['plan', h.write('json-case.yaml', c.doc), '--json']);
  expect(r.code).toBe(1);
  const out = JSON.parse(r.stdout);
  expect(out.errors[0].code).toBe('SPS_INVALID_DESIRED_STATE');
  expect(out.errors[0].issues.map((i: { path: string }) => i.path)).toContain(c.pointer);
  expect(h.emu.stats().requests).toBe(requests);
});

it('rejects YAML syntax errors with the line, before any request', async () => {
  const requests = h.emu.stats().requests;
  const r = await h.cli(['plan', h.write('broken.yaml', 'audit_policies:\n  a: {\n')]);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/broken\.yaml:3:1: not valid YAML/);
  expect(h.emu.stats().requests).toBe(requests);
});
