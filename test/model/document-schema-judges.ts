/**
 * The two judges of a desired-state document, side by side: the shipped JSON Schema file read as JSON
 * and compiled by ajv on its own (an editor's view: none of this project's code), and `sps validate`
 * run in-process, offline.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { stringify } from 'yaml';
import { run } from '../../src/cli/main';
import { envPlaceholderName } from '../../src/reconcile/document';
import { DOCUMENT_SCHEMA_PATH } from '../../scripts/generate-document-schema';
import { TEST_PRIVATE_KEY } from '../cli/helpers';

export interface Judges {
  /** Where the shipped schema finds problems (JSON pointers; a missing or unknown field: at that field). */
  schemaErrors(doc: unknown): string[];
  /** The exit code of `sps validate` of `doc` (or of YAML/JSON text) written as `name`. */
  spsValidate(name: string, doc: unknown, env?: NodeJS.ProcessEnv): Promise<number>;
  close(): void;
}

function located(e: ErrorObject): string {
  const p = e.params as { missingProperty?: string; additionalProperty?: string };
  const field = p.missingProperty ?? p.additionalProperty ?? e.propertyName;
  return field === undefined ? e.instancePath : `${e.instancePath}/${field}`;
}

export function openJudges(): Judges {
  const dir = mkdtempSync(join(tmpdir(), 'sps-document-schema-'));
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' }); // an editor annotation
  const schema = JSON.parse(readFileSync(DOCUMENT_SCHEMA_PATH, 'utf8'));
  if (!ajv.validateSchema(schema)) throw new Error(`not a draft-07 schema: ${ajv.errorsText()}`);
  const validate: ValidateFunction = ajv.compile(schema);
  return {
    schemaErrors: (doc) => (validate(doc) ? [] : (validate.errors ?? []).map(located)),
    async spsValidate(name, doc, env = {}) {
      const file = join(dir, name);
      const text =
        typeof doc === 'string' ? doc : name.endsWith('.json') ? JSON.stringify(doc) : stringify(doc);
      writeFileSync(file, text);
      return run(['validate', file, '--format', 'json'], {
        stdout: () => undefined,
        stderr: () => undefined,
        env,
        isTTY: { stdout: false, stderr: false, stdin: false },
        cwd: dir,
      });
    },
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A value for every `${env:NAME}` a document names, valid where it stands (a PEM key for auth_key). */
export function environmentFor(doc: unknown): NodeJS.ProcessEnv {
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
