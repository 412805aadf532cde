/**
 * The cty type model Terraform uses for every value on the wire, and its JSON encoding
 * (`"string"`, `["list","string"]`, `["object",{"a":"number"}]`), which appears in schemas
 * (`Schema.Attribute.type`), in `dynamic` values and in `terraform providers schema -json`.
 */
import { TfTypeError } from './errors';

export type TfType =
  | { readonly kind: 'string' }
  | { readonly kind: 'number' }
  | { readonly kind: 'bool' }
  /** "any type": values carry their concrete type with them on the wire. */
  | { readonly kind: 'dynamic' }
  | { readonly kind: 'list'; readonly element: TfType }
  | { readonly kind: 'set'; readonly element: TfType }
  | { readonly kind: 'map'; readonly element: TfType }
  | { readonly kind: 'object'; readonly attributes: Readonly<Record<string, TfType>> }
  | { readonly kind: 'tuple'; readonly elements: readonly TfType[] };

/** Constructors, so schemas read as `T.list(T.string)`. */
export const T = {
  string: { kind: 'string' } as TfType,
  number: { kind: 'number' } as TfType,
  bool: { kind: 'bool' } as TfType,
  dynamic: { kind: 'dynamic' } as TfType,
  list: (element: TfType): TfType => ({ kind: 'list', element }),
  set: (element: TfType): TfType => ({ kind: 'set', element }),
  map: (element: TfType): TfType => ({ kind: 'map', element }),
  object: (attributes: Record<string, TfType>): TfType => ({ kind: 'object', attributes }),
  tuple: (elements: TfType[]): TfType => ({ kind: 'tuple', elements }),
} as const;

export type TfTypeJson = string | [string, unknown] | [string, unknown, unknown];

/** cty's JSON type encoding (the inverse of {@link typeFromJson}). */
export function typeToJson(type: TfType): TfTypeJson {
  switch (type.kind) {
    case 'string':
    case 'number':
    case 'bool':
    case 'dynamic':
      return type.kind;
    case 'list':
    case 'set':
    case 'map':
      return [type.kind, typeToJson(type.element)];
    case 'object': {
      const attributes: Record<string, unknown> = {};
      for (const name of Object.keys(type.attributes).sort())
        attributes[name] = typeToJson(type.attributes[name]);
      return ['object', attributes];
    }
    case 'tuple':
      return ['tuple', type.elements.map(typeToJson)];
  }
}

/**
 * Parses cty's JSON type encoding. The optional-attributes list that type *constraints* may
 * carry as a third element of `["object", {...}, [...]]` is accepted and dropped: values always
 * carry every attribute.
 */
export function typeFromJson(json: unknown, where = 'type'): TfType {
  if (typeof json === 'string') {
    if (json === 'string' || json === 'number' || json === 'bool' || json === 'dynamic')
      return { kind: json };
    throw new TfTypeError(`${where}: unknown primitive type ${JSON.stringify(json)}`);
  }
  if (!Array.isArray(json) || json.length < 2 || typeof json[0] !== 'string') {
    throw new TfTypeError(`${where}: expected a type name or [kind, argument], got ${describe(json)}`);
  }
  const [kind, argument] = json;
  switch (kind) {
    case 'list':
    case 'set':
    case 'map':
      return { kind, element: typeFromJson(argument, `${where}[1]`) };
    case 'object': {
      if (typeof argument !== 'object' || argument === null || Array.isArray(argument)) {
        throw new TfTypeError(`${where}: object type needs an attribute map`);
      }
      const attributes: Record<string, TfType> = {};
      for (const [name, t] of Object.entries(argument))
        attributes[name] = typeFromJson(t, `${where}.${name}`);
      return { kind, attributes };
    }
    case 'tuple':
      if (!Array.isArray(argument)) throw new TfTypeError(`${where}: tuple type needs an element list`);
      return { kind, elements: argument.map((t, i) => typeFromJson(t, `${where}[${i}]`)) };
    default:
      throw new TfTypeError(`${where}: unknown type kind ${JSON.stringify(kind)}`);
  }
}

export function typeEquals(a: TfType, b: TfType): boolean {
  return JSON.stringify(typeToJson(a)) === JSON.stringify(typeToJson(b));
}

/** Human form for error messages, e.g. `list of string`. */
export function typeName(type: TfType): string {
  switch (type.kind) {
    case 'list':
    case 'set':
    case 'map':
      return `${type.kind} of ${typeName(type.element)}`;
    case 'object':
      return 'object';
    case 'tuple':
      return 'tuple';
    default:
      return type.kind;
  }
}

function describe(json: unknown): string {
  const text = JSON.stringify(json);
  return text === undefined ? String(json) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
