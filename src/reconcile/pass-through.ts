/**
 * The `pass_through` part of a desired-state document: objects of endpoints the model has no kind
 * for, by endpoint, with the sensitive paths their declaration marks. Knows the layout; the engine
 * sees each endpoint as a kind of its own (model/pass-through.ts) from then on.
 */
import {
  isJsonObject,
  isNameReference,
  nameReferencesIn,
  parseNameReference,
  passThroughKind,
  passThroughRefusal,
  pathFromPointer,
  toPointer,
  type BodyPath,
  type JsonObject,
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
    let kind: KindDef;
    try {
      kind = passThroughKind(endpoint, { shape: hasObjects ? 'collection' : 'singleton', sensitive });
    } catch (err) {
      issues?.push({ path: toPointer(at), message: (err as Error).message });
      continue;
    }
    if (kind.shape !== (hasObjects ? 'collection' : 'singleton')) {
      issues?.push({ path: toPointer(at), message: `declared as a ${kind.shape} elsewhere in this run` });
      continue;
    }
    out.push({
      endpoint,
      kind,
      ...(hasObjects ? { objects: spec.objects as JsonObject } : { singleton: spec.singleton as JsonObject }),
    });
  }
  return out;
}

/** Where an object of a pass-through endpoint sits in a document. */
export function passThroughAt(endpoint: string, name?: string): string[] {
  return name === undefined
    ? [PASS_THROUGH, endpoint, 'singleton']
    : [PASS_THROUGH, endpoint, 'objects', name];
}

/** A `$ref` must be `<endpoint>/<name>`: anything else is a typo, reported before any request. */
export function referenceIssues(at: readonly string[], body: JsonObject): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  for (const { ref, segments } of nameReferencesIn(body)) {
    if (!parseNameReference(ref))
      issues.push({
        path: toPointer([...at, ...segments]),
        message: `"$ref": "${ref}" is not "<endpoint>/<name>" (e.g. "policies/audit_policies/pci")`,
      });
  }
  // a "$ref" with siblings is most likely meant as one: say so rather than write it as a literal
  const walk = (v: unknown, where: string[]): void => {
    if (!isJsonObject(v as JsonObject)) {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...where, String(i)]));
      return;
    }
    const o = v as JsonObject;
    if ('$ref' in o && !isNameReference(o))
      issues.push({
        path: toPointer([...at, ...where]),
        message: 'a "$ref" object must have no other fields',
      });
    for (const [k, x] of Object.entries(o)) walk(x, [...where, k]);
  };
  walk(body, []);
  return issues;
}

/** Writes one pass-through object into a document being built. */
export function putPassThrough(doc: JsonObject, kind: KindDef, name: string, body: JsonObject): void {
  const section = (doc[PASS_THROUGH] ??= {}) as JsonObject;
  const endpoint = kind.name;
  const entry = (section[endpoint] ??= {}) as JsonObject;
  if (kind.sensitive.length && !entry.sensitive_paths)
    entry.sensitive_paths = kind.sensitive.map((p) => toPointer(p as string[]));
  if (kind.shape === 'collection') ((entry.objects ??= {}) as JsonObject)[name] = body;
  else entry.singleton = body;
}
