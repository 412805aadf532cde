/**
 * The `terraform providers schema -json` document (schema/sps.schema.json), read as data: its
 * schemas by address, each one's *configuration* as JSON Schema (what a user may write, for
 * json-schema-diff) and its *state* shape (what Terraform stores, for the schema-version check).
 *
 * Addresses name what a user writes: `provider`, `resource.<type>`, `data.<type>`, followed by the
 * attribute path, with `*` for every element of a list, set or map
 * (`resource.sps_configuration.backup_policies.*.target.host_key`).
 */
import type { JsonSchema } from '../../src/model';

/** A Terraform type as the JSON document writes it: "string", ["list", "string"], ["object", {…}]. */
export type TfTypeJson = string | [string, ...unknown[]];

export type NestingMode = 'single' | 'group' | 'list' | 'set' | 'map';

export interface TfAttributeJson {
  readonly type?: TfTypeJson;
  readonly nested_type?: {
    readonly attributes: Readonly<Record<string, TfAttributeJson>>;
    readonly nesting_mode: NestingMode;
    readonly min_items?: number;
    readonly max_items?: number;
  };
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly write_only?: boolean;
  readonly sensitive?: boolean;
  readonly description?: string;
}

export interface TfNestedBlockJson {
  readonly nesting_mode: NestingMode;
  readonly block: TfBlockJson;
  readonly min_items?: number;
  readonly max_items?: number;
}

export interface TfBlockJson {
  readonly attributes?: Readonly<Record<string, TfAttributeJson>>;
  readonly block_types?: Readonly<Record<string, TfNestedBlockJson>>;
}

export interface TfSchemaJson {
  readonly version: number;
  readonly block: TfBlockJson;
}

export interface ProviderSchemasJson {
  readonly format_version: string;
  readonly provider_schemas: Readonly<
    Record<
      string,
      {
        readonly provider: TfSchemaJson;
        readonly resource_schemas?: Readonly<Record<string, TfSchemaJson>>;
        readonly data_source_schemas?: Readonly<Record<string, TfSchemaJson>>;
      }
    >
  >;
}

/** Every schema of the document's one provider, by address (`provider`, `resource.x`, `data.y`). */
export function schemasByAddress(doc: ProviderSchemasJson): Map<string, TfSchemaJson> {
  const providers = Object.values(doc.provider_schemas);
  if (providers.length !== 1)
    throw new Error(`expected the schema of exactly one provider, found ${providers.length}`);
  const [p] = providers;
  const out = new Map<string, TfSchemaJson>([['provider', p.provider]]);
  for (const [name, s] of Object.entries(p.resource_schemas ?? {})) out.set(`resource.${name}`, s);
  for (const [name, s] of Object.entries(p.data_source_schemas ?? {})) out.set(`data.${name}`, s);
  return out;
}

/** Computed-only attributes are set by the provider: a configuration cannot name them. */
export function isConfigurable(a: TfAttributeJson): boolean {
  return a.required === true || a.optional === true;
}

const isCollection = (mode: NestingMode) => mode === 'list' || mode === 'set' || mode === 'map';

/**
 * The configuration a block accepts, as JSON Schema: required → `required`, optional (write-only
 * included: it is configuration, only never stored) → a property, computed-only → left out, no
 * other property allowed.
 */
export function configurationJsonSchema(block: TfBlockJson): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const [name, a] of Object.entries(block.attributes ?? {})) {
    if (!isConfigurable(a)) continue;
    properties[name] = a.nested_type
      ? nested(
          a.nested_type.nesting_mode,
          configurationJsonSchema({ attributes: a.nested_type.attributes }),
          a.nested_type,
        )
      : typeJsonSchema(a.type);
    if (a.required) required.push(name);
  }
  for (const [name, b] of Object.entries(block.block_types ?? {})) {
    properties[name] = nested(b.nesting_mode, configurationJsonSchema(b.block), b);
    if ((b.min_items ?? 0) > 0) required.push(name);
  }
  return {
    type: 'object',
    properties,
    ...(required.length ? { required: required.sort() } : {}),
    additionalProperties: false,
  };
}

function nested(
  mode: NestingMode,
  object: JsonSchema,
  limits: { readonly min_items?: number; readonly max_items?: number },
): JsonSchema {
  if (mode === 'map') return { type: 'object', additionalProperties: object };
  if (mode === 'list' || mode === 'set')
    return {
      type: 'array',
      items: object,
      ...(limits.min_items ? { minItems: limits.min_items } : {}),
      ...(limits.max_items ? { maxItems: limits.max_items } : {}),
    };
  return object;
}

export function typeJsonSchema(type: TfTypeJson | undefined): JsonSchema {
  if (type === undefined || type === 'dynamic') return {};
  if (typeof type === 'string') {
    if (type === 'bool') return { type: 'boolean' };
    return { type }; // string, number
  }
  const [kind, inner, optional] = type;
  switch (kind) {
    case 'list':
    case 'set':
      return { type: 'array', items: typeJsonSchema(inner as TfTypeJson) };
    case 'map':
      return { type: 'object', additionalProperties: typeJsonSchema(inner as TfTypeJson) };
    case 'object': {
      const attrs = inner as Record<string, TfTypeJson>;
      const optionalNames = new Set((optional ?? []) as string[]);
      const required = Object.keys(attrs).filter((n) => !optionalNames.has(n));
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(attrs).map(([n, t]) => [n, typeJsonSchema(t)])),
        ...(required.length ? { required: required.sort() } : {}),
        additionalProperties: false,
      };
    }
    case 'tuple': {
      // json-schema-diff has no tuple `items`: a tuple is an array of its length, of its element types
      const elements = (inner as TfTypeJson[]).map(typeJsonSchema);
      return {
        type: 'array',
        minItems: elements.length,
        maxItems: elements.length,
        items: elements.length === 1 ? elements[0] : { anyOf: elements },
      };
    }
    default:
      throw new Error(`unknown Terraform type ${JSON.stringify(type)}`);
  }
}

/** A type as HCL writes it: `list(string)`, `map(map(string))`, `object({a, b})`. */
export function typeName(type: TfTypeJson | undefined): string {
  if (type === undefined) return 'dynamic';
  if (typeof type === 'string') return type;
  const [kind, inner] = type;
  if (kind === 'object') return `object({${Object.keys(inner as object).join(', ')}})`;
  if (kind === 'tuple') return `tuple([${(inner as TfTypeJson[]).map(typeName).join(', ')}])`;
  return `${kind}(${typeName(inner as TfTypeJson)})`;
}

/** What an attribute is, for messages: its type, or its nested attributes and nesting mode. */
export function attributeShape(a: TfAttributeJson): string {
  if (!a.nested_type) return typeName(a.type);
  const names = Object.keys(a.nested_type.attributes).join(', ');
  return a.nested_type.nesting_mode === 'single'
    ? `object {${names}}`
    : `${a.nested_type.nesting_mode} of {${names}}`;
}

/**
 * The state a block stores: every attribute (computed and write-only ones too: a write-only one is
 * stored as null, but the state still has it) by path → its type, or its nesting mode.
 */
export function stateShape(block: TfBlockJson, at = ''): Map<string, string> {
  const out = new Map<string, string>();
  const join = (name: string) => (at ? `${at}.${name}` : name);
  for (const [name, a] of Object.entries(block.attributes ?? {})) {
    const path = join(name);
    if (!a.nested_type) {
      out.set(path, typeName(a.type));
      continue;
    }
    const mode = a.nested_type.nesting_mode;
    out.set(path, `nested ${mode}`);
    const inner = isCollection(mode) ? `${path}.*` : path;
    for (const [p, s] of stateShape({ attributes: a.nested_type.attributes }, inner)) out.set(p, s);
  }
  for (const [name, b] of Object.entries(block.block_types ?? {})) {
    const path = join(name);
    out.set(path, `block ${b.nesting_mode}`);
    const inner = isCollection(b.nesting_mode) ? `${path}.*` : path;
    for (const [p, s] of stateShape(b.block, inner)) out.set(p, s);
  }
  return out;
}
