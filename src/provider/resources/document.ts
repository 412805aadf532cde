/**
 * Desired-state documents as the resource stores them: canonical (defaults filled), collections
 * keyed by name without the `name` field. Also the live side: the appliance's objects in the same
 * form, which is what Read returns so drift shows in `terraform plan`.
 */
import {
  MANAGED_KINDS,
  deepClone,
  isJsonObject,
  knownView,
  matchPath,
  setAt,
  toPointer,
  valueAt,
  type JsonObject,
  type JsonValue,
  type KindName,
} from '../../model';
import {
  isMasked,
  secretId,
  secretFields,
  type DesiredState,
  type LiveState,
  type SecretRecords,
} from '../../reconcile';
import { namesForReferences } from '../../reconcile/compare';
import { managedView } from '../../reconcile/ownership';
import { UNKNOWN_SENTINEL } from './values';

export function documentOf(desired: DesiredState): JsonObject {
  const doc: JsonObject = {};
  doc.allow_archive_recreate = desired.allowArchiveRecreate;
  for (const [kind, objects] of desired.collections) {
    const map: JsonObject = {};
    for (const [name, body] of objects) map[name] = withoutName(body);
    doc[kind] = map;
  }
  for (const [kind, body] of desired.singletons) doc[kind] = body;
  return doc;
}

/** Fills defaults object by object, leaving unknown parts alone (planning with unknown values). */
export function canonicalizeLoosely(doc: JsonObject): JsonObject {
  const out: JsonObject = structuredClone(doc);
  for (const kind of MANAGED_KINDS) {
    const value = out[kind.name];
    if (!isJsonObject(value)) continue;
    if (kind.shape === 'collection') {
      for (const [name, body] of Object.entries(value)) {
        if (isJsonObject(body)) value[name] = withoutName(kind.canonicalize({ name, ...body }));
      }
    } else out[kind.name] = kind.canonicalize(value);
  }
  if (out.allow_archive_recreate === undefined) out.allow_archive_recreate = false;
  return out;
}

export function hasUnknown(value: JsonValue | undefined): boolean {
  if (value === UNKNOWN_SENTINEL) return true;
  if (Array.isArray(value)) return value.some(hasUnknown);
  if (isJsonObject(value)) return Object.values(value).some(hasUnknown);
  return false;
}

/** Names per collection kind in a document: what this resource owns. */
export function ownedNames(doc: JsonObject): Partial<Record<KindName, string[]>> {
  const owned: Partial<Record<KindName, string[]>> = {};
  for (const kind of MANAGED_KINDS) {
    const value = doc[kind.name];
    if (kind.shape === 'collection' && isJsonObject(value)) owned[kind.name] = Object.keys(value);
  }
  return owned;
}

/**
 * The live counterpart of `prior`: the same kinds and names, as the appliance has them now, cut down
 * to the paths `prior` manages (partial ownership: a field the configuration leaves unset is the
 * appliance's, so it never shows as drift). `import` reads every field the model knows instead, as
 * there is no configuration yet. Objects gone from the appliance are dropped (Terraform then plans to
 * create them). Secrets the appliance shows are taken from it; hidden ones keep the prior value
 * unless we know they changed.
 */
export function liveDocument(
  prior: JsonObject,
  live: LiveState,
  records: SecretRecords,
  mode: 'refresh' | 'import' = 'refresh',
): JsonObject {
  const doc: JsonObject = {};
  if (prior.allow_archive_recreate !== undefined) doc.allow_archive_recreate = prior.allow_archive_recreate;
  for (const kind of MANAGED_KINDS) {
    const before = prior[kind.name];
    if (!isJsonObject(before)) continue;
    const objects = live.objects.get(kind.name);
    const convert = (name: string, body: JsonObject, priorBody: JsonObject | undefined): JsonObject => {
      const named = namesForReferences(kind, deepClone(body), live.namesByKey);
      const seen =
        mode === 'import' ? knownView(kind.schema, named) : managedView(kind.schema, named, priorBody ?? {});
      const out = withoutName(isJsonObject(seen) ? seen : {});
      for (const { path, inline } of secretFields(kind)) {
        for (const m of matchPath(out, path)) {
          const priorValue = priorBody ? valueAt(priorBody, m.segments) : undefined;
          const record = records[secretId(kind.name, name, toPointer(m.segments))];
          const hidden = isMasked(m.value);
          let value: JsonValue | undefined;
          if (inline) value = record && record.key === m.value ? priorValue : undefined;
          else value = hidden ? priorValue : m.value;
          setAt(out, m.segments, value ?? null);
        }
      }
      return out;
    };
    if (kind.shape === 'collection') {
      const map: JsonObject = {};
      for (const name of Object.keys(before)) {
        const obj = objects?.get(name);
        if (obj) map[name] = convert(name, obj.body, before[name] as JsonObject);
      }
      doc[kind.name] = map;
    } else {
      const obj = objects?.get(kind.name);
      if (obj) doc[kind.name] = convert(kind.name, obj.body, before);
    }
  }
  return doc;
}

/** Keys of the document's objects, for the computed `keys` attribute. */
export function keysOf(
  doc: JsonObject,
  keys: ReadonlyMap<KindName, ReadonlyMap<string, string>>,
): JsonObject {
  const out: JsonObject = {};
  for (const kind of MANAGED_KINDS) {
    const value = doc[kind.name];
    if (kind.shape !== 'collection' || !isJsonObject(value)) continue;
    const map: JsonObject = {};
    for (const name of Object.keys(value)) {
      const key = keys.get(kind.name)?.get(name);
      if (key !== undefined) map[name] = key;
    }
    out[kind.name] = map;
  }
  return out;
}

export function liveKeys(live: LiveState): Map<KindName, Map<string, string>> {
  const out = new Map<KindName, Map<string, string>>();
  for (const [kind, byName] of live.objects) out.set(kind, new Map([...byName].map(([n, o]) => [n, o.key])));
  return out;
}

function withoutName(body: JsonObject): JsonObject {
  const { name: _name, ...rest } = body;
  void _name;
  return rest;
}
