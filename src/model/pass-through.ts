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
import { CONFIGURATION_ROOT, isEndpoint, typedKindAt } from './endpoints';
import { KNOWN_PASS_THROUGH } from './kinds/connection-policies';
import { isJsonObject } from './paths';
import { isServerReference, passThroughReferenceRules, referenceIssues } from './references';
import { validateBody } from './validate';
import type { BodyPath, JsonObject, JsonValue, KindDef, KindName, KindShape } from './types';

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

export function isPassThroughName(name: string): boolean {
  return name.includes('/');
}

/**
 * The name a kind goes by now: an endpoint a typed kind has since come to cover (`policies/time_policies`
 * → `time_policies`) maps to that kind, so what a state recorded as owned under the endpoint stays
 * owned by the typed kind (and is updated, never deleted and re-created); any other name as it is.
 */
export function currentKindName(name: string): KindName {
  return (isPassThroughName(name) ? typedKindAt(name)?.name : undefined) ?? (name as KindName);
}

/** Why an endpoint cannot be declared as pass-through, or undefined when it can. */
export function passThroughRefusal(endpoint: string): string | undefined {
  if (!isEndpoint(endpoint))
    return `"${endpoint}" is not a configuration endpoint relative to ${CONFIGURATION_ROOT} (e.g. "ssh/connections")`;
  const typed = typedKindAt(endpoint);
  if (typed) return `"${endpoint}" is modelled: declare it as "${typed.name}" instead`;
  return READ_ONLY_ENDPOINTS.get(endpoint);
}

/** Built kinds, by endpoint, shape and sensitive paths: a pure cache (equal arguments, the same kind). */
const built = new Map<string, KindDef>();

/**
 * The kind of a pass-through endpoint, as a document declares it (or a probe finds it): its shape
 * (a collection unless said otherwise) and the paths it marks secret. A function of its arguments
 * alone: nothing is remembered between documents.
 */
export function passThroughKind(
  endpoint: string,
  opts: { shape?: 'collection' | 'singleton'; sensitive?: readonly BodyPath[] } = {},
): KindDef {
  const shape: KindShape = opts.shape ?? 'collection';
  const sensitive: BodyPath[] = [];
  for (const p of opts.sensitive ?? [])
    if (!sensitive.some((s) => s.join('/') === p.join('/'))) sensitive.push(p);
  const id = JSON.stringify([endpoint, shape, sensitive.map((p) => p.join('/')).sort()]);
  let kind = built.get(id);
  if (!kind) built.set(id, (kind = definePassThrough(endpoint, shape, sensitive)));
  return kind;
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
  const kind: KindDef = {
    ...base,
    open: true,
    ...passThroughReferenceRules(),
    // the `$ref` syntax, and the confirmed fields of a known endpoint (connection policies)
    ownIssues: (body) => [...referenceIssues(body), ...(known ? validateBody(kind, body) : [])],
    writtenForm,
    fromServer: writtenForm,
    canonicalize: (b) => structuredClone(b),
  };
  return kind;
}

function unwrapReferences(v: JsonValue): JsonValue {
  if (Array.isArray(v)) return v.map(unwrapReferences);
  if (!isJsonObject(v)) return v;
  if (isServerReference(v)) return v.key;
  const out: JsonObject = {};
  for (const [k, x] of Object.entries(v)) out[k] = unwrapReferences(x);
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
