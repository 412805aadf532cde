/**
 * The Terraform form of a desired document: the document itself, except that each pass-through body
 * (a body of any shape, which a Terraform object type cannot hold) is a JSON string, as
 * `jsonencode()` writes it — Terraform's renderer then diffs a changed body field by field. One codec
 * for everyone who meets that form: the provider (its configuration, plan and state values) and the
 * CLI reading cdktf synth output.
 */
import { isJsonObject, jsonEqual } from './paths';
import type { JsonObject, JsonValue } from './types';

const PASS_THROUGH = 'pass_through';

/** Terraform form → document: every pass-through body decoded (a string that is not JSON stays a string, and the document check names it). */
export function fromTerraformForm(doc: JsonObject): JsonObject {
  if (doc[PASS_THROUGH] === undefined) return doc;
  return { ...doc, [PASS_THROUGH]: mapBodies(doc[PASS_THROUGH], decodeBody) };
}

/**
 * Document → Terraform form. Where `same` (a configuration or state in Terraform form) holds a string
 * for the same body, that string is kept, so formatting never shows as a change.
 */
export function toTerraformForm(doc: JsonObject, same?: JsonValue): JsonObject {
  if (doc[PASS_THROUGH] === undefined) return doc;
  const sameSection = isJsonObject(same) ? same[PASS_THROUGH] : undefined;
  return {
    ...doc,
    [PASS_THROUGH]: mapBodies(doc[PASS_THROUGH], (body, at) => {
      const was = valueIn(sameSection, at);
      return typeof was === 'string' && jsonEqual(decodeBody(was), body) ? was : jsonEncode(body);
    }),
  };
}

function decodeBody(v: JsonValue): JsonValue {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as JsonValue;
  } catch {
    return v;
  }
}

/** Applies `fn` to each body of a pass_through section (`singleton`, or each of `objects`). */
function mapBodies(section: JsonValue, fn: (body: JsonValue, at: string[]) => JsonValue): JsonValue {
  if (!isJsonObject(section)) return section;
  const out: JsonObject = {};
  for (const [endpoint, spec] of Object.entries(section)) {
    if (!isJsonObject(spec)) {
      out[endpoint] = spec;
      continue;
    }
    const entry: JsonObject = { ...spec };
    if (spec.singleton !== undefined && spec.singleton !== null)
      entry.singleton = fn(spec.singleton, [endpoint, 'singleton']);
    if (isJsonObject(spec.objects))
      entry.objects = Object.fromEntries(
        Object.entries(spec.objects).map(([name, b]) => [name, fn(b, [endpoint, 'objects', name])]),
      );
    out[endpoint] = entry;
  }
  return out;
}

function valueIn(v: JsonValue | undefined, at: readonly string[]): JsonValue | undefined {
  for (const seg of at) v = isJsonObject(v) ? v[seg] : undefined;
  return v;
}

/** Terraform's jsonencode: keys sorted, no spaces, <, > and & escaped. */
export function jsonEncode(v: JsonValue): string {
  return JSON.stringify(sortedKeys(v))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The same value with every object's keys sorted (a stable serialization: lists keep their order). */
export function sortedKeys(v: JsonValue): JsonValue {
  if (Array.isArray(v)) return v.map(sortedKeys);
  if (!isJsonObject(v)) return v;
  const out: JsonObject = {};
  for (const k of Object.keys(v).sort()) out[k] = sortedKeys(v[k]);
  return out;
}
