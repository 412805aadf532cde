/**
 * Loads the desired state from a JSON/YAML desired-state file, a `cdk.tf.json`, or a cdktf stack
 * directory. Everything here happens before any request: a bad document never reaches the appliance.
 *
 * From cdktf synth output we take the one `resource.sps_configuration.<id>`, drop Terraform meta
 * arguments and computed attributes, and replace `${var.NAME}` with `TF_VAR_NAME` from the
 * environment, so secrets come from where Terraform itself reads them.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { JsonObject, JsonValue } from '../model';
import { toPointer } from '../model';
import {
  SpsDesiredStateError,
  parseDesiredState,
  publicDigestOf,
  secretValuesOf,
  type DesiredState,
  type DocumentIssue,
} from '../reconcile';
import { readSource } from './source';
import { SpsCliError } from './errors';
import type { Output } from './io';

export interface LoadedDesired {
  /** The file actually read (a stack directory resolves to its cdk.tf.json). */
  readonly source: string;
  readonly desired: DesiredState;
  /** Digest of the document with its secrets left out: a saved plan pins it (publicDigestOf). */
  readonly digest: string;
  /** Adds the file position to an issue that names a JSON pointer in the document. */
  readonly locate: (issue: DocumentIssue) => DocumentIssue;
}

const META_KEYS = new Set([
  '//',
  'provider',
  'depends_on',
  'lifecycle',
  'count',
  'for_each',
  'provisioner',
  'connection',
]);
const COMPUTED_KEYS = new Set(['id', 'keys']);
const TF_VARIABLE = /^\$\{var\.([A-Za-z_][A-Za-z0-9_-]*)\}$/;
const ENV_REFERENCE = /^\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}$/;

export function loadDesired(
  path: string,
  opts: { resource?: string; cwd?: string },
  out: Output,
): LoadedDesired {
  const file = locate(resolve(opts.cwd ?? process.cwd(), path));
  const shown = relative(opts.cwd ?? process.cwd(), file) || file;
  const src = readSource(file, shown, /\.json$/i.test(file) ? 'json' : 'yaml');
  const raw = src.value;
  const env = out.io.env;
  let prefix = '';
  let document: unknown = raw;
  if (isSynthOutput(raw)) {
    const synth = fromSynth(raw as JsonObject, shown, opts.resource, env, out, src.locate);
    prefix = `/resource/sps_configuration/${synth.id}`;
    document = synth.body;
  }
  collectEnvSecrets(document, env, out);
  const at = (issue: DocumentIssue): DocumentIssue => {
    const pos = src.locate(prefix + issue.path);
    return pos ? { ...issue, line: pos.line, column: pos.column } : issue;
  };
  let desired: DesiredState;
  try {
    desired = parseDesiredState(document, { source: shown, env });
  } catch (err) {
    if (err instanceof SpsDesiredStateError) throw new SpsDesiredStateError(err.issues.map(at), shown);
    throw err;
  }
  // a secret written literally in the file is as secret as one from the environment
  for (const secret of secretValuesOf(desired)) out.secrets.add(secret);
  return { source: file, desired, digest: publicDigestOf(desired), locate: at };
}

/** A stack directory holds cdk.tf.json; a cdktf.out directory holds stacks/<name>/cdk.tf.json. */
function locate(path: string): string {
  if (!existsSync(path)) throw new SpsCliError('SPS_CLI_INPUT', `${path}: no such file or directory`);
  if (!statSync(path).isDirectory()) return path;
  const direct = join(path, 'cdk.tf.json');
  if (existsSync(direct)) return direct;
  const stacksDir = join(path, 'stacks');
  const stacks = existsSync(stacksDir)
    ? readdirSync(stacksDir).filter((s) => existsSync(join(stacksDir, s, 'cdk.tf.json')))
    : [];
  if (stacks.length === 1) return join(stacksDir, stacks[0], 'cdk.tf.json');
  if (stacks.length > 1) {
    throw new SpsCliError(
      'SPS_CLI_INPUT',
      `${path} holds several stacks (${stacks.sort().join(', ')}); pass the stack directory, e.g. ${join(stacksDir, stacks[0])}`,
    );
  }
  throw new SpsCliError(
    'SPS_CLI_INPUT',
    `${path}: a directory without cdk.tf.json (expected a cdktf stack directory or a desired-state file)`,
  );
}

function isSynthOutput(raw: unknown): boolean {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    !Array.isArray(raw) &&
    ('resource' in raw || 'terraform' in raw)
  );
}

function fromSynth(
  raw: JsonObject,
  shown: string,
  wanted: string | undefined,
  env: NodeJS.ProcessEnv,
  out: Output,
  locateIn: (pointer: string) => { line: number; column: number } | undefined,
): { id: string; body: JsonObject } {
  const resources = (raw.resource as JsonObject | undefined)?.sps_configuration as JsonObject | undefined;
  const ids = Object.keys(resources ?? {}).sort();
  if (ids.length === 0)
    throw new SpsCliError(
      'SPS_CLI_INPUT',
      `${shown} has no resource.sps_configuration (is this the synth output of an SPS stack?)`,
    );
  let id: string;
  if (wanted !== undefined) {
    if (!ids.includes(wanted))
      throw new SpsCliError(
        'SPS_CLI_INPUT',
        `${shown} has no sps_configuration "${wanted}" (it has: ${ids.join(', ')})`,
      );
    id = wanted;
  } else if (ids.length > 1) {
    throw new SpsCliError(
      'SPS_CLI_INPUT',
      `${shown} has ${ids.length} sps_configuration resources (${ids.join(', ')}); choose one with --resource`,
    );
  } else id = ids[0];

  const body: JsonObject = {};
  for (const [k, v] of Object.entries(resources![id] as JsonObject)) {
    if (!META_KEYS.has(k) && !COMPUTED_KEYS.has(k)) body[k] = v;
  }
  const issues: DocumentIssue[] = [];
  const substituted = substituteVariables(body, [], env, issues, out) as JsonObject;
  if (issues.length) {
    throw new SpsCliError(
      'SPS_CLI_INPUT',
      `${shown} (resource.sps_configuration.${id}) cannot be used:\n` +
        issues.map((i) => `  ${i.path}: ${i.message}`).join('\n'),
      issues.map((i) => {
        const pos = locateIn(`/resource/sps_configuration/${id}${i.path}`);
        return pos ? { ...i, line: pos.line, column: pos.column } : i;
      }),
      shown,
    );
  }
  return { id, body: substituted };
}

function substituteVariables(
  v: JsonValue,
  at: string[],
  env: NodeJS.ProcessEnv,
  issues: DocumentIssue[],
  out: Output,
): JsonValue {
  if (Array.isArray(v)) return v.map((x, i) => substituteVariables(x, [...at, String(i)], env, issues, out));
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, substituteVariables(x, [...at, k], env, issues, out)]),
    );
  }
  if (typeof v !== 'string' || !v.includes('${')) return v;
  const variable = TF_VARIABLE.exec(v);
  if (variable) {
    const value = env[`TF_VAR_${variable[1]}`];
    if (value === undefined) {
      issues.push({
        path: toPointer(at),
        message: `Terraform variable "${variable[1]}" is not set (set TF_VAR_${variable[1]})`,
      });
      return v;
    }
    out.secrets.add(value);
    return value;
  }
  if (ENV_REFERENCE.test(v)) return v;
  issues.push({
    path: toPointer(at),
    message: `the Terraform expression ${v} cannot be evaluated outside Terraform (only \${var.NAME} is supported)`,
  });
  return v;
}

/** Every value an `${env:NAME}` reference pulls in is a secret: register it with the output filter. */
function collectEnvSecrets(v: unknown, env: NodeJS.ProcessEnv, out: Output): void {
  if (Array.isArray(v)) v.forEach((x) => collectEnvSecrets(x, env, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => collectEnvSecrets(x, env, out));
  else if (typeof v === 'string') {
    const ref = ENV_REFERENCE.exec(v);
    if (ref) out.secrets.add(env[ref[1]]);
  }
}
