/**
 * Partial ownership: a document manages exactly the paths it declares (with the model's defaults
 * filled in); every other field of a live object — one the model does not know, or a modelled one
 * the document leaves out — belongs to whoever set it and is kept as it is.
 *
 * Three views of one rule, used by plan, drift, verification and the read-modify-write of apply:
 * - `managedView`: the live body cut down to the managed paths (what a plan compares);
 * - `keptPaths`:   the live paths left alone (what `--json` lists as `unmanaged`);
 * - `mergeForWrite`: the live body with the managed paths replaced (what a PUT sends).
 *
 * Where the document selects another variant than the live object (`selection`, `type`, …), the
 * nested object is the desired variant whole: fields of the old variant never leak into the new one.
 * List items are matched by `name` where the model gives them one, by position otherwise; the list
 * itself (which items exist, in which order) is managed as a whole.
 */
import {
  deepClone,
  isJsonObject,
  itemIdentityOf,
  itemSchema,
  knownView,
  propertySchema,
  switchesVariant,
  toPointer,
  currentKindName,
  type JsonObject,
  type JsonSchema,
  type JsonValue,
  type KindName,
} from '../model';

const has = (o: JsonObject, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** The live value as far as `desired` manages it; undefined where it manages nothing. */
export function managedView(
  schema: JsonSchema | undefined,
  live: JsonValue | undefined,
  desired: JsonValue | undefined,
): JsonValue | undefined {
  if (desired === undefined || live === undefined) return undefined;
  if (isJsonObject(desired)) {
    if (!isJsonObject(live) || switchesVariant(schema, live, desired)) return knownView(schema, live);
    const out: JsonObject = {};
    for (const key of Object.keys(desired)) {
      const view = managedView(
        propertySchema(schema, key),
        has(live, key) ? live[key] : undefined,
        desired[key],
      );
      if (view !== undefined) out[key] = view;
    }
    return out;
  }
  if (Array.isArray(desired)) {
    if (!Array.isArray(live)) return knownView(schema, live);
    const items = itemSchema(schema);
    return live.map((item, i) =>
      i < desired.length ? (managedView(items, item, desired[i]) ?? null) : knownView(items, item),
    );
  }
  return live;
}

/** JSON pointers of the live fields `desired` does not manage (the topmost of each kept subtree). */
export function keptPaths(
  schema: JsonSchema | undefined,
  live: JsonValue | undefined,
  desired: JsonValue | undefined,
): string[] {
  const out: string[] = [];
  collectKept(schema, live, desired, [], out);
  return out;
}

function collectKept(
  schema: JsonSchema | undefined,
  live: JsonValue | undefined,
  desired: JsonValue | undefined,
  at: string[],
  out: string[],
): void {
  if (live === undefined) return;
  if (desired === undefined) {
    out.push(toPointer(at));
    return;
  }
  if (isJsonObject(desired) && isJsonObject(live)) {
    if (switchesVariant(schema, live, desired)) return; // replaced whole
    for (const key of Object.keys(live)) {
      at.push(key);
      collectKept(
        propertySchema(schema, key),
        live[key],
        has(desired, key) ? desired[key] : undefined,
        at,
        out,
      );
      at.pop();
    }
    return;
  }
  if (Array.isArray(desired) && Array.isArray(live)) {
    const items = itemSchema(schema);
    const identity = itemIdentityOf(schema);
    desired.forEach((item, i) => {
      const match = matchItem(live, item, i, identity);
      if (match === undefined) return;
      at.push(String(i));
      collectKept(items, match, item, at, out);
      at.pop();
    });
  }
}

/**
 * The body a PUT sends: `live` (in written form, as re-read inside the transaction) with every
 * managed path replaced by `desired`. Kept fields go back exactly as read, at any depth.
 */
export function mergeForWrite(
  schema: JsonSchema | undefined,
  live: JsonValue | undefined,
  desired: JsonValue | undefined,
): JsonValue | undefined {
  if (desired === undefined) return live === undefined ? undefined : deepClone(live);
  if (isJsonObject(desired)) {
    if (!isJsonObject(live) || switchesVariant(schema, live, desired)) return deepClone(desired);
    const out = deepClone(live);
    for (const key of Object.keys(desired)) {
      const merged = mergeForWrite(
        propertySchema(schema, key),
        has(live, key) ? live[key] : undefined,
        desired[key],
      );
      if (merged !== undefined) out[key] = merged;
    }
    return out;
  }
  if (Array.isArray(desired)) {
    if (!Array.isArray(live)) return deepClone(desired);
    const items = itemSchema(schema);
    const identity = itemIdentityOf(schema);
    return desired.map((item, i) => mergeForWrite(items, matchItem(live, item, i, identity), item) ?? null);
  }
  return desired;
}

/** The live item a desired item stands for: same `name` where items have one, same position otherwise. */
function matchItem(
  live: readonly JsonValue[],
  desired: JsonValue,
  index: number,
  identity: string | undefined,
): JsonValue | undefined {
  if (identity && isJsonObject(desired) && typeof desired[identity] === 'string')
    return live.find((l) => isJsonObject(l) && l[identity] === desired[identity]);
  return index < live.length ? live[index] : undefined;
}

/**
 * Owned and pruned kinds under their current names: objects a state recorded under an endpoint a
 * typed kind now covers belong to that kind (merged with what it already owns).
 */
export function withCurrentKindNames<
  T extends {
    readonly owned?: Partial<Record<KindName, readonly string[]>>;
    readonly prune?: readonly KindName[];
  },
>(opts: T): T {
  const renamed = (k: string) => currentKindName(k) !== k;
  if (!Object.keys(opts.owned ?? {}).some(renamed) && !(opts.prune ?? []).some(renamed)) return opts;
  const owned: Partial<Record<KindName, string[]>> = {};
  for (const [kind, names] of Object.entries(opts.owned ?? {}) as [KindName, readonly string[]][]) {
    const list = (owned[currentKindName(kind)] ??= []);
    for (const n of names) if (!list.includes(n)) list.push(n);
  }
  return {
    ...opts,
    owned,
    ...(opts.prune ? { prune: [...new Set(opts.prune.map(currentKindName))] } : {}),
  };
}
