/**
 * The resources' documents: what the engine's desired-document module (reconcile/document.ts) gives,
 * plus what only Terraform needs — planning around unknown values, fields the configuration leaves
 * out, the computed `keys` attribute, and refresh and import views that hold no secret.
 */
import {
  MANAGED_KINDS,
  isJsonObject,
  isKindName,
  jsonEqual,
  matchPath,
  setAt,
  valueAt,
  type JsonObject,
  type JsonValue,
  type KindName,
  type KindSet,
} from '../../model';
import {
  documentFromLive,
  kindsOf,
  mergeForWrite,
  objectsOf,
  placeAt,
  releasedPaths,
  withoutName,
  withoutReleased,
  type DeclaredBefore,
  type LiveState,
} from '../../reconcile';
import { isPlaceholderKept, secretsOf, withoutSecrets } from './secret-versions';

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
 * are dropped (Terraform then plans to create them). Secrets are left out: the state holds none,
 * but the `${env:NAME}` placeholders a pass-through body holds (the body is the configuration's text).
 */
export function liveDocument(prior: JsonObject, live: LiveState): JsonObject {
  const select = new Map<KindName, { name: string; prior?: JsonObject }[]>();
  const priorBodies = new Map<string, JsonObject>();
  for (const { kind, name, body } of objectsOf(prior)) {
    const list = select.get(kind.name) ?? [];
    list.push({ name: name ?? kind.name, prior: body });
    select.set(kind.name, list);
    priorBodies.set(`${kind.name}\u0000${name ?? kind.name}`, body);
  }
  const doc = documentFromLive(
    live,
    select,
    ({ kind, name, segments }) => {
      const was = valueAt(priorBodies.get(`${kind.name}\u0000${name}`) ?? {}, segments);
      return isPlaceholderKept(kind, was) ? was : undefined;
    },
    kindsOf(prior),
  );
  if (prior.allow_archive_recreate !== undefined) doc.allow_archive_recreate = prior.allow_archive_recreate;
  return doc;
}

/**
 * Import: every field the model knows of the named objects (there is no configuration yet), and the
 * pointers of the secrets the appliance holds (their values never: the state holds none).
 */
export function importedDocument(
  live: LiveState,
  select: ReadonlyMap<KindName, readonly string[] | '*'>,
  kinds: KindSet,
): { doc: JsonObject; secrets: string[] } {
  const wanted = new Map(
    [...select].map(([k, v]) => [k, v === '*' ? ('*' as const) : v.map((name) => ({ name }))]),
  );
  const present = '\u0000present';
  // an empty one is no secret (a fresh appliance's disabled forwarder), as `sps export` has it
  const doc = documentFromLive(
    live,
    wanted,
    ({ value }) => (value === null || value === '' ? undefined : present),
    kinds,
  );
  const secrets = secretsOf(doc).map((s) => s.pointer);
  return { doc: { allow_archive_recreate: false, ...withoutSecrets(doc) }, secrets };
}

/**
 * A field the configuration leaves out is the engine's to keep (unless its default fills it), so it
 * is planned as the prior state has it, never as a removal: each object of `canonical` with the
 * prior's fields it does not declare (the prior's variant only where the object keeps it).
 * In sps_configuration a pass-through body is a JSON string, planned exactly as configured
 * (`passThrough: false`); in sps_document's one JSON value it is an object like any other.
 */
export function withUndeclaredFields(
  canonical: JsonObject,
  prior: JsonObject | undefined,
  opts: { passThrough?: boolean; declaredBefore?: DeclaredBefore } = {},
): JsonObject {
  if (!prior) return canonical;
  const out = structuredClone(canonical);
  for (const { kind, name, at, body } of objectsOf(out)) {
    if (!opts.passThrough && kind.open) continue;
    const before = valueAt(prior, at);
    if (!isJsonObject(before)) continue;
    // a field the last apply declared and this configuration drops goes back to the default: no value
    const shape = opts.declaredBefore?.(kind.name, name ?? kind.name);
    const released = shape ? releasedPaths(kind.schema, shape, body, before) : [];
    placeAt(out, at, withoutReleased(mergeForWrite(kind.schema, before, body) as JsonObject, released));
  }
  return out;
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
