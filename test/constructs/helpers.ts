/** Synth helpers for the construct tests: real cdktf synthesis, parsed back into JSON. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { Testing, type TerraformStack } from '../../constructs';

export const REPO_ROOT = path.resolve(__dirname, '../..');

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export interface SynthesizedStack {
  readonly json: JsonObject;
  /** The attributes of the single sps_configuration resource (metadata and meta-arguments removed). */
  readonly configuration: JsonObject;
}

/** Synthesizes a stack (running the tree validations, as `cdktf synth` does). */
export function synth(stack: TerraformStack): SynthesizedStack {
  return fromJson(JSON.parse(Testing.synth(stack, true)) as JsonObject);
}

export function fromJson(json: JsonObject): SynthesizedStack {
  const resources = ((json.resource as JsonObject | undefined)?.sps_configuration ?? {}) as JsonObject;
  const entries = Object.values(resources) as JsonObject[];
  if (entries.length !== 1)
    throw new Error(`expected exactly one sps_configuration, found ${entries.length}`);
  const { ['//']: metadata, provider, ...configuration } = entries[0];
  void metadata;
  void provider;
  return { json, configuration };
}

/** Replaces every `${var.NAME}` string with `values[NAME]` (as Terraform would), failing on unknown names. */
export function substituteVariables(value: Json, values: Record<string, string>): Json {
  if (typeof value === 'string') {
    return value.replace(/\$\{var\.([A-Za-z0-9_-]+)\}/g, (_, name: string) => {
      if (!(name in values)) throw new Error(`no test value for variable ${name}`);
      return values[name];
    });
  }
  if (Array.isArray(value)) return value.map((v) => substituteVariables(v, values));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteVariables(v, values)]));
  }
  return value;
}

/** Runs an example's real entry point (as `cdktf synth` would) into a temp outdir; returns the stacks. */
export async function synthExample(
  mainFile: string,
  env: NodeJS.ProcessEnv = {},
): Promise<Map<string, JsonObject>> {
  const outdir = mkdtempSync(path.join(tmpdir(), 'sps-synth-'));
  await promisify(execFile)(process.execPath, ['--import', 'tsx', mainFile], {
    cwd: REPO_ROOT,
    env: { ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: '1', ...env },
  });
  const manifest = JSON.parse(readFileSync(path.join(outdir, 'manifest.json'), 'utf8')) as {
    stacks: Record<string, { synthesizedStackPath: string }>;
  };
  const stacks = new Map<string, JsonObject>();
  for (const [name, stack] of Object.entries(manifest.stacks)) {
    stacks.set(
      name,
      JSON.parse(readFileSync(path.join(outdir, stack.synthesizedStackPath), 'utf8')) as JsonObject,
    );
  }
  return stacks;
}
