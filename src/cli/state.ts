/**
 * The optional `--state FILE`: what this CLI last applied to an appliance. It gives ownership (names
 * last applied may be deleted once dropped from the document) and secret fingerprints (so a masked
 * secret can be told unchanged). It holds no secret: fingerprints are salted one-way HMACs.
 * Without a state file, deletions come only from `--prune <kind,...>`.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isKindName, type KindName } from '../model';
import type { ApplyResult, DesiredState, SecretRecords } from '../reconcile';
import { SpsCliError } from './errors';

export interface CliState {
  readonly format_version: '1';
  readonly appliance: string;
  /** kind → names of the objects this state's document declared at the last apply. */
  readonly owned: Partial<Record<KindName, string[]>>;
  readonly secret_records: SecretRecords;
}

export function readState(file: string | undefined, url: string): CliState | undefined {
  if (!file || !existsSync(file)) return undefined;
  let state: CliState;
  try {
    state = JSON.parse(readFileSync(file, 'utf8')) as CliState;
  } catch (err) {
    throw new SpsCliError('SPS_CLI_STATE', `state file ${file} is not valid JSON: ${(err as Error).message}`);
  }
  if (
    state.format_version !== '1' ||
    typeof state.owned !== 'object' ||
    typeof state.secret_records !== 'object'
  ) {
    throw new SpsCliError(
      'SPS_CLI_STATE',
      `state file ${file} is not an sps state file (format_version "1")`,
    );
  }
  for (const kind of Object.keys(state.owned)) {
    if (!isKindName(kind))
      throw new SpsCliError('SPS_CLI_STATE', `state file ${file}: unknown kind "${kind}" in owned`);
  }
  if (new URL(state.appliance).origin !== new URL(url).origin) {
    throw new SpsCliError(
      'SPS_CLI_STATE',
      `state file ${file} belongs to ${state.appliance}, not ${url}; use one state file per appliance`,
    );
  }
  return state;
}

/** After a successful apply: ownership becomes exactly what the document declares now. */
export function writeState(file: string, url: string, desired: DesiredState, result: ApplyResult): void {
  const owned: Partial<Record<KindName, string[]>> = {};
  for (const [kind, objects] of desired.collections) owned[kind] = [...objects.keys()].sort();
  const state: CliState = {
    format_version: '1',
    appliance: url,
    owned,
    secret_records: result.secretRecords,
  };
  // write then rename, so an interrupted write never leaves half a state file
  writeFileSync(`${file}.tmp`, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}
