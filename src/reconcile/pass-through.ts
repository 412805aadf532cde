/**
 * The `pass_through` part of a desired-state document: objects of endpoints the model has no kind
 * for, by endpoint, with the sensitive paths their declaration marks. Knows the layout; the engine
 * sees each endpoint as a kind of its own (model/pass-through.ts) from then on.
 */
import {
  isJsonObject,
  isNameReference,
  parseNameReference,
  passThroughKind,
  passThroughRefusal,
  pathFromPointer,
  toPointer,
  type BodyPath,
  type JsonObject,
  type JsonValue,
  type KindDef,
} from '../model';
import type { DocumentIssue } from './errors';

export const PASS_THROUGH = 'pass_through';

export interface PassThroughEntry {
  readonly endpoint: string;
  readonly kind: KindDef;
  /** Collections: bodies by name. */
  readonly objects?: JsonObject;
  readonly singleton?: JsonObject;
}

/**
 * The endpoints a raw document declares, their kinds registered with the declared shape and
 * sensitive paths. Declarations that cannot be used are reported (when `issues` is given) and left out.
 */
export function passThroughEntries(doc: JsonObject, issues?: DocumentIssue[]): PassThroughEntry[] {
  const section = doc[PASS_THROUGH];
  if (!isJsonObject(section)) return [];
  const out: PassThroughEntry[] = [];
  for (const [endpoint, spec] of Object.entries(section)) {
    if (!isJsonObject(spec)) continue; // the schema reports it
    const at = [PASS_THROUGH, endpoint];
    const refusal = passThroughRefusal(endpoint);
    if (refusal) {
      issues?.push({ path: toPointer(at), message: refusal });
      continue;
    }
    const hasObjects = isJsonObject(spec.objects);
    const hasSingleton = isJsonObject(spec.singleton);
    if (hasObjects === hasSingleton) {
      issues?.push({
        path: toPointer(at),
        message:
          'declare either "objects" (a collection, by name) or "singleton" (one body), not both or neither',
      });
      continue;
    }
    const sensitive: BodyPath[] = [];
    for (const pointer of Array.isArray(spec.sensitive_paths) ? spec.sensitive_paths : []) {
      const path = typeof pointer === 'string' ? pathFromPointer(pointer) : undefined;
      if (path) sensitive.push(path);
    }
    // a shape declared here replaces one probed or declared earlier in this process
    const kind = passThroughKind(endpoint, { shape: hasObjects ? 'collection' : 'singleton', sensitive });
    out.push({
      endpoint,
      kind,
      ...(hasObjects ? { objects: spec.objects as JsonObject } : { singleton: spec.singleton as JsonObject }),
    });
  }
  return out;
}

/**
 * A `$ref` must be `<endpoint>/<name>` and the only field of its object: anything else is a typo
 * (or meant as a reference), reported before any request rather than written as a literal.
 */
export function referenceIssues(at: readonly string[], body: JsonObject): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const walk = (v: JsonValue, where: string[]): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...where, String(i)]));
    if (!isJsonObject(v)) return;
    const path = toPointer([...at, ...where]);
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
