/**
 * The sps_configuration resource's documents: what the engine's desired-document module
 * (reconcile/document.ts) gives, plus what only Terraform needs — planning around unknown values,
 * the computed `keys` attribute, and the secret rules of a refresh: a secret the appliance shows is
 * taken from it, a hidden one keeps the prior state's value unless we know it changed.
 */
import {
  MANAGED_KINDS,
  isJsonObject,
  isKindName,
  jsonEqual,
  matchPath,
  setAt,
  toPointer,
  valueAt,
  type JsonObject,
  type JsonValue,
  type KindName,
} from '../../model';
import {
  documentFromLive,
  isMasked,
  objectsOf,
  placeAt,
  secretId,
  withoutName,
  type LiveState,
  type SecretRecords,
} from '../../reconcile';

export { documentOf, ownedNames } from '../../reconcile';

/** Fills defaults object by object, leaving unknown parts alone (planning with unknown values). */
export function canonicalizeLoosely(doc: JsonObject): JsonObject {
  const out: JsonObject = structuredClone(doc);
  for (const { kind, name, at, body } of objectsOf(out)) {
    const canonical = kind.canonicalize(name === undefined ? body : { name, ...body });
    placeAt(out, at, name === undefined ? canonical : withoutName(canonical));
  }
  if (out.allow_archive_recreate === undefined) out.allow_archive_recreate = false;
  return out;
}

/**
 * Refresh: the live counterpart of `prior`, the same kinds and names cut down to the paths `prior`
 * manages (what a configuration leaves unset never shows as drift). Objects gone from the appliance
 * are dropped (Terraform then plans to create them).
 */
export function liveDocument(prior: JsonObject, live: LiveState, records: SecretRecords): JsonObject {
  const select = new Map<KindName, { name: string; prior?: JsonObject }[]>();
  for (const { kind, name, body } of objectsOf(prior)) {
    const list = select.get(kind.name) ?? [];
    list.push({ name: name ?? kind.name, prior: body });
    select.set(kind.name, list);
  }
  const priorOf = new Map(
    [...select].flatMap(([kind, list]) => list.map((o) => [`${kind}/${o.name}`, o.prior!])),
  );
  const doc = documentFromLive(live, select, ({ kind, name, segments, value, inline }) => {
    const prior = priorOf.get(`${kind.name}/${name}`);
    const priorValue = prior === undefined ? undefined : valueAt(prior, segments);
    if (inline) {
      const record = records[secretId(kind.name, name, toPointer(segments))];
      return record && record.key === value ? (priorValue ?? null) : null;
    }
    return isMasked(value) ? (priorValue ?? null) : value;
  });
  if (prior.allow_archive_recreate !== undefined) doc.allow_archive_recreate = prior.allow_archive_recreate;
  return doc;
}

/**
 * Import: every field the model knows of the named objects (there is no configuration yet). A secret
 * the appliance hides or keeps behind a key is unknown here: null, and the first apply writes it.
 */
export function importedDocument(
  live: LiveState,
  select: ReadonlyMap<KindName, readonly string[] | '*'>,
): JsonObject {
  const wanted = new Map(
    [...select].map(([k, v]) => [k, v === '*' ? ('*' as const) : v.map((name) => ({ name }))]),
  );
  const doc = documentFromLive(live, wanted, ({ value, inline }) =>
    inline || isMasked(value) ? null : value,
  );
  return { allow_archive_recreate: false, ...doc };
}

/** Keys of the document's objects, for the computed `keys` attribute. */
export function keysOf(
  doc: JsonObject,
  keys: ReadonlyMap<KindName, ReadonlyMap<string, string>>,
): JsonObject {
  const out: JsonObject = {};
  for (const kind of MANAGED_KINDS)
    if (kind.shape === 'collection' && isJsonObject(doc[kind.name])) out[kind.name] = {};
  for (const { kind, name } of objectsOf(doc)) {
    if (name === undefined) continue;
    const byName = (out[kind.name] ??= {}) as JsonObject;
    const key = keys.get(kind.name)?.get(name);
    if (key !== undefined) byName[name] = key;
  }
  return out;
}

/** The `keys` attribute of a state back into a key book (nothing for a value that is not a map of maps). */
export function keyBookOf(keys: unknown): Map<KindName, Map<string, string>> {
  const out = new Map<KindName, Map<string, string>>();
  if (!isJsonObject(keys as JsonValue)) return out;
  for (const [kind, byName] of Object.entries(keys as JsonObject)) {
    if (!isKindName(kind) || !isJsonObject(byName)) continue;
    const names = new Map<string, string>();
    for (const [name, key] of Object.entries(byName)) if (typeof key === 'string') names.set(name, key);
    out.set(kind, names);
  }
  return out;
}

export function liveKeys(live: LiveState): Map<KindName, Map<string, string>> {
  const out = new Map<KindName, Map<string, string>>();
  for (const [kind, byName] of live.objects) out.set(kind, new Map([...byName].map(([n, o]) => [n, o.key])));
  return out;
}

/**
 * Terraform holds a field with a short form (an rsync host key) in that form; the appliance returns
 * the long one. Each long value becomes the prior state's short text when that text stands for it
 * (so a comment after the key is no drift), else its canonical short text.
 */
export function toShortForms(doc: JsonObject, prior: JsonObject | undefined): JsonObject {
  for (const { kind, at, body } of objectsOf(doc)) {
    if (!kind.shorthands) continue;
    const priorBody = prior === undefined ? undefined : valueAt(prior, at);
    for (const s of kind.shorthands) {
      for (const m of matchPath(body, s.path)) {
        if (!isJsonObject(m.value)) continue;
        const was = isJsonObject(priorBody) ? valueAt(priorBody, m.segments) : undefined;
        const keep = typeof was === 'string' && jsonEqual(s.expand(was), m.value);
        setAt(body, m.segments, keep ? was : (s.collapse(m.value) ?? null));
      }
    }
  }
  return doc;
}

/** Terraform state written before schema version 1 held short-form fields in their long form. */
export function upgradeShortForms(doc: JsonObject): JsonObject {
  return toShortForms(doc, undefined);
}

/**
 * The planned document Terraform accepts: every value the configuration sets exactly as written
 * (a short form stays short), everything it leaves unset as the model fills it (its defaults).
 */
export function plannedFrom(
  config: JsonValue | undefined,
  canonical: JsonValue | undefined,
): JsonValue | undefined {
  if (config === undefined || config === null) return canonical;
  if (isJsonObject(config) && isJsonObject(canonical)) {
    const out: JsonObject = {};
    for (const key of new Set([...Object.keys(canonical), ...Object.keys(config)])) {
      const v = plannedFrom(config[key], canonical[key]);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  if (Array.isArray(config) && Array.isArray(canonical) && config.length === canonical.length)
    return config.map((c, i) => plannedFrom(c, canonical[i]) ?? null);
  return config;
}
