/**
 * The desired-state document's JSON Schema as an editor gets it: the shipped file
 * (schema/desired-document.schema.json), read as JSON and compiled by ajv on its own — never through
 * parseDesiredState — agrees with `sps validate` on every example, every guide sample and the
 * invalid corpus; where JSON Schema cannot decide (an unset variable, items unique in one field) the
 * case is named with its reason, and `sps validate` is shown to decide it the other way round.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { run } from '../../src/cli/main';
import { DOCUMENT_SCHEMA_FILE, documentJsonSchemaText } from '../../src/model/document-json-schema';
import { kindOf, type JsonObject } from '../../src/model';
import { VERSION } from '../../src/version';
import { DOCUMENT_SCHEMA_COMMAND, DOCUMENT_SCHEMA_PATH } from '../../scripts/generate-document-schema';
import { INVALID_CORPUS } from '../cli/invalid-corpus';
import { TEST_PRIVATE_KEY } from '../cli/helpers';
import { guideSamples } from '../fixtures/guide-samples';
import { everyKind } from '../reconcile/fixtures';
import { environmentFor, openJudges, type Judges } from './document-schema-judges';

const ROOT = join(__dirname, '../..');
const README_LINE = `# yaml-language-server: $schema=./node_modules/sps-iac/${DOCUMENT_SCHEMA_FILE}`;

/** What JSON Schema cannot say, by corpus title; each is checked to be decided by `sps validate`. */
const BEYOND_JSON_SCHEMA: Record<string, string> = {
  'unset ${env:...} secret': 'whether a variable is set is known when the document is used, not written',
  'SIEM duplicate target names':
    'no keyword makes list items unique in one field (uniqueItems compares whole items)',
};

let judges: Judges;
beforeAll(() => {
  judges = openJudges();
});
afterAll(() => judges.close());
const schemaErrors = (doc: unknown) => judges.schemaErrors(doc);
const spsValidate = (name: string, doc: unknown, env?: NodeJS.ProcessEnv) =>
  judges.spsValidate(name, doc, env);

/** A guide sample (written form) as a one-object document. */
function sampleDocument(kind: string, body: JsonObject): JsonObject {
  if (kindOf(kind as never).shape !== 'collection') return { [kind]: body };
  const { name, ...rest } = body;
  return { [kind]: { [String(name)]: rest } };
}

function readmeDocuments(): { title: string; doc: unknown }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m, i) => ({
    title: `README yaml block ${i + 1}`,
    doc: parse(m[1]),
  }));
}

const VALID: { title: string; doc: unknown }[] = [
  {
    title: 'examples/desired/demo.yaml',
    doc: parse(readFileSync(join(ROOT, 'examples/desired/demo.yaml'), 'utf8')),
  },
  { title: 'every kind (test fixture)', doc: everyKind() },
  ...guideSamples({
    x509: 'x509-key',
    trustedCaList: 'siem-cas',
    privateKey: TEST_PRIVATE_KEY,
    backupPolicy: 'backup_rsync',
  }).map((s) => ({ title: `guide sample: ${s.id}`, doc: sampleDocument(s.kind, s.body) })),
];

test(`the shipped schema is what the model gives today (${DOCUMENT_SCHEMA_COMMAND}), and sps schema prints it`, async () => {
  const text = documentJsonSchemaText(VERSION);
  if (readFileSync(DOCUMENT_SCHEMA_PATH, 'utf8') !== text)
    throw new Error(`${DOCUMENT_SCHEMA_FILE} is out of date: run \`${DOCUMENT_SCHEMA_COMMAND}\``);
  let stdout = '';
  const code = await run(['schema'], {
    stdout: (s) => (stdout += s),
    stderr: () => undefined,
    env: {},
    isTTY: { stdout: false, stderr: false, stdin: false },
  });
  expect(code).toBe(0);
  expect(stdout).toBe(text);
});

test('the README shows the line that turns on completion, naming the shipped file', () => {
  expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(README_LINE);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pkg = require('../../package.json') as { files: string[]; exports: Record<string, string> };
  expect(pkg.files).toContain(DOCUMENT_SCHEMA_FILE);
  expect(pkg.exports[`./${DOCUMENT_SCHEMA_FILE}`]).toBe(`./${DOCUMENT_SCHEMA_FILE}`);
});

describe.each([...VALID, ...readmeDocuments()])('valid: $title', ({ title, doc }) => {
  test('the schema and sps validate both accept it', async () => {
    expect(schemaErrors(doc)).toEqual([]);
    expect(await spsValidate(`${title.replace(/\W+/g, '-')}.yaml`, doc, environmentFor(doc))).toBe(0);
  });
});

const corpus = INVALID_CORPUS.map((c, i) => ({ ...c, i }));
// cdktf synth output is Terraform JSON holding Terraform expressions, not a desired-state document
const documents = corpus.filter((c) => !c.file?.endsWith('cdk.tf.json'));

test('the corpus cases left to the engine are named, and exist', () => {
  expect(documents.length).toBeGreaterThanOrEqual(30);
  for (const title of Object.keys(BEYOND_JSON_SCHEMA)) expect(corpus.map((c) => c.title)).toContain(title);
});

test.each(documents.filter((c) => !(c.title in BEYOND_JSON_SCHEMA)))(
  'invalid: $title — the schema and sps validate both refuse it, at its pointer',
  async ({ doc, pointer, env, i, file }) => {
    expect(schemaErrors(doc)).toContain(pointer);
    expect(await spsValidate(file ?? `case-${i}.yaml`, doc, env)).toBe(1);
  },
);

test.each(
  documents
    .filter((c) => c.title in BEYOND_JSON_SCHEMA)
    .map((c) => ({ ...c, reason: BEYOND_JSON_SCHEMA[c.title] })),
)(
  'beyond JSON Schema: $title ($reason) — the schema accepts it, sps validate refuses it',
  async ({ doc, env, i }) => {
    expect(schemaErrors(doc)).toEqual([]);
    expect(await spsValidate(`beyond-${i}.yaml`, doc, env)).toBe(1);
  },
);

test('with the variable set, the unset-secret case is valid for sps validate too', async () => {
  const c = corpus.find((x) => x.title === 'unset ${env:...} secret')!;
  expect(await spsValidate('set-secret.yaml', c.doc, { SPS_TEST_UNSET_SECRET: 'now-set' })).toBe(0);
});
