/**
 * The reconciler: one engine for the CLI and the Terraform provider.
 *   parseDesiredState(document)        → DesiredState (validated, every problem at once)
 *   planAgainstAppliance(client, …)    → Plan (reads live with bounded concurrent GETs)
 *   applyPlan(client, plan, …)         → one transaction, stale-plan check, commit, verify
 *   validateOnDevice(client, plan)     → stage, read the changelog, roll back
 *   exportLive(client)                 → a desired document that plans as no change
 */
import type { SpsClient } from '../client';
import { MANAGED_KINDS, kindOf, matchPath, toPointer, type KindName } from '../model';
import { eachObject, type DesiredState } from './document';
import { secretPaths } from '../model/desired-schema';
import { prepareFingerprints, secretId, type SecretRecords } from './secrets';
import { kindsToRead, readLive, type ReadProgress } from './live';
import { computePlan, type Plan, type PlanOptions } from './plan';

export {
  parseDesiredState,
  publicDigestOf,
  secretValuesOf,
  eachObject,
  objectsOf,
  documentOf,
  documentFromLive,
  ownedNames,
  withoutName,
  type DesiredState,
  type DesiredObject,
  type SecretChoice,
} from './document';
export { secretFields, secretPaths, isSecretPath } from '../model/desired-schema';
export { readLive, kindsToRead, digestOf, type LiveState, type LiveObject } from './live';
export {
  computePlan,
  hasChanges,
  type Plan,
  type PlannedOp,
  type Action,
  type Ownership,
  type PlanOptions,
} from './plan';
export {
  applyPlan,
  validateOnDevice,
  DEFAULT_LOCK_TIMEOUT_MS,
  type ApplyOptions,
  type ApplyResult,
  type OpResult,
  type DeviceValidation,
} from './apply';
export { exportLive, envName, type ExportResult } from './export';
export { managedView, keptPaths, mergeForWrite } from './ownership';
export {
  SENSITIVE,
  fingerprint,
  isMasked,
  matchesFingerprint,
  prepareFingerprints,
  secretId,
  type SecretRecord,
  type SecretRecords,
} from './secrets';
export type { FieldChange } from './compare';
export * from './errors';

/** The kinds a plan must read: declared ones, owned/pruned ones, and what they reference. */
export function kindsInScope(desired: DesiredState, opts: PlanOptions): KindName[] {
  const names = new Set<KindName>([
    ...desired.collections.keys(),
    ...desired.singletons.keys(),
    ...(Object.keys(opts.owned ?? {}) as KindName[]),
    ...(opts.prune ?? []),
  ]);
  // kinds that may point at objects we could delete: read them, so a delete never breaks a referrer
  const deletable = new Set<KindName>([
    ...(Object.keys(opts.owned ?? {}) as KindName[]),
    ...(opts.prune ?? []),
  ]);
  for (const kind of MANAGED_KINDS)
    if (kind.references.some((r) => deletable.has(r.target))) names.add(kind.name);
  return [...names].filter((n) => kindOf(n).managed);
}

export async function planAgainstAppliance(
  client: SpsClient,
  desired: DesiredState,
  opts: PlanOptions & { progress?: ReadProgress } = {},
): Promise<Plan> {
  const live = await readLive(client, kindsToRead(kindsInScope(desired, opts)), opts.progress);
  await prepareFingerprints(fingerprintChecks(desired, opts.secretRecords ?? {}));
  return computePlan(desired, live, opts);
}

/** Every (secret, recorded fingerprint) pair a plan may ask about, so they are checked in parallel first. */
function* fingerprintChecks(desired: DesiredState, records: SecretRecords) {
  for (const { kind, name, body } of eachObject(desired)) {
    for (const path of secretPaths(kind)) {
      for (const m of matchPath(body, path)) {
        const record = records[secretId(kind.name, name, toPointer(m.segments))];
        if (record && typeof m.value === 'string') yield { secret: m.value, fingerprint: record.fingerprint };
      }
    }
  }
}
