/**
 * Planning from what the caller already knows instead of reading every object again. Terraform's
 * state holds, for every object it owns, the managed fields as the last refresh saw them, and the
 * keys; an apply plans from that and reads, inside the transaction, only the objects it writes. A
 * Terraform plan + apply then reads each touched object three times (the refresh, the re-read in the
 * transaction, the verification) instead of six, and unchanged objects once.
 *
 * What the state cannot say is read from the appliance, whole kinds at a time, as a full plan would:
 * kinds the state holds nothing of, and reference targets it does not name. A plan that deletes is
 * planned against a full read: only a full read sees who else points at what is deleted.
 *
 * "Still as planned" is judged on the managed fields: an object whose managed fields are what the
 * state says was not changed in a way the plan depends on (fields it does not manage are merged from
 * the in-transaction read anyway).
 */
import type { SpsClient } from '../client';
import {
  singletonKey,
  matchPath,
  jsonEqual,
  toPointer,
  isJsonObject,
  type JsonObject,
  type KindDef,
  type KindName,
} from '../model';
import { secretFields, secretPaths } from '../model/desired-schema';
import { eachObject, type DesiredState } from './document';
import { digestOf, kindsToRead, readLive, type LiveObject, type LiveState } from './live';
import { managedView, withCurrentKindNames } from './ownership';
import { computePlan, type Plan, type PlanOptions } from './plan';
import { fingerprintChecks, kindsInScope, planAgainstAppliance } from './read-and-plan';
import { prepareFingerprints, secretId, type SecretRecords } from './secrets';
import { assertFirmwareFits } from './firmware';

/** Names and keys per kind the caller knows (Terraform's `keys` attribute). */
export type KeyBook = ReadonlyMap<KindName, ReadonlyMap<string, string>>;

export interface KnownState {
  /** The objects as the caller last saw them (desired form: references by name). */
  readonly objects: DesiredState;
  /** Their keys; an object without one is taken not to exist. */
  readonly keys: KeyBook;
  /** Whole kinds read from the appliance recently (Terraform's refresh in the same process), used as read. */
  readonly read?: LiveState;
}

export interface KnownPlanResult {
  readonly plan: Plan;
  /** Kinds read from the appliance for this plan (empty: planned from what was known alone). */
  readonly kindsRead: readonly KindName[];
}

/**
 * Plans `desired` from `known`, reading from the appliance only what `known` cannot answer. Same
 * options and same result as planAgainstAppliance where the known objects are what the appliance has.
 */
export async function planFromKnown(
  client: SpsClient,
  desired: DesiredState,
  known: KnownState,
  opts: PlanOptions = {},
): Promise<KnownPlanResult> {
  opts = withCurrentKindNames(opts);
  const firmware = await assertFirmwareFits(client, desired);
  opts = { ...opts, firmware };
  const scope = new Set<KindName>([
    ...desired.collections.keys(),
    ...desired.singletons.keys(),
    ...(Object.keys(opts.owned ?? {}) as KindName[]),
    ...(opts.prune ?? []),
  ]);
  const readAlready = new Set(known.read?.objects.keys() ?? []);
  const stated = new Set<KindName>([...known.objects.collections.keys(), ...known.objects.singletons.keys()]);
  const toRead = new Set<KindName>();
  for (const kind of scope) if (!readAlready.has(kind) && !stated.has(kind)) toRead.add(kind);
  for (const target of unresolvedTargets(desired, known)) if (!readAlready.has(target)) toRead.add(target);
  // prune deletes what nobody declared: only a full read knows what that is
  if ((opts.prune ?? []).length) return fullRead(client, desired, opts);

  const records = opts.secretRecords ?? {};
  const [fresh] = await Promise.all([
    toRead.size
      ? readLive(
          client,
          kindsToRead(toRead, desired.kinds).filter((k) => toRead.has(k.name)),
        )
      : undefined,
    prepareFingerprints(fingerprintChecks(desired, records)),
  ]);
  const plan = computePlan(desired, liveFrom(known, fresh, records), opts);
  // a delete must not break a referrer the state knows nothing of: only a full read sees them all
  if (plan.ops.some((op) => op.action === 'delete')) return fullRead(client, desired, opts);
  return { plan, kindsRead: [...toRead] };
}

async function fullRead(
  client: SpsClient,
  desired: DesiredState,
  opts: PlanOptions,
): Promise<KnownPlanResult> {
  const kinds = kindsToRead(kindsInScope(desired, opts), desired.kinds).map((k) => k.name);
  return { plan: await planAgainstAppliance(client, desired, opts), kindsRead: kinds };
}

/** Targets of references the document makes that neither it nor the known keys resolve (read-only kinds always). */
function unresolvedTargets(desired: DesiredState, known: KnownState): Set<KindName> {
  const out = new Set<KindName>();
  for (const { kind, body } of eachObject(desired)) {
    for (const ref of kind.referencesIn(body)) {
      const target = desired.kinds.of(ref.target);
      if (target.shape === 'read-only' || target.identity !== 'name') out.add(target.name);
      else if (
        !desired.collections.get(target.name)?.has(ref.value) &&
        !known.keys.get(target.name)?.has(ref.value)
      )
        out.add(target.name);
    }
  }
  return out;
}

/** One LiveState: what was read (whole kinds, as read), and for the other kinds what the caller knows. */
function liveFrom(known: KnownState, fresh: LiveState | undefined, records: SecretRecords): LiveState {
  const objects = new Map<KindName, Map<string, LiveObject>>();
  const namesByKey = new Map<KindName, Map<string, string>>();
  for (const source of [known.read, fresh]) {
    for (const [kind, byName] of source?.objects ?? []) objects.set(kind, new Map(byName));
    for (const [kind, names] of source?.namesByKey ?? []) namesByKey.set(kind, new Map(names));
  }
  const keyed = (kind: KindName): Map<string, string> => {
    let m = namesByKey.get(kind);
    if (!m) namesByKey.set(kind, (m = new Map()));
    return m;
  };
  // a kind that was read is taken as read; the others as the caller knows them
  const wasRead = new Set(objects.keys());
  for (const [kind, byName] of known.keys) {
    if (wasRead.has(kind)) continue;
    for (const [name, key] of byName) keyed(kind).set(key, name);
  }
  for (const { kind, name, body } of eachObject(known.objects)) {
    if (wasRead.has(kind.name)) continue;
    const key = kind.shape === 'singleton' ? singletonKey(kind) : known.keys.get(kind.name)?.get(name);
    if (key === undefined) continue;
    const byName = objects.get(kind.name) ?? new Map<string, LiveObject>();
    byName.set(
      name,
      new KnownObject(kind, key, name, writtenFromKnown(kind, name, body, known.keys, records), namesByKey),
    );
    objects.set(kind.name, byName);
  }
  return { objects, namesByKey };
}

/**
 * The written form a read would give for what the caller knows: references as keys, secrets as the
 * appliance shows them (masked: they are judged by their recorded fingerprints, as against an
 * appliance that hides them), inline secrets as the key of the object holding them, if recorded.
 */
function writtenFromKnown(
  kind: KindDef,
  name: string,
  body: JsonObject,
  keys: KeyBook,
  records: SecretRecords,
): JsonObject {
  const out = structuredClone(body);
  // references as the keys the appliance holds, where known (a pass-through `$ref` by key is that key)
  kind.withKeys(out, (ref) => keys.get(ref.target)?.get(ref.value));
  // Secrets as the appliance would show them: masked (judged by their fingerprints), an inline one as
  // the key of the object holding it, where recorded. A state that holds no secrets (Terraform's
  // write-only attributes) says nothing of them: masked too, so an unrecorded one is unverifiable.
  for (const field of secretFields(kind)) {
    const leaf = field.path[field.path.length - 1];
    const parents =
      field.path.length > 1 ? matchPath(out, field.path.slice(0, -1)) : [{ segments: [], value: out }];
    for (const { segments, value } of parents) {
      if (!isJsonObject(value)) continue;
      const id = secretId(kind.name, name, toPointer([...segments, leaf]));
      value[leaf] = field.inline ? (records[id]?.key ?? null) : null;
    }
  }
  return out;
}

class KnownObject implements LiveObject {
  readonly #kind: KindDef;
  readonly #namesByKey: ReadonlyMap<KindName, ReadonlyMap<string, string>>;

  constructor(
    kind: KindDef,
    readonly key: string,
    readonly name: string,
    /** Written form, as a read would give it (see writtenFromKnown). */
    readonly body: JsonObject,
    namesByKey: ReadonlyMap<KindName, ReadonlyMap<string, string>>,
  ) {
    this.#kind = kind;
    this.#namesByKey = namesByKey;
  }

  /**
   * Nothing was read, so there is no server body to digest: `matches` judges freshness. This digest
   * of the known body never equals a server body's, so a saved plan pinning it is refused as stale.
   */
  get digest(): string {
    return `known:${digestOf(this.body)}`;
  }

  get publicDigest(): string {
    return this.digest;
  }

  get serverBody(): JsonObject {
    return this.body;
  }

  matches(serverBody: JsonObject): boolean {
    const kind = this.#kind;
    const names = (b: JsonObject) => kind.namesForComparison(b, this.#namesByKey);
    const now = names(kind.fromServer(serverBody));
    const was = names(structuredClone(this.body));
    // secrets are not compared: the appliance may mask them, and the plan decided on them already
    return jsonEqual(
      withoutSecrets(kind, managedView(kind.schema, now, was) as JsonObject),
      withoutSecrets(kind, was),
    );
  }
}

/** A copy without the secret fields (not even as null: a known body may carry them masked, a read not at all). */
function withoutSecrets(kind: KindDef, body: JsonObject): JsonObject {
  const out = structuredClone(body ?? {});
  for (const path of secretPaths(kind))
    for (const { value } of matchPath(out, path.slice(0, -1))) {
      const leaf = path[path.length - 1];
      if (isJsonObject(value)) delete value[leaf];
      else if (Array.isArray(value) && leaf === '*') value.fill(null);
    }
  return out;
}
