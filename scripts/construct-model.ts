/**
 * What the constructs need of the model, bundled by `npm run constructs:generate` into
 * constructs/gen/model.js (the constructs depend only on generated code): the model's own checks of
 * an object's body and its name, the address rule, the defaults, and the kind lists. Nothing here is
 * a rule of its own: every answer comes from src/model.
 */
import {
  MANAGED_KINDS,
  bandFieldsIn,
  compileValidator,
  mixedBandProblem,
  TYPED_KINDS,
  kindOf,
  matchPath,
  passThroughRefusal,
  pathFromPointer,
  relativeEndpoint,
  toPointer,
  type JsonObject,
  type KindName,
  type ValidationIssue,
  validateBody,
} from '../src/model';
import {
  desiredObjectSchema,
  isSecretPath,
  objectNameSchema,
  secretPaths,
} from '../src/model/desired-schema';
import { isHostName, isIpAddress } from '../src/model/schema';

export const COLLECTION_KINDS = MANAGED_KINDS.filter((k) => k.shape === 'collection').map((k) => k.name);
export const SINGLETON_KINDS = MANAGED_KINDS.filter((k) => k.shape !== 'collection').map((k) => k.name);

export interface Issue {
  /** JSON pointer inside the body (snake_case, as the document has it). */
  readonly path: string;
  readonly message: string;
  /** The field holds a secret: its value must never be shown. */
  readonly secret: boolean;
}

const validators = new Map<string, (v: unknown) => ValidationIssue[]>();
function validatorOf(kind: KindName): (v: unknown) => ValidationIssue[] {
  let v = validators.get(kind);
  if (!v) validators.set(kind, (v = compileValidator(desiredObjectSchema(kindOf(kind)))));
  return v;
}

const valueAt = (body: unknown, pointer: string): unknown =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (node, seg) => (node !== null && typeof node === 'object' ? (node as JsonObject)[seg] : undefined),
      body,
    );

/**
 * The model's problems with one object's body (desired form: references by name, no `name` for
 * collections). A problem at a value that is a token, or inside one, is left for plan time, when
 * Terraform knows the value.
 */
export function checkObject(kind: KindName, body: JsonObject, isToken: (v: unknown) => boolean): Issue[] {
  // a typed kind's schema (desired form) and what JSON Schema cannot say of it (unique SIEM target
  // names); a pass-through endpoint's confirmed fields only (its schema is open; its `$ref`s are
  // checked where the construct takes them: a body here may hold tokens, which are not JSON)
  const def = TYPED_KINDS.of(kind);
  const found: { path: string; message: string }[] = def.open
    ? validateBody(def, body)
    : [...validatorOf(kind)(body), ...def.ownIssues(body)];
  // one object is written for one firmware band
  const mixed = mixedBandProblem(bandFieldsIn(def, body), []);
  if (mixed) found.push(mixed);
  return found
    .filter((issue) => {
      const segments = issue.path.split('/');
      for (let n = segments.length; n >= 1; n--)
        if (isToken(valueAt(body, segments.slice(0, n).join('/')))) return false;
      return true;
    })
    .map((issue) => ({ ...issue, secret: isSecretPath(def, pointerSegments(issue.path)) }));
}

const pointerSegments = (pointer: string): string[] =>
  pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

const nameValidators = new Map<string, (v: unknown) => ValidationIssue[]>();
/** The model's problem with an object name, if any. */
export function checkName(kind: KindName, name: string): string | undefined {
  let v = nameValidators.get(kind);
  if (!v) nameValidators.set(kind, (v = compileValidator(objectNameSchema(kindOf(kind)))));
  return v(name)[0]?.message;
}

/**
 * JSON pointers of a typed kind's secret fields ("*" for every list item), an inline secret reference
 * (an rsync `auth_key`) included: where a document Terraform keeps as text holds `${env:NAME}`.
 */
export function secretPointers(kind: KindName): string[] {
  return secretPaths(kindOf(kind)).map((path) => toPointer(path));
}

/** `{selection, value}` of an address written as text: ip for IP literals, fqdn for host names. */
export function addressOf(value: string): { selection: 'ip' | 'fqdn'; value: string; valid: boolean } {
  if (isIpAddress(value)) return { selection: 'ip', value, valid: true };
  return { selection: 'fqdn', value, valid: isHostName(value) };
}

/** The model's default for a field of a kind's body (`['port']` of the Splunk forwarder: 8088). */
export function defaultOf(kind: KindName, path: readonly string[]): unknown {
  let schema: Record<string, unknown> | undefined = kindOf(kind).schema;
  for (const seg of path)
    schema = (schema?.properties as Record<string, Record<string, unknown>> | undefined)?.[seg];
  return schema?.default === undefined ? undefined : structuredClone(schema.default);
}

/** A typed kind's endpoint relative to /api/configuration (what a pass-through `$ref` names it by). */
export function endpointOf(kind: KindName): string {
  return relativeEndpoint(kindOf(kind).endpoint);
}

/** Why an endpoint cannot hold pass-through objects (typed, read-only, malformed), or undefined. */
export function passThroughProblem(endpoint: string): string | undefined {
  return passThroughRefusal(endpoint);
}

/**
 * The values a pass-through body holds at its sensitive paths (JSON pointers, "*" for every list
 * item), each with its concrete pointer, matched as the engine matches them: these are the values it
 * masks, fingerprints and fills from `${env:NAME}` placeholders. A malformed pointer matches nothing.
 */
export function valuesAtPaths(
  body: JsonObject,
  pointers: readonly string[],
): { pointer: string; value: unknown }[] {
  const out: { pointer: string; value: unknown }[] = [];
  for (const pointer of pointers) {
    const path = pathFromPointer(pointer);
    if (path)
      for (const m of matchPath(body, path)) out.push({ pointer: toPointer(m.segments), value: m.value });
  }
  return out;
}
