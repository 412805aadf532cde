/**
 * Loads the desired state from a JSON/YAML desired-state file, a `cdk.tf.json`, or a cdktf stack
 * directory. Everything here happens before any request: a bad document never reaches the appliance.
 *
 * From cdktf synth output we take the one `resource.sps_configuration.<id>` or
 * `resource.sps_document.<id>`, as Terraform and the provider would read it (synth.ts): `${var.NAME}`
 * from `TF_VAR_NAME`, so secrets come from where Terraform itself reads them, and the `${env:NAME}`
 * placeholders of its bodies or document from its `secrets`.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { JsonObject } from '../model';
import {
  SpsDesiredStateError,
  parseDesiredState,
  publicDigestOf,
  secretValuesOf,
  type DesiredState,
  type DocumentIssue,
} from '../reconcile';
import { readSource } from './source';
import { SPS_RESOURCE_TYPES, fromSynth, isSynthOutput } from './synth';
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

const ENV_REFERENCE = /^\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}$/;
/** sps_document's document: one string however many objects it holds (read with every limit itself). */
const EMBEDDED_DOCUMENT = new RegExp(`^/resource/${SPS_RESOURCE_TYPES[1]}/[^/]+/document$`);

export function loadDesired(
  path: string,
  opts: { resource?: string; cwd?: string },
  out: Output,
): LoadedDesired {
  const file = locate(resolve(opts.cwd ?? process.cwd(), path));
  const shown = relative(opts.cwd ?? process.cwd(), file) || file;
  const src = readSource(file, shown, /\.json$/i.test(file) ? 'json' : 'yaml', {
    longStringAt: (pointer) => EMBEDDED_DOCUMENT.test(pointer),
  });
  const raw = src.value;
  let env = out.io.env;
  let locateIn = src.locate;
  let document: unknown = raw;
  let refused: DocumentIssue[] = []; // what Terraform would refuse in synth output
  const at = (issue: DocumentIssue): DocumentIssue => {
    const pos = locateIn(issue.path);
    return pos ? { ...issue, line: pos.line, column: pos.column } : issue;
  };
  if (isSynthOutput(raw)) {
    const synth = fromSynth(raw as JsonObject, shown, opts.resource, env, out, src.locate);
    locateIn = synth.locate;
    document = synth.document;
    env = synth.env;
    refused = synth.issues;
  }
  collectEnvSecrets(document, env, out);
  let desired: DesiredState;
  try {
    desired = parseDesiredState(document, { source: shown, env });
  } catch (err) {
    if (err instanceof SpsDesiredStateError)
      throw new SpsDesiredStateError([...refused, ...err.issues].map(at), shown);
    throw err;
  }
  if (refused.length) throw new SpsDesiredStateError(refused.map(at), shown);
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

/** Every value an `${env:NAME}` reference pulls in is a secret: register it with the output filter. */
function collectEnvSecrets(v: unknown, env: NodeJS.ProcessEnv, out: Output): void {
  if (Array.isArray(v)) v.forEach((x) => collectEnvSecrets(x, env, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => collectEnvSecrets(x, env, out));
  else if (typeof v === 'string') {
    const ref = ENV_REFERENCE.exec(v);
    if (ref) out.secrets.add(env[ref[1]]);
  }
}
