/**
 * Documents built to get past the loader or to crash it: each is a clear input error that names the
 * file and where (line:column), exits 1, and sends nothing — or, for object names that are merely
 * unusual JavaScript property names, simply works.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { committedNames, startHarness, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const policy = '{"rules": [{"event": {"selection": "command", "match": ["rm"]}}]}';

async function refused(name: string, content: string | Buffer, expected: RegExp): Promise<string> {
  const path = join(h.dir, name);
  writeFileSync(path, content);
  const requests = h.emu.stats().requests;
  const r = await h.cli(['plan', path]);
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 1, stdout: '' });
  expect(r.stderr).toMatch(expected);
  expect(h.emu.stats().requests).toBe(requests);
  return r.stderr;
}

test('JSON with a duplicate key (the last one would silently win)', async () => {
  await refused(
    'dup.json',
    `{"content_policies": {"a": ${policy}},\n "content_policies": {"b": ${policy}}}`,
    /dup\.json:2:2: not valid JSON: duplicate key "content_policies"/,
  );
});

test('YAML with a duplicate key', async () => {
  await refused(
    'dup.yaml',
    'content_policies: {}\ncontent_policies: {}\n',
    /dup\.yaml:2:1: not valid YAML: Map keys must be unique/,
  );
});

test('an object named __proto__ is refused by name, in JSON and YAML', async () => {
  await refused(
    'proto.json',
    `{"content_policies": {"__proto__": ${policy}}}`,
    /proto\.json:1:23: .*"__proto__" cannot be used/,
  );
  await refused(
    'proto.yaml',
    `content_policies:\n  __proto__: ${policy}\n`,
    /proto\.yaml:2:\d+: .*"__proto__" cannot be used/,
  );
});

test('objects named constructor, hasOwnProperty and toString work like any other name', async () => {
  const names = ['constructor', 'hasOwnProperty', 'toString'];
  const doc = `{"content_policies": {${names.map((n) => `"${n}": ${policy}`).join(', ')}}}`;
  const file = join(h.dir, 'names.json');
  writeFileSync(file, doc);
  const plan = await h.cli(['plan', file, '--json']);
  expect(plan.code).toBe(0);
  expect(
    JSON.parse(plan.stdout)
      .operations.map((o: { name: string }) => o.name)
      .sort(),
  ).toEqual(names.sort());
  expect((await h.cli(['apply', file, '--auto-approve'])).code).toBe(0);
  expect(committedNames(h.emu, 'content_policies')).toEqual(expect.arrayContaining(names));
  expect((await h.cli(['plan', file, '--detailed-exitcode'])).code).toBe(0);
});

test('UTF-16 files and bytes that are not UTF-8', async () => {
  await refused(
    'utf16.yaml',
    Buffer.from('\ufeffcontent_policies: {}\n', 'utf16le'),
    /utf16\.yaml:1:1: is UTF-16 encoded; save it as UTF-8/,
  );
  await refused(
    'latin1.yaml',
    Buffer.concat([
      Buffer.from('content_policies:\n  caf'),
      Buffer.from([0xe9]),
      Buffer.from(`: ${policy}\n`),
    ]),
    /latin1\.yaml:2:6: is not valid UTF-8 text/,
  );
});

test('200,000 levels of nesting, in JSON and YAML', async () => {
  const deep = '['.repeat(200_000) + ']'.repeat(200_000);
  await refused(
    'deep.json',
    `{"content_policies": ${deep}}`,
    /deep\.json:1:\d+: not valid JSON: nested deeper than 64 levels/,
  );
  await refused(
    'deep.yaml',
    `content_policies: ${deep}\n`,
    /deep\.yaml(:\d+:\d+)?: (not valid YAML|nested deeper than 64 levels)/,
  );
});

test('a YAML alias bomb', async () => {
  const bomb = [
    'a: &a ["x","x","x","x","x","x","x","x","x"]',
    'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
    'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
    'd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  ].join('\n');
  await refused('bomb.yaml', bomb, /bomb\.yaml: YAML aliases expand more than 100 times/);
});

test('10 MB strings in names, paths and patterns', async () => {
  const huge = 'x'.repeat(10 * 1024 * 1024);
  await refused(
    'long-name.json',
    `{"content_policies": {"${huge}": ${policy}}}`,
    /long-name\.json:1:23: not valid JSON: a string longer than 65536/,
  );
  await refused(
    'long-pattern.yaml',
    `content_policies:\n  p:\n    rules:\n      - event: {selection: command, match: ["${huge}"]}\n`,
    /long-pattern\.yaml:4:\d+: a string longer than 65536/,
  );
});

test('a JSON syntax error names the place and never quotes the file (it may hold a secret)', async () => {
  const err = await refused(
    'syntax.json',
    '{"splunk_forwarder": {"enabled": true, "token": "canary-token-9f3e" ,, }}',
    /syntax\.json:1:\d+: not valid JSON: expected a key in double quotes/,
  );
  expect(err).not.toContain('canary');
});

test('schema problems name file:line:column next to the JSON pointer', async () => {
  const path = h.write(
    'located.yaml',
    'backup_policies:\n  nightly:\n    target: {type: nfs, server: {selection: ip, value: 10.0.0.5}, path: /b}\n    start_times: ["25:00"]\n',
  );
  const r = await h.cli(['plan', path]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('located.yaml:4:19: /backup_policies/nightly/start_times/0: must be a time');
  const json = await h.cli(['plan', path, '--json']);
  expect(JSON.parse(json.stdout).errors[0].issues[0]).toMatchObject({ line: 4, column: 19 });
});
