/**
 * Produces the document `terraform providers schema -json` prints, from our own definitions,
 * so CDKTF bindings can be generated without running Terraform. Field presence mirrors
 * Terraform's `internal/command/jsonprovider` (empty strings, false flags and empty maps are omitted;
 * `description_kind` is always present).
 */
import type { Attribute, Block, NestedBlock, Schema } from './schema';
import { typeToJson } from './types';

export interface SchemaSource {
  readonly typeName: string;
  readonly schema: Schema;
  readonly resources: readonly { readonly typeName: string; readonly schema: Schema }[];
  readonly dataSources: readonly { readonly typeName: string; readonly schema: Schema }[];
}

export interface SchemaJsonOptions {
  /** Registry namespace in the provider source address, e.g. `acme` in `acme/sps`. */
  readonly namespace: string;
  /** @default 'registry.terraform.io' */
  readonly hostname?: string;
}

export function schemaToJson(provider: SchemaSource, options: SchemaJsonOptions): Record<string, unknown> {
  const address = `${options.hostname ?? 'registry.terraform.io'}/${options.namespace}/${provider.typeName}`;
  const entry: Record<string, unknown> = { provider: schemaJson(provider.schema) };
  const resources = byName(provider.resources);
  const dataSources = byName(provider.dataSources);
  if (Object.keys(resources).length) entry.resource_schemas = resources;
  if (Object.keys(dataSources).length) entry.data_source_schemas = dataSources;
  return { format_version: '1.0', provider_schemas: { [address]: entry } };
}

function byName(items: SchemaSource['resources']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item of [...items].sort((a, b) => a.typeName.localeCompare(b.typeName)))
    out[item.typeName] = schemaJson(item.schema);
  return out;
}

function schemaJson(schema: Schema): Record<string, unknown> {
  return { version: schema.version ?? 0, block: blockJson(schema.block) };
}

function blockJson(block: Block): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const attributes = Object.entries(block.attributes ?? {});
  if (attributes.length) out.attributes = mapSorted(attributes, attributeJson);
  const blockTypes = Object.entries(block.blockTypes ?? {});
  if (blockTypes.length) out.block_types = mapSorted(blockTypes, nestedBlockJson);
  if (block.description) out.description = block.description;
  out.description_kind = block.descriptionKind ?? 'plain';
  if (block.deprecated) out.deprecated = true;
  return out;
}

function nestedBlockJson(nested: NestedBlock): Record<string, unknown> {
  const out: Record<string, unknown> = { nesting_mode: nested.nesting, block: blockJson(nested.block) };
  if (nested.minItems) out.min_items = nested.minItems;
  if (nested.maxItems) out.max_items = nested.maxItems;
  return out;
}

function attributeJson(attribute: Attribute): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (attribute.type) out.type = typeToJson(attribute.type);
  if (attribute.nestedType) {
    out.nested_type = {
      attributes: mapSorted(Object.entries(attribute.nestedType.attributes), attributeJson),
      nesting_mode: attribute.nestedType.nesting,
    };
  }
  if (attribute.description) out.description = attribute.description;
  out.description_kind = attribute.descriptionKind ?? 'plain';
  for (const flag of ['deprecated', 'required', 'optional', 'computed', 'sensitive'] as const) {
    if (attribute[flag]) out[flag] = true;
  }
  if (attribute.writeOnly) out.write_only = true;
  return out;
}

function mapSorted<V>(entries: [string, V][], convert: (v: V) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    out[name] = convert(value);
  return out;
}
