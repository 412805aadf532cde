/**
 * Terraform values ⇄ desired-state documents. The document drops nulls (absent = unset), Terraform
 * objects carry every attribute (null when unset). Unknown values are left out of the document and
 * returned beside it as JSON pointers, so the model's defaults can be filled around them during
 * planning and the unknowns put back afterwards.
 */
import { fromTerraformForm, toTerraformForm, type JsonObject, type JsonValue } from '../../model';
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
const NOT_DOCUMENT = new Set(['id', 'keys', 'secret_versions', 'secrets']);

/** The document a Terraform value stands for; where it is not known yet, `unknowns` gets the pointer. */
export function tfToDocument(value: TfValue, schema: Schema, unknowns: string[] = []): JsonObject {
  return fromTerraformForm(tfToTerraformForm(value, schema, unknowns));
}

/** As tfToDocument, pass-through bodies left as the JSON strings Terraform holds. */
function tfToTerraformForm(value: TfValue, schema: Schema, unknowns: string[] = []): JsonObject {
  const out: JsonObject = {};
  if (!isObjectValue(value)) return out;
  for (const name of Object.keys(schema.block.attributes ?? {})) {
    if (NOT_DOCUMENT.has(name)) continue;
    const v = toJson(value[name], `/${escape(name)}`, unknowns);
    if (v !== undefined) out[name] = v;
  }
  return out;
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

/**
 * Document → Terraform object with every attribute of the schema present (`computed` gives the
 * attributes that are not part of the document; write-only ones stay null).
 */
export function documentToTf(
  doc: JsonObject,
  schema: Schema,
  computed: Readonly<Record<string, TfValue>>,
  /** The Terraform value whose JSON strings to keep where they stand for the same body. */
  same?: TfValue,
): TfValue {
  const form = toTerraformForm(doc, same === undefined ? undefined : tfToTerraformForm(same, schema));
  const out: { [k: string]: TfValue } = {};
  for (const [name, attr] of Object.entries(schema.block.attributes ?? {}))
    out[name] = name in computed ? computed[name] : fromJson(form[name], attributeType(attr, name));
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

/** Whether the attribute a document pointer ends at is write-only (never planned, not even as unknown). */
export function isWriteOnlyAt(pointer: string, schema: Schema): boolean {
  let attrs: Readonly<Record<string, Attribute>> | undefined = schema.block.attributes;
  let nesting: string | undefined;
  let found: Attribute | undefined;
  for (const seg of pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (nesting === 'map' || nesting === 'list') {
      nesting = undefined; // the element key or index
      continue;
    }
    found = attrs?.[seg];
    if (!found) return false;
    if (found.writeOnly) return true;
    attrs = found.nestedType?.attributes;
    nesting = found.nestedType?.nesting === 'single' ? undefined : found.nestedType?.nesting;
  }
  return false;
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
