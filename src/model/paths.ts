import type { BodyPath, JsonObject, JsonValue } from './types';

/** One concrete location matched by a (possibly wildcarded) body path. */
export interface PathMatch {
  /** Concrete segments, array indexes as strings: `['targets', '0', 'protocol']`. */
  readonly segments: readonly string[];
  readonly value: JsonValue;
}

/** A JSON object (not an array, not null). */
export const isJsonObject = (v: JsonValue | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isObject = isJsonObject;

/** Every present value at `path` (absent branches are skipped, `'*'` fans out over arrays). */
export function matchPath(body: JsonValue, path: BodyPath): PathMatch[] {
  const out: PathMatch[] = [];
  collectMatches(body, path, 0, [], out);
  return out;
}

// Top-level recursion rather than a closure per call: these run for every object of a plan, and
// the TypeScript loader gives every named closure a runtime name (a defineProperty each time).
function collectMatches(node: JsonValue, path: BodyPath, i: number, at: string[], out: PathMatch[]): void {
  if (i === path.length) {
    out.push({ segments: at, value: node });
    return;
  }
  const seg = path[i];
  if (seg === '*') {
    if (Array.isArray(node))
      for (let n = 0; n < node.length; n++) collectMatches(node[n], path, i + 1, [...at, String(n)], out);
    return;
  }
  if (isObject(node) && seg in node) collectMatches(node[seg], path, i + 1, [...at, seg], out);
}

/** Returns a copy of `body` where every present value at `path` is replaced by `fn(value)`. */
export function mapPath(body: JsonObject, path: BodyPath, fn: (v: JsonValue) => JsonValue): JsonObject {
  return mapAt(body, path, 0, fn) as JsonObject;
}

function mapAt(node: JsonValue, path: BodyPath, i: number, fn: (v: JsonValue) => JsonValue): JsonValue {
  if (i === path.length) return fn(node);
  const seg = path[i];
  if (seg === '*') return Array.isArray(node) ? node.map((c) => mapAt(c, path, i + 1, fn)) : node;
  if (!isObject(node) || !(seg in node)) return node;
  return { ...node, [seg]: mapAt(node[seg], path, i + 1, fn) };
}

/** JSON pointer (RFC 6901) for concrete segments: what validation errors and plans print. */
export function toPointer(segments: readonly string[]): string {
  return segments.map((s) => '/' + s.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** True when concrete `segments` fall under the wildcarded `path` (or inside it). */
export function isUnder(segments: readonly string[], path: BodyPath): boolean {
  if (segments.length < path.length) return false;
  return path.every((p, i) => p === '*' || p === segments[i]);
}

/**
 * A copy of a JSON value. Bodies are small, plain and copied once per object per plan, so a plain
 * recursive copy beats `structuredClone` (which serializes) several times over.
 */
export function deepClone<T extends JsonValue>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(deepClone) as T;
  const out: JsonObject = {};
  for (const k in v) out[k] = deepClone(v[k]);
  return out as T;
}

/** Structural equality of JSON values; object key order is irrelevant, array order matters. */
export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (typeof a !== 'object' || typeof b !== 'object' || Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => k in b && jsonEqual(a[k], b[k]));
}

/** The value at concrete segments (array indexes as strings), or undefined when any step is absent. */
export function valueAt(body: JsonValue, segments: readonly string[]): JsonValue | undefined {
  let node: JsonValue | undefined = body;
  for (const s of segments) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Array.isArray(node) ? node[Number(s)] : node[s];
  }
  return node;
}

/** Sets the value at concrete segments in place; every step but the last must exist. */
export function setAt(body: JsonObject, segments: readonly string[], value: JsonValue): void {
  let node: JsonValue = body;
  for (const s of segments.slice(0, -1))
    node = Array.isArray(node) ? node[Number(s)] : (node as JsonObject)[s];
  const last = segments[segments.length - 1];
  if (Array.isArray(node)) node[Number(last)] = value;
  else (node as JsonObject)[last] = value;
}
