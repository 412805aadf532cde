/**
 * Terraform values ⇄ desired-state documents. The document drops nulls (absent = unset), Terraform
 * objects carry every attribute (null when unset). Unknown values are left out of the document and
 * returned beside it as JSON pointers, so the model's defaults can be filled around them during
 * planning and the unknowns put back afterwards.
 */
import { isJsonObject, jsonEqual, type JsonObject, type JsonValue } from '../../model';
import {
  AttributePath,
  UNKNOWN,
  Unknown,
  attributeType,
  isObjectValue,
  type Attribute,
  type Schema,
  type TfType,
  type TfValue,
} from '../tf';

/** Attributes of the resource that are not part of the desired document. */
const NOT_DOCUMENT = new Set(['id', 'keys']);

/** The document a Terraform value stands for; where it is not known yet, `unknowns` gets the pointer. */
export function tfToDocument(value: TfValue, schema: Schema, unknowns: string[] = []): JsonObject {
  const out: JsonObject = {};
  if (!isObjectValue(value)) return out;
  for (const name of Object.keys(schema.block.attributes ?? {})) {
    if (NOT_DOCUMENT.has(name)) continue;
    const v = toJson(value[name], `/${escape(name)}`, unknowns);
    if (v !== undefined) out[name] = name === PASS_THROUGH ? mapBodies(v, decodeBody) : v;
  }
  return out;
}

/**
 * pass_through bodies are JSON strings in Terraform (jsonencode: a body of any shape, which a
 * Terraform object type cannot hold, and Terraform renders a changed JSON string field by field).
 * A string that is not JSON stays a string: the document check then names it ("must be object").
 */
const PASS_THROUGH = 'pass_through';

function decodeBody(v: JsonValue): JsonValue {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as JsonValue;
  } catch {
    return v;
  }
}

function mapBodies(section: JsonValue, fn: (body: JsonValue, at: string[]) => JsonValue): JsonValue {
  if (!isJsonObject(section)) return section;
  const out: JsonObject = {};
  for (const [endpoint, spec] of Object.entries(section)) {
    if (!isJsonObject(spec)) continue;
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

/**
 * Bodies back to JSON strings: the string `same` holds (the configuration's, the prior state's)
 * where it stands for the same body, so formatting never shows as a change; else jsonencode's form.
 */
function encodeBodies(section: JsonValue | undefined, same: TfValue | undefined): JsonValue | undefined {
  if (section === undefined) return undefined;
  return mapBodies(section, (body, at) => {
    let was: TfValue | undefined = same;
    for (const seg of at)
      was =
        was !== null && typeof was === 'object' && !Array.isArray(was) && !(was instanceof Unknown)
          ? (was as { [k: string]: TfValue })[seg]
          : undefined;
    if (typeof was === 'string' && jsonEqual(decodeBody(was), body)) return was;
    return jsonEncode(body);
  });
}

/** Terraform's jsonencode: keys sorted, no spaces, <, > and & escaped. */
function jsonEncode(v: JsonValue): string {
  const sorted = (x: JsonValue): JsonValue =>
    Array.isArray(x)
      ? x.map(sorted)
      : isJsonObject(x)
        ? Object.fromEntries(
            Object.keys(x)
              .sort()
              .map((k) => [k, sorted(x[k])]),
          )
        : x;
  return JSON.stringify(sorted(v))
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function toJson(v: TfValue | undefined, at: string, unknowns: string[]): JsonValue | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof Unknown) {
    unknowns.push(at);
    return undefined;
  }
  if (Array.isArray(v)) return v.map((x, i) => toJson(x, `${at}/${i}`, unknowns) ?? null);
  if (typeof v === 'object') {
    const o: JsonObject = {};
    for (const [k, x] of Object.entries(v)) {
      const j = toJson(x, `${at}/${escape(k)}`, unknowns);
      if (j !== undefined) o[k] = j;
    }
    return o;
  }
  return v;
}

const escape = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Puts the unknowns back into a Terraform value built from a document (the pointers tfToDocument gave). */
export function withUnknowns(value: TfValue, unknowns: readonly string[]): TfValue {
  for (const pointer of unknowns) {
    const segments = pointer
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node = value as { [k: string]: TfValue } | TfValue[];
    for (const seg of segments.slice(0, -1)) {
      const next = Array.isArray(node) ? node[Number(seg)] : node[seg];
      if (next === null || typeof next !== 'object' || next instanceof Unknown) break;
      node = next as { [k: string]: TfValue };
    }
    const last = segments[segments.length - 1];
    if (Array.isArray(node)) node[Number(last)] = UNKNOWN;
    else if (node && typeof node === 'object') node[last] = UNKNOWN;
  }
  return value;
}

/** Document → Terraform object with every attribute of the schema present. */
export function documentToTf(
  doc: JsonObject,
  schema: Schema,
  computed: { id: TfValue; keys: TfValue },
  /** The Terraform value whose JSON strings to keep where they stand for the same body. */
  same?: TfValue,
): TfValue {
  const out: { [k: string]: TfValue } = {};
  for (const [name, attr] of Object.entries(schema.block.attributes ?? {})) {
    if (name === 'id') out[name] = computed.id;
    else if (name === 'keys') out[name] = computed.keys;
    else if (name === PASS_THROUGH)
      out[name] = fromJson(
        encodeBodies(doc[name], isObjectValue(same) ? same[name] : undefined),
        attributeType(attr, name),
      );
    else out[name] = fromJson(doc[name], attributeType(attr, name));
  }
  return out;
}

export function fromJson(v: JsonValue | undefined, type: TfType): TfValue {
  if (v === undefined || v === null) return null;
  switch (type.kind) {
    case 'object': {
      const o: { [k: string]: TfValue } = {};
      const src = (typeof v === 'object' && !Array.isArray(v) ? v : {}) as JsonObject;
      for (const [k, t] of Object.entries(type.attributes)) o[k] = fromJson(src[k], t);
      return o;
    }
    case 'map': {
      const o: { [k: string]: TfValue } = {};
      for (const [k, x] of Object.entries(v as JsonObject)) o[k] = fromJson(x, type.element);
      return o;
    }
    case 'list':
    case 'set':
      return (v as JsonValue[]).map((x) => fromJson(x, type.element));
    default:
      return v as TfValue;
  }
}

/** `/backup_policies/nightly/target/server/value` → Terraform's attribute path for diagnostics. */
export function pointerToPath(pointer: string, schema: Schema): AttributePath {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let path = new AttributePath();
  let attrs: Readonly<Record<string, Attribute>> | undefined = schema.block.attributes;
  let type: TfType | undefined;
  for (const seg of segments) {
    if (type && (type.kind === 'map' || type.kind === 'list' || type.kind === 'set')) {
      path = type.kind === 'map' ? path.key(seg) : path.index(Number(seg));
      type = type.element;
      continue;
    }
    if (type && type.kind === 'object') {
      if (!(seg in type.attributes)) break;
      path = path.attribute(seg);
      type = type.attributes[seg];
      continue;
    }
    const attr = attrs?.[seg];
    if (!attr) break;
    path = path.attribute(seg);
    type = attributeType(attr, seg);
    attrs = undefined;
  }
  return path;
}
