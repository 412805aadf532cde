/**
 * The desired-state document's JSON Schema as an editor gets it: the shipped file
 * (schema/desired-document.schema.json), read as JSON and compiled by ajv on its own — never through
 * parseDesiredState — agrees with `sps validate` on every example, every guide sample and the
 * invalid corpus; where JSON Schema cannot decide (an unset variable, items unique in one field) the
 * case is named with its reason, and `sps validate` is shown to decide it the other way round.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parse, stringify } from 'yaml';
import { run } from '../../src/cli/main';
import { DOCUMENT_SCHEMA_FILE, documentJsonSchemaText } from '../../src/model/document-json-schema';
import { kindOf, type JsonObject } from '../../src/model';
import { VERSION } from '../../src/version';
import { envPlaceholderName } from '../../src/reconcile/document';
import { DOCUMENT_SCHEMA_COMMAND, DOCUMENT_SCHEMA_PATH } from '../../scripts/generate-document-schema';
import { INVALID_CORPUS } from '../cli/invalid-corpus';
import { TEST_PRIVATE_KEY } from '../cli/helpers';
import { guideSamples } from '../fixtures/guide-samples';
import { everyKind } from '../reconcile/fixtures';

const ROOT = join(__dirname, '../..');
const README_LINE = `# yaml-language-server: $schema=./node_modules/sps-iac/${DOCUMENT_SCHEMA_FILE}`;

/** What JSON Schema cannot say, by corpus title; each is checked to be decided by `sps validate`. */
const BEYOND_JSON_SCHEMA: Record<string, string> = {
  'unset ${env:...} secret': 'whether a variable is set is known when the document is used, not written',
  'SIEM duplicate target names':
    'no keyword makes list items unique in one field (uniqueItems compares whole items)',
};

let dir: string;
let validate: ValidateFunction;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sps-document-schema-'));
  // the editor's view: the file alone, by a validator that knows none of this project's code
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' }); // an editor annotation
  const schema = JSON.parse(readFileSync(DOCUMENT_SCHEMA_PATH, 'utf8'));
  expect(ajv.validateSchema(schema)).toBe(true); // a valid draft-07 schema
  validate = ajv.compile(schema);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Where an ajv error points (a missing or unknown field: at that field). */
function located(e: ErrorObject): string {
  const p = e.params as { missingProperty?: string; additionalProperty?: string };
  const field = p.missingProperty ?? p.additionalProperty ?? e.propertyName;
  return field === undefined ? e.instancePath : `${e.instancePath}/${field}`;
}

function schemaErrors(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map(located);
}

/** `sps validate` of `doc` written as `name`, in-process, offline. */
async function spsValidate(name: string, doc: unknown, env: NodeJS.ProcessEnv = {}): Promise<number> {
  const file = join(dir, name);
  writeFileSync(
    file,
    typeof doc === 'string' ? doc : name.endsWith('.json') ? JSON.stringify(doc) : stringify(doc),
  );
  let stdout = '';
  const code = await run(['validate', file, '--format', 'json'], {
    stdout: (s) => (stdout += s),
    stderr: () => undefined,
    env,
    isTTY: { stdout: false, stderr: false, stdin: false },
    cwd: dir,
  });
  void stdout;
  return code;
}

/** A value for every `${env:NAME}` a document names, valid where it stands (a PEM key for auth_key). */
function environmentFor(doc: unknown): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  const walk = (v: unknown, field: string) => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, field));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    const name = envPlaceholderName(v);
    if (name) env[name] = field === 'auth_key' ? TEST_PRIVATE_KEY : `value-of-${name}`;
  };
  walk(doc, '');
  return env;
}

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

test.each(documents.filter((c) => c.title in BEYOND_JSON_SCHEMA))(
  'beyond JSON Schema: $title — the schema accepts it, sps validate refuses it',
  async ({ doc, env, i, title }) => {
    void BEYOND_JSON_SCHEMA[title];
    expect(schemaErrors(doc)).toEqual([]);
    expect(await spsValidate(`beyond-${i}.yaml`, doc, env)).toBe(1);
  },
);

test('with the variable set, the unset-secret case is valid for sps validate too', async () => {
  const c = corpus.find((x) => x.title === 'unset ${env:...} secret')!;
  expect(await spsValidate('set-secret.yaml', c.doc, { SPS_TEST_UNSET_SECRET: 'now-set' })).toBe(0);
});

describe('${env:NAME} wherever a secret may come from the environment', () => {
  const placeholders = {
    splunk_forwarder: {
      enabled: true,
      host: { selection: 'fqdn', value: 's.test' },
      ssl: { selection: 'insecure' },
      token: '${env:HEC}',
    },
    backup_policies: {
      rsync: {
        target: {
          type: 'rsync',
          server: { selection: 'ip', value: '10.0.0.1' },
          path: '/b',
          username: 'u',
          auth_key: '${env:KEY}',
          host_key: 'ssh-rsa AAAA',
        },
        start_times: ['1:00'],
      },
      smb: {
        target: {
          type: 'smb',
          server: { selection: 'ip', value: '10.0.0.2' },
          share: 's/d',
          authentication: { selection: 'password', username: 'u', password: '${env:SMB}' },
        },
        start_times: ['1:00'],
      },
    },
  };

  test('a placeholder at every secret is accepted by both', async () => {
    expect(schemaErrors(placeholders)).toEqual([]);
    expect(await spsValidate('placeholders.yaml', placeholders, environmentFor(placeholders))).toBe(0);
  });

  test('a malformed placeholder is still held to the secret’s own rule', () => {
    const bad = structuredClone(placeholders);
    bad.backup_policies.rsync.target.auth_key = '${env:1KEY}';
    expect(schemaErrors(bad)).toContain('/backup_policies/rsync/target/auth_key');
  });

  test('a field that is no secret takes no placeholder', () => {
    const bad = structuredClone(placeholders);
    bad.backup_policies.rsync.target.path = '${env:PATH}';
    expect(schemaErrors({ ...bad, audit_policies: { a: { timestamping_enabled: '${env:ON}' } } })).toContain(
      '/audit_policies/a/timestamping_enabled',
    );
  });
});

describe('a top-level $schema key', () => {
  const doc = { audit_policies: { pci: { timestamping_enabled: true } } };

  test('is accepted in JSON and YAML alike, by both', async () => {
    const json = { $schema: `./node_modules/sps-iac/${DOCUMENT_SCHEMA_FILE}`, ...doc };
    expect(schemaErrors(json)).toEqual([]);
    expect(await spsValidate('with-schema.json', json)).toBe(0);
    const yaml = `${README_LINE}\n$schema: ./desired-document.schema.json\n${stringify(doc)}`;
    expect(schemaErrors(parse(yaml))).toEqual([]);
    expect(await spsValidate('with-schema.yaml', yaml)).toBe(0);
  });

  test('must be a string', async () => {
    expect(schemaErrors({ $schema: 7, ...doc })).toContain('/$schema');
    expect(await spsValidate('bad-schema.json', { $schema: 7, ...doc })).toBe(1);
  });
});

describe('firmware bands, as two alternatives', () => {
  test('one object of either band is accepted by both; one mixing them is refused by both', async () => {
    const v8 = {
      audit_policies: { a: { timestamping: { enabled: false }, signing_and_timestamping_interval: 30 } },
    };
    const v7 = { audit_policies: { a: { timestamping_enabled: true } } };
    const mixed = {
      audit_policies: { a: { timestamping_enabled: true, signing_and_timestamping_interval: 30 } },
    };
    for (const [name, d] of Object.entries({ v8, v7 })) {
      expect(schemaErrors(d)).toEqual([]);
      expect(await spsValidate(`${name}.yaml`, d)).toBe(0);
    }
    expect(schemaErrors(mixed)).toContain('/audit_policies/a');
    expect(await spsValidate('mixed.yaml', mixed)).toBe(1);
  });
});

describe('pass_through', () => {
  test('an endpoint a typed kind covers, or a read-only one, is refused by both', async () => {
    for (const endpoint of ['policies/audit_policies', 'vnc/connections']) {
      const d = { pass_through: { [endpoint]: { objects: { a: {} } } } };
      expect(schemaErrors(d)).toContain(`/pass_through/${endpoint}`);
      expect(await spsValidate(`pt-${endpoint.replace('/', '-')}.yaml`, d)).toBe(1);
    }
  });

  test('objects and singleton together are refused by both; a connection policy’s confirmed fields are checked', async () => {
    const both = { pass_through: { 'telnet/options': { objects: {}, singleton: {} } } };
    expect(schemaErrors(both)).toContain('/pass_through/telnet~1options');
    expect(await spsValidate('pt-both.yaml', both)).toBe(1);
    const port = { pass_through: { 'ssh/connections': { objects: { gw: { network: { ports: [0] } } } } } };
    expect(schemaErrors(port)).toContain('/pass_through/ssh~1connections/objects/gw/network/ports/0');
    expect(await spsValidate('pt-port.yaml', port)).toBe(1);
  });
});
