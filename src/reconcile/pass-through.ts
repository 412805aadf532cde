/**
 * The `pass_through` part of a desired-state document: objects of endpoints the model has no kind
 * for, by endpoint, with the sensitive paths their declaration marks. Knows the layout; the engine
 * sees each endpoint as a kind of its own (model/pass-through.ts), in the document's KindSet.
 */
import {
  isJsonObject,
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
 * The endpoints a raw document declares, each with its kind built from the declared shape and
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
    const kind = passThroughKind(endpoint, { shape: hasObjects ? 'collection' : 'singleton', sensitive });
    out.push({
      endpoint,
      kind,
      ...(hasObjects ? { objects: spec.objects as JsonObject } : { singleton: spec.singleton as JsonObject }),
    });
  }
  return out;
}
