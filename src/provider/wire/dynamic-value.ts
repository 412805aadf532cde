/**
 * DynamicValue codec: Terraform data as msgpack (what Terraform sends and what we always reply
 * with) or JSON (accepted on input as the protocol's fallback), interpreted with a cty type.
 * Facts from hashicorp/terraform docs/plugin-protocol/object-wire-format.md and go-cty's msgpack
 * package:
 * - every object attribute is present; null is msgpack nil;
 * - numbers are int, float64, or a decimal string when neither holds them exactly;
 * - `dynamic` is a 2-element array [JSON type as bin, value] (JSON: {"value","type"});
 * - ANY msgpack extension is an unknown value. Code 12 with a payload carries refinements
 *   (a map keyed 1 nullness, 2 string prefix, 3/4 number bounds, 5/6 length bounds); we write a
 *   plain unknown as ext 0 `d4 00 00`, and use ext 12 only when there is a refinement to say.
 */
import { decode, encode, ExtData } from '@msgpack/msgpack';
import { TfValueError } from '../tf/errors';
import { typeFromJson, typeToJson, type TfType } from '../tf/types';
import { isObjectValue, Unknown, type Refinements, type TfValue } from '../tf/value';
import type { DynamicValue } from './messages';

const UNKNOWN_EXT = 0;
const REFINED_UNKNOWN_EXT = 12;
const DECIMAL = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** Decodes a DynamicValue; an empty one (neither encoding set) is null. */
export function fromDynamicValue(dv: DynamicValue | null | undefined, type: TfType): TfValue {
  if (dv?.msgpack?.length) return decodeMsgpack(dv.msgpack, type);
  if (dv?.json?.length) return decodeJson(dv.json.toString('utf8'), type);
  return null;
}

export function toDynamicValue(value: TfValue, type: TfType): DynamicValue {
  return { msgpack: encodeMsgpack(value, type) };
}

export function decodeMsgpack(bytes: Uint8Array, type: TfType): TfValue {
  let raw: unknown;
  try {
    raw = decode(bytes, { useBigInt64: true });
  } catch (error) {
    throw new TfValueError('', `not valid msgpack (${(error as Error).message})`);
  }
  return fromPlain(raw, type, '', 'msgpack');
}

/**
 * JSON form. `ignoreUndefinedAttributes` drops object attributes the type does not know, which
 * is how stored state JSON is read at the current schema version (as terraform-plugin-framework does).
 */
export function decodeJson(
  text: string,
  type: TfType,
  options: { ignoreUndefinedAttributes?: boolean } = {},
): TfValue {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new TfValueError('', 'not valid JSON');
  }
  return fromPlain(raw, type, '', options.ignoreUndefinedAttributes ? 'lenient-json' : 'json');
}

export function encodeMsgpack(value: TfValue, type: TfType): Buffer {
  const bytes = encode(toPlain(value, type, ''), { sortKeys: true, ignoreUndefined: false });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

// ---- decoding -------------------------------------------------------------------------------

type Form = 'msgpack' | 'json' | 'lenient-json';

function fromPlain(raw: unknown, type: TfType, path: string, form: Form): TfValue {
  if (raw instanceof ExtData) return unknownFromExt(raw, type, path);
  if (raw === null || raw === undefined) return null;
  switch (type.kind) {
    case 'dynamic': {
      if (form !== 'msgpack') {
        if (!isPlainObject(raw) || !('type' in raw))
          throw new TfValueError(path, 'dynamic value needs {"value","type"}');
        return fromPlain(raw.value, typeFromJson(raw.type, `${path}.type`), path, form);
      }
      if (!Array.isArray(raw) || raw.length !== 2 || !(raw[0] instanceof Uint8Array)) {
        throw new TfValueError(path, 'dynamic value must be [type JSON bytes, value]');
      }
      const actual = typeFromJson(JSON.parse(Buffer.from(raw[0]).toString('utf8')), path || 'type');
      return fromPlain(raw[1], actual, path, form);
    }
    case 'string':
      if (typeof raw !== 'string') throw new TfValueError(path, 'string required');
      return raw;
    case 'number':
      return numberFromPlain(raw, path);
    case 'bool':
      if (typeof raw !== 'boolean') throw new TfValueError(path, 'bool required');
      return raw;
    case 'list':
    case 'set':
      if (!Array.isArray(raw)) throw new TfValueError(path, `${type.kind} required`);
      return raw.map((x, i) => fromPlain(x, type.element, `${path}[${i}]`, form));
    case 'tuple':
      if (!Array.isArray(raw) || raw.length !== type.elements.length) {
        throw new TfValueError(path, `tuple of ${type.elements.length} elements required`);
      }
      return raw.map((x, i) => fromPlain(x, type.elements[i], `${path}[${i}]`, form));
    case 'map': {
      if (!isPlainObject(raw)) throw new TfValueError(path, 'map required');
      const out: Record<string, TfValue> = {};
      for (const [k, v] of Object.entries(raw))
        out[k] = fromPlain(v, type.element, `${path}[${JSON.stringify(k)}]`, form);
      return out;
    }
    case 'object': {
      if (!isPlainObject(raw)) throw new TfValueError(path, 'object required');
      for (const k of Object.keys(raw)) {
        if (!(k in type.attributes) && form !== 'lenient-json')
          throw new TfValueError(joinAttr(path, k), 'unsupported attribute');
      }
      // msgpack objects carry every attribute (cty rejects a short map); JSON may omit nulls.
      const out: Record<string, TfValue> = {};
      for (const [k, t] of Object.entries(type.attributes)) {
        if (form === 'msgpack' && !(k in raw)) throw new TfValueError(joinAttr(path, k), 'attribute missing');
        out[k] = fromPlain(raw[k], t, joinAttr(path, k), form);
      }
      return out;
    }
  }
}

function numberFromPlain(raw: unknown, path: string): number | string {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'bigint') return Number.isSafeInteger(Number(raw)) ? Number(raw) : raw.toString();
  if (typeof raw === 'string' && DECIMAL.test(raw)) {
    // Keep the exact decimal text when a double would round it.
    const n = Number(raw);
    const exact = /^-?\d+$/.test(raw) ? Number.isSafeInteger(n) : String(n) === raw;
    return exact ? n : raw;
  }
  throw new TfValueError(path, 'number required');
}

function unknownFromExt(ext: ExtData, type: TfType, path: string): Unknown {
  // Decoded extensions always hold bytes (the function form is only for lazy encoding).
  const data = ext.data instanceof Uint8Array ? ext.data : new Uint8Array();
  if (ext.type !== REFINED_UNKNOWN_EXT || data.length <= 1 || type.kind === 'dynamic') return new Unknown();
  let payload: unknown;
  try {
    payload = decode(data);
  } catch {
    throw new TfValueError(path, 'unknown value refinements are not a msgpack map');
  }
  if (!isPlainObject(payload)) throw new TfValueError(path, 'unknown value refinements are not a map');
  const refinements: { -readonly [K in keyof Refinements]: Refinements[K] } = {};
  for (const [key, value] of Object.entries(payload)) {
    switch (Number(key)) {
      case 1:
        if (value === false) refinements.notNull = true;
        break;
      case 2:
        if (typeof value === 'string') refinements.stringPrefix = value;
        break;
      case 3:
      case 4: {
        if (!Array.isArray(value) || value.length !== 2)
          throw new TfValueError(path, 'number bound refinement must be [number, bool]');
        const bound = { value: numberFromPlain(value[0], path), inclusive: value[1] === true };
        if (Number(key) === 3) refinements.numberLowerBound = bound;
        else refinements.numberUpperBound = bound;
        break;
      }
      case 5:
      case 6:
        if (typeof value !== 'number')
          throw new TfValueError(path, 'length bound refinement must be an integer');
        if (Number(key) === 5) refinements.lengthLowerBound = value;
        else refinements.lengthUpperBound = value;
        break;
      default:
        break; // future refinement kinds are ignored, as cty does
    }
  }
  return new Unknown(refinements);
}

// ---- encoding -------------------------------------------------------------------------------

function toPlain(value: TfValue, type: TfType, path: string): unknown {
  if (value instanceof Unknown) return unknownToExt(value, type);
  if (value === null) return null;
  switch (type.kind) {
    case 'dynamic': {
      const actual = impliedType(value, path);
      return [Buffer.from(JSON.stringify(typeToJson(actual))), toPlain(value, actual, path)];
    }
    case 'string':
      if (typeof value !== 'string') throw new TfValueError(path, 'string required');
      return value;
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      if (typeof value === 'string' && DECIMAL.test(value)) return value;
      throw new TfValueError(path, 'finite number or decimal string required');
    case 'bool':
      if (typeof value !== 'boolean') throw new TfValueError(path, 'bool required');
      return value;
    case 'list':
    case 'set':
      if (!Array.isArray(value)) throw new TfValueError(path, `${type.kind} required`);
      return value.map((x, i) => toPlain(x, type.element, `${path}[${i}]`));
    case 'tuple':
      if (!Array.isArray(value) || value.length !== type.elements.length) {
        throw new TfValueError(path, `tuple of ${type.elements.length} elements required`);
      }
      return value.map((x, i) => toPlain(x, type.elements[i], `${path}[${i}]`));
    case 'map': {
      if (!isObjectValue(value)) throw new TfValueError(path, 'map required');
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value))
        out[k] = toPlain(v, type.element, `${path}[${JSON.stringify(k)}]`);
      return out;
    }
    case 'object': {
      if (!isObjectValue(value)) throw new TfValueError(path, 'object required');
      for (const k of Object.keys(value)) {
        if (!(k in type.attributes)) throw new TfValueError(joinAttr(path, k), 'unsupported attribute');
      }
      const out: Record<string, unknown> = {};
      for (const [k, t] of Object.entries(type.attributes)) {
        // Terraform requires every attribute; a missing one is a provider bug, not a null.
        if (!(k in value))
          throw new TfValueError(joinAttr(path, k), 'attribute missing (set it to null instead)');
        out[k] = toPlain(value[k], t, joinAttr(path, k));
      }
      return out;
    }
  }
}

/** The concrete type written for a value in a `dynamic` slot. */
function impliedType(value: Exclude<TfValue, null | Unknown>, path: string): TfType {
  if (typeof value === 'string') return { kind: 'string' };
  if (typeof value === 'number') return { kind: 'number' };
  if (typeof value === 'boolean') return { kind: 'bool' };
  if (Array.isArray(value))
    return { kind: 'tuple', elements: value.map((v, i) => impliedOrDynamic(v, `${path}[${i}]`)) };
  const attributes: Record<string, TfType> = {};
  for (const [k, v] of Object.entries(value)) attributes[k] = impliedOrDynamic(v, joinAttr(path, k));
  return { kind: 'object', attributes };
}

function impliedOrDynamic(value: TfValue, path: string): TfType {
  return value === null || value instanceof Unknown ? { kind: 'dynamic' } : impliedType(value, path);
}

function unknownToExt(unknown: Unknown, type: TfType): ExtData {
  const entries: [number, unknown][] = [];
  const r = unknown.refinements;
  if (type.kind !== 'dynamic') {
    if (r.notNull) entries.push([1, false]);
    if (type.kind === 'string' && r.stringPrefix) entries.push([2, r.stringPrefix]);
    if (type.kind === 'number') {
      if (r.numberLowerBound) entries.push([3, [r.numberLowerBound.value, r.numberLowerBound.inclusive]]);
      if (r.numberUpperBound) entries.push([4, [r.numberUpperBound.value, r.numberUpperBound.inclusive]]);
    }
    if (type.kind === 'list' || type.kind === 'set' || type.kind === 'map') {
      if (r.lengthLowerBound) entries.push([5, r.lengthLowerBound]);
      if (r.lengthUpperBound !== undefined) entries.push([6, r.lengthUpperBound]);
    }
  }
  // Never write ext 12 with an empty map: a plain unknown is the compact ext 0.
  if (entries.length === 0) return new ExtData(UNKNOWN_EXT, Uint8Array.of(0));
  // The payload map has small integer keys, which @msgpack/msgpack cannot write from an object.
  const parts: Uint8Array[] = [Uint8Array.of(0x80 | entries.length)];
  for (const [key, value] of entries) parts.push(Uint8Array.of(key), encode(value));
  return new ExtData(REFINED_UNKNOWN_EXT, Buffer.concat(parts));
}

// ---- helpers --------------------------------------------------------------------------------

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return (
    typeof x === 'object' &&
    x !== null &&
    !Array.isArray(x) &&
    !(x instanceof Uint8Array) &&
    !(x instanceof ExtData)
  );
}

function joinAttr(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}
