/**
 * Planning against the appliance as it is now: read every kind in scope, then compute the plan.
 */
import type { SpsClient } from '../client';
import { MANAGED_KINDS, matchPath, toPointer, type KindName } from '../model';
import { eachObject, type DesiredState } from './document';
import { secretPaths } from '../model/desired-schema';
import { prepareFingerprints, secretId, type SecretRecords } from './secrets';
import { kindsToRead, readLive, type ReadProgress } from './live';
import { computePlan, type Plan, type PlanOptions } from './plan';
import { assertFirmwareFits } from './firmware';
import { withCurrentKindNames } from './ownership';

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
  // what the objects refer to, for names and keys (a pass-through body names its targets itself)
  for (const { kind, body } of eachObject(desired))
    for (const ref of kind.referencesIn(body)) names.add(ref.target);
  return [...names].filter((n) => desired.kinds.of(n).managed);
}

export async function planAgainstAppliance(
  client: SpsClient,
  desired: DesiredState,
  opts: PlanOptions & { progress?: ReadProgress } = {},
): Promise<Plan> {
  opts = withCurrentKindNames(opts);
  const firmware = await assertFirmwareFits(client, desired);
  const live = await readLive(client, kindsToRead(kindsInScope(desired, opts), desired.kinds), opts.progress);
  await prepareFingerprints(fingerprintChecks(desired, opts.secretRecords ?? {}));
  return computePlan(desired, live, { ...opts, firmware });
}

/** Every (secret, recorded fingerprint) pair a plan may ask about, so they are checked in parallel first. */
export function* fingerprintChecks(desired: DesiredState, records: SecretRecords) {
  for (const { kind, name, body } of eachObject(desired)) {
    for (const path of secretPaths(kind)) {
      for (const m of matchPath(body, path)) {
        const record = records[secretId(kind.name, name, toPointer(m.segments))];
        if (record && typeof m.value === 'string') yield { secret: m.value, fingerprint: record.fingerprint };
      }
    }
  }
}
