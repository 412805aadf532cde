/**
 * The optional `--state FILE`: what this CLI last applied to an appliance. It gives ownership (names
 * last applied may be deleted once dropped from the document) and secret fingerprints (so a masked
 * secret can be told unchanged). It holds no secret: fingerprints are scrypt digests (secrets.ts).
 * Without a state file, deletions come only from `--prune <kind,...>`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { currentKindName, isKindName, type KindName } from '../model';
import {
  declaredRecordOf,
  eachObject,
  documentOf,
  ownedNames,
  type DeclaredRecord,
  type ApplyResult,
  type DesiredState,
  type Plan,
  type SecretRecords,
} from '../reconcile';
import { SpsCliError } from './errors';
import { writePrivateFile } from './files';

export interface CliState {
  readonly format_version: '1';
  readonly appliance: string;
  /** kind → names of the objects this state's document declared at the last apply. */
  readonly owned: Partial<Record<KindName, string[]>>;
  readonly secret_records: SecretRecords;
  /**
   * What the document declared at the last apply, object by object (the shapes of the bodies, no
   * value): a field declared then and dropped since goes back to the appliance's default. Absent in
   * files written before it existed: then a dropped field is kept.
   */
  readonly declared?: DeclaredRecord;
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
    // an endpoint a typed kind now covers is that kind (the plan reads the state under current names)
    if (!isKindName(currentKindName(kind)))
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

/** After a commit: ownership becomes exactly what the document declares now. */
export function writeState(file: string, url: string, desired: DesiredState, result: ApplyResult): void {
  save(file, url, ownedBy(desired), result.secretRecords, declaredRecordOf(eachObject(desired)));
}

/**
 * The commit outcome is unknown: own what was owned and what the document declares (owning a name
 * that was never created deletes nothing), and forget the fingerprints of every object the plan was
 * writing, so the next plan rewrites those secrets rather than trusting a record of a write that may
 * not have happened.
 */
export function writeStateAfterUnknownCommit(
  file: string,
  url: string,
  desired: DesiredState,
  plan: Plan,
  prior: CliState | undefined,
): void {
  const owned = ownedBy(desired);
  for (const [kind, names] of Object.entries(prior?.owned ?? {}) as [KindName, string[]][])
    owned[kind] = [...new Set([...(owned[kind] ?? []), ...names])].sort();
  const touched = plan.ops.filter((o) => o.action !== 'noop').map((o) => `${o.kind}/${o.name}/`);
  const records = Object.fromEntries(
    Object.entries(prior?.secret_records ?? {}).filter(([id]) => !touched.some((t) => id.startsWith(t))),
  );
  // what was declared is no longer known for certain: keep the older record (nothing is released
  // that was not declared then)
  save(file, url, owned, records, prior?.declared);
}

const ownedBy = (desired: DesiredState): Partial<Record<KindName, string[]>> =>
  ownedNames(documentOf(desired));

function save(
  file: string,
  url: string,
  owned: CliState['owned'],
  records: SecretRecords,
  declared: DeclaredRecord | undefined,
): void {
  const state: CliState = {
    format_version: '1',
    appliance: url,
    owned,
    secret_records: records,
    ...(declared ? { declared } : {}),
  };
  writePrivateFile(file, JSON.stringify(state, null, 2) + '\n', 'state');
}
