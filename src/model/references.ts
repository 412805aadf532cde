/**
 * References, written once for every kind. A typed kind declares where its references sit
 * (`ReferenceDef` paths: names in a document, keys on the appliance); a pass-through body says it
 * itself, `{"$ref": "<endpoint>/<name>"}` (a typed target by its endpoint too), since its fields are
 * not modelled and a reference must never be confused with a literal. The engine, the provider and
 * export ask the kind (`referencesIn`, `withKeys`, `namesFor…`, `referenceTo`) and nothing else.
 */
import { isEndpoint, relativeEndpoint, typedKindAt } from './endpoints';
import { deepClone, isJsonObject, matchPath, setAt, toPointer, valueAt } from './paths';
import type {
  BodyReference,
  JsonObject,
  JsonValue,
  KindDef,
  KindName,
  NamesByKey,
  ReferenceDef,
} from './types';

/** What a kind answers about its references. */
export type ReferenceRules = Pick<
  KindDef,
  'referencesByKey' | 'referencesIn' | 'withKeys' | 'namesForComparison' | 'namesForExport' | 'referenceTo'
>;

/**
 * A typed kind's rules, from its declared reference paths. `resolve` gives a target's kind (passed in
 * by the model index, which owns the kind list). A reference to a write-once secret kind (an inline
 * private key) is the secret itself in a document, not a reference: the secret rules handle it.
 */
export function typedReferenceRules(
  references: readonly ReferenceDef[],
  resolve: (name: KindName) => KindDef,
): ReferenceRules {
  // resolved on first use: the target kinds are all defined by then
  let byNameRefs: readonly ReferenceDef[] | undefined;
  let namedRefs: readonly ReferenceDef[] | undefined;
  const byName = () => (byNameRefs ??= references.filter((r) => resolve(r.target).shape !== 'create-only'));
  const named = () => (namedRefs ??= byName().filter((r) => resolve(r.target).identity === 'name'));
  const rename = (body: JsonObject, namesByKey: NamesByKey): JsonObject => {
    for (const ref of named()) {
      const names = namesByKey.get(ref.target);
      for (const m of matchPath(body, ref.path))
        if (typeof m.value === 'string' && names?.has(m.value)) setAt(body, m.segments, names.get(m.value)!);
    }
    return body;
  };
  return {
    referencesByKey: false,
    referencesIn(body) {
      const out: BodyReference[] = [];
      for (const ref of byName())
        for (const m of matchPath(body, ref.path))
          if (typeof m.value === 'string')
            out.push({ target: ref.target, value: m.value, segments: m.segments });
      return out;
    },
    withKeys(body, keyOf) {
      for (const ref of named())
        for (const m of matchPath(body, ref.path)) {
          if (typeof m.value !== 'string') continue;
          const key = keyOf({ target: ref.target, value: m.value, segments: m.segments });
          if (key !== undefined) setAt(body, m.segments, key);
        }
      return body;
    },
    namesForComparison: (body, namesByKey) => (named().length ? rename(deepClone(body), namesByKey) : body),
    namesForExport: (live, namesByKey) => rename(deepClone(live.body), namesByKey),
    referenceTo(live, target, key) {
      for (const ref of references) {
        if (ref.target !== target.name) continue;
        for (const m of matchPath(live.body, ref.path)) if (m.value === key) return m.segments;
      }
      return undefined;
    },
  };
}

/** A pass-through kind's rules: its references are the `$ref`s of its body. */
export function passThroughReferenceRules(): ReferenceRules {
  const referencesIn = (body: JsonValue): BodyReference[] => {
    const out: BodyReference[] = [];
    for (const { ref, segments } of nameReferencesIn(body)) {
      const target = parseNameReference(ref);
      if (target) out.push({ target: target.target, value: target.name, segments });
    }
    return out;
  };
  return {
    referencesByKey: true,
    referencesIn,
    withKeys(body, keyOf) {
      for (const ref of referencesIn(body)) setAt(body, ref.segments, keyOf(ref) ?? ref.value);
      return body;
    },
    namesForComparison: (body, namesByKey, desired) =>
      referencesAsNames(desired, deepClone(body), namesByKey),
    // the server form: its `{key, meta: {href}}` say which endpoint a reference the document lacks is to
    namesForExport: (live, namesByKey, prior) =>
      referencesAsNames(prior, deepClone(live.serverBody), namesByKey),
    referenceTo: (live, target, key) => serverReferenceAt(live.serverBody, `${target.endpoint}/${key}`, []),
  };
}

/**
 * Live references in the desired `{"$ref": …}` form. Where `desired` has a `$ref`, the live key there
 * (bare or `{key, meta}`) is shown as that same `$ref` when it is the same object (by name, or by key
 * for a reference by key), else by the live object's name. Every other `{key, meta: {href}}` becomes a
 * `$ref` by the href's endpoint (export, refresh).
 */
function referencesAsNames(
  desired: JsonValue | undefined,
  live: JsonObject,
  namesByKey: NamesByKey,
): JsonObject {
  for (const { ref, segments } of desired === undefined ? [] : nameReferencesIn(desired)) {
    const target = parseNameReference(ref);
    const value = valueAt(live, segments);
    const key = typeof value === 'string' ? value : isServerReference(value) ? value.key : undefined;
    if (!target || key === undefined) continue;
    const name = namesByKey.get(target.target)?.get(key);
    const same = key === target.name || name === target.name;
    setAt(live, segments, { $ref: same ? ref : `${target.endpoint}/${name ?? key}` });
  }
  const walk = (v: JsonValue): JsonValue => {
    if (isServerReference(v)) {
      const target = parseNameReference(relativeEndpoint(v.meta.href));
      if (!target) return v;
      return { $ref: `${target.endpoint}/${namesByKey.get(target.target)?.get(v.key) ?? v.key}` };
    }
    if (Array.isArray(v)) return v.map(walk);
    if (isJsonObject(v) && !isNameReference(v))
      for (const k of Object.keys(v)) (v as JsonObject)[k] = walk(v[k]);
    return v;
  };
  return walk(live) as JsonObject;
}

function serverReferenceAt(v: JsonValue, href: string, at: string[]): string[] | undefined {
  if (isServerReference(v)) return v.meta.href === href ? at : undefined;
  const entries: [string, JsonValue][] = Array.isArray(v)
    ? v.map((x, i) => [String(i), x])
    : isJsonObject(v)
      ? Object.entries(v)
      : [];
  for (const [k, x] of entries) {
    const found = serverReferenceAt(x, href, [...at, k]);
    if (found) return found;
  }
  return undefined;
}

/** `{key, meta: {href}}` and nothing else: how SPS returns a reference. */
export function isServerReference(
  v: JsonValue | undefined,
): v is { key: string; meta: { href: string } } & JsonObject {
  return (
    isJsonObject(v) &&
    typeof v.key === 'string' &&
    isJsonObject(v.meta) &&
    typeof v.meta.href === 'string' &&
    Object.keys(v).length === 2
  );
}

/** A desired-side reference: `{"$ref": "<endpoint>/<name or key>"}`, the only key of its object. */
export function isNameReference(v: JsonValue | undefined): v is { $ref: string } {
  return isJsonObject(v) && typeof v.$ref === 'string' && Object.keys(v).length === 1;
}

/** `policies/audit_policies/pci` → the kind at `policies/audit_policies` and the name `pci`. */
export function parseNameReference(
  ref: string,
): { target: KindName; endpoint: string; name: string } | undefined {
  const cut = ref.lastIndexOf('/');
  if (cut <= 0 || cut === ref.length - 1) return undefined;
  const endpoint = ref.slice(0, cut);
  if (!isEndpoint(endpoint)) return undefined;
  return {
    target: (typedKindAt(endpoint)?.name ?? endpoint) as KindName,
    endpoint,
    name: ref.slice(cut + 1),
  };
}

/** Every `$ref` of a body, with where it sits. */
export function nameReferencesIn(body: JsonValue): { ref: string; segments: string[] }[] {
  const out: { ref: string; segments: string[] }[] = [];
  const walk = (v: JsonValue, at: string[]): void => {
    if (isNameReference(v)) out.push({ ref: v.$ref, segments: [...at] });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, String(i)]));
    else if (isJsonObject(v)) for (const [k, x] of Object.entries(v)) walk(x, [...at, k]);
  };
  walk(body, []);
  return out;
}

/**
 * A `$ref` must be `<endpoint>/<name>` and the only field of its object: anything else is a typo (or
 * meant as a reference), reported before any request rather than written as a literal.
 */
export function referenceIssues(body: JsonObject): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const walk = (v: JsonValue, where: string[]): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...where, String(i)]));
    if (!isJsonObject(v)) return;
    const path = toPointer(where);
    if (isNameReference(v)) {
      if (!parseNameReference(v.$ref))
        issues.push({
          path,
          message: `"$ref": "${v.$ref}" is not "<endpoint>/<name>" (e.g. "policies/audit_policies/pci")`,
        });
      return;
    }
    if ('$ref' in v) issues.push({ path, message: 'a "$ref" object must have no other fields' });
    for (const [k, x] of Object.entries(v)) walk(x, [...where, k]);
  };
  walk(body, []);
  return issues;
}
