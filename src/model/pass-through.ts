/**
 * Pass-through kinds: any `/api/configuration/...` collection or singleton the model has no kind for
 * (connection, channel, time, usermapping policies, LDAP servers, …), declared by endpoint with a
 * partial JSON body. The model knows nothing of their fields, so nothing is invented: the schema is
 * open, every field written is managed and every other field is kept by the same read-modify-write
 * as for typed kinds.
 *
 * A pass-through kind is named by its endpoint relative to `/api/configuration` (`ssh/connections`).
 * References are explicit, so they cannot be confused with a literal value:
 * `{"$ref": "<endpoint>/<name>"}` (a typed target by its endpoint too: `policies/audit_policies/pci`),
 * resolved to the target's key at apply time; the last segment may also be a key (built-ins, `-200`).
 */
import { defineKind } from './define';
import { isJsonObject } from './paths';
import { KNOWN_PASS_THROUGH } from './kinds/connection-policies';
import type { BodyPath, JsonObject, JsonValue, KindDef, KindName, KindShape } from './types';

export const CONFIGURATION_ROOT = '/api/configuration';

/** The document section pass-through objects are declared in. */
export const PASS_THROUGH_SECTION = 'pass_through';

/**
 * Endpoints the documentation says are read-only on the REST API (S-VNCCONN: "The connection
 * policies of this protocol are available in READ-ONLY mode"). Telnet, ICA, HTTP and MSSQL connection
 * policies are only *probably* read-only (sps-api-more.md §1.1, [I]/[GAP]): they are not refused here;
 * the appliance answers for them.
 */
export const READ_ONLY_ENDPOINTS: ReadonlyMap<string, string> = new Map([
  ['vnc/connections', 'VNC connection policies are read-only on the SPS REST API; change them in the web UI'],
]);

const ENDPOINT = /^[a-z0-9_]+(\/[a-z0-9_@-]+)+$/;

/** Typed kinds by their relative endpoint, so a pass-through declaration never shadows one. */
let typedByEndpoint: ReadonlyMap<string, KindDef> | undefined;
const registry = new Map<string, KindDef>();

/** Called once by the model index with the typed kinds (avoids an import cycle). */
export function registerTypedKinds(kinds: readonly KindDef[]): void {
  typedByEndpoint = new Map(kinds.map((k) => [relativeEndpoint(k.endpoint), k]));
}

export function relativeEndpoint(absolute: string): string {
  return absolute.startsWith(CONFIGURATION_ROOT + '/')
    ? absolute.slice(CONFIGURATION_ROOT.length + 1)
    : absolute;
}

export function isPassThroughName(name: string): boolean {
  return name.includes('/');
}

/**
 * The name a kind goes by now: an endpoint a typed kind has since come to cover (`policies/time_policies`
 * → `time_policies`) maps to that kind, so what a state recorded as owned under the endpoint stays
 * owned by the typed kind (and is updated, never deleted and re-created); any other name as it is.
 */
export function currentKindName(name: string): KindName {
  return (isPassThroughName(name) ? typedByEndpoint?.get(name)?.name : undefined) ?? (name as KindName);
}

/** Why an endpoint cannot be declared as pass-through, or undefined when it can. */
export function passThroughRefusal(endpoint: string): string | undefined {
  if (!ENDPOINT.test(endpoint))
    return `"${endpoint}" is not a configuration endpoint relative to ${CONFIGURATION_ROOT} (e.g. "ssh/connections")`;
  const typed = typedByEndpoint?.get(endpoint);
  if (typed) return `"${endpoint}" is modelled: declare it as "${typed.name}" instead`;
  return READ_ONLY_ENDPOINTS.get(endpoint);
}

/**
 * The kind for a pass-through endpoint, created on first use. Sensitive paths only ever widen (a
 * path marked secret by one declaration stays masked for the whole process).
 */
export function passThroughKind(
  endpoint: string,
  opts: { shape?: 'collection' | 'singleton'; sensitive?: readonly BodyPath[] } = {},
): KindDef {
  const existing = registry.get(endpoint);
  const shape: KindShape = opts.shape ?? existing?.shape ?? 'collection';
  const sensitive = [...(existing?.sensitive ?? [])];
  for (const p of opts.sensitive ?? [])
    if (!sensitive.some((s) => s.join('/') === p.join('/'))) sensitive.push(p);
  if (existing && existing.shape === shape && existing.sensitive.length === sensitive.length) return existing;
  const kind = definePassThrough(endpoint, shape, sensitive);
  registry.set(endpoint, kind);
  return kind;
}

export function registeredPassThrough(endpoint: string): KindDef | undefined {
  return registry.get(endpoint);
}

function definePassThrough(endpoint: string, shape: KindShape, sensitive: BodyPath[]): KindDef {
  const known = KNOWN_PASS_THROUGH.get(endpoint);
  const base = defineKind({
    name: endpoint as KindName,
    title: known?.title ?? `${endpoint} object`,
    description: known
      ? `${known.title} (${CONFIGURATION_ROOT}/${endpoint}): the confirmed common fields are checked, every other field is passed through.`
      : `Pass-through object of ${CONFIGURATION_ROOT}/${endpoint} (fields not modelled).`,
    endpoint: `${CONFIGURATION_ROOT}/${endpoint}`,
    shape,
    identity: shape === 'collection' ? 'name' : null,
    managed: true,
    // open: only the confirmed fields of a known endpoint are checked, nothing is refused as unknown
    schema: known?.schema ?? { type: 'object' },
    sensitive,
    references: [],
    documentAt: (name) =>
      shape === 'collection' && name !== undefined
        ? [PASS_THROUGH_SECTION, endpoint, 'objects', name]
        : [PASS_THROUGH_SECTION, endpoint, 'singleton'],
  });
  // the appliance's `{key, meta: {href}}` read form of any reference becomes its write form, the key
  const writtenForm = (body: JsonObject): JsonObject => unwrapReferences(body) as JsonObject;
  return { ...base, writtenForm, fromServer: writtenForm, canonicalize: (b) => structuredClone(b) };
}

function unwrapReferences(v: JsonValue): JsonValue {
  if (Array.isArray(v)) return v.map(unwrapReferences);
  if (!isJsonObject(v)) return v;
  if (isServerReference(v)) return v.key;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) out[k] = unwrapReferences(x);
  return out;
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
  if (!ENDPOINT.test(endpoint)) return undefined;
  const typed = typedByEndpoint?.get(endpoint);
  return { target: (typed?.name ?? endpoint) as KindName, endpoint, name: ref.slice(cut + 1) };
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

/** `/a/*\/b` (a JSON pointer, `*` for every array element) → body path segments. */
export function pathFromPointer(pointer: string): BodyPath | undefined {
  if (!pointer.startsWith('/') || pointer.length < 2) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
