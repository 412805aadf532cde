/**
 * The values an attribute accepts, where it accepts only some. Terraform's schema has no enums: the
 * provider checks them against the model at plan time. `sps_configuration` is derived from the
 * model's desired-document schema (src/provider/resources/schema-from-model.ts), so its enums are
 * that schema's, found at the same attribute path: a collection's map element is the document's
 * `additionalProperties`, a list element its `items`, and of a union the provider cannot express
 * (`oneOf`) the variant of the attribute's Terraform shape (an object for nested attributes, a
 * scalar for a string: the provider has taken either over time). The other schemas take free strings the provider checks
 * in code (sps_connection_policies' protocol) or whole documents, whose own gate is
 * `npm run schema:check`; they have no entry here.
 */
import type { JsonSchema } from '../../src/model';
import { desiredDocumentSchema } from '../../src/model/desired-schema';
import {
  isConfigurable,
  schemasByAddress,
  type ProviderSchemasJson,
  type TfAttributeJson,
  type TfBlockJson,
  type TfTypeJson,
} from './terraform-schema';

/** Attribute address → the values it accepts. */
export type EnumMap = Record<string, readonly unknown[]>;

/** The schema each provider schema's enums come from, by address. */
export const ENUM_SOURCES: Readonly<Record<string, () => JsonSchema>> = {
  'resource.sps_configuration': desiredDocumentSchema,
};

/** The enums of every configurable attribute of the document's schemas that have a source. */
export function enumsOf(
  doc: ProviderSchemasJson,
  sources: Readonly<Record<string, () => JsonSchema>> = ENUM_SOURCES,
): EnumMap {
  const out: Record<string, readonly unknown[]> = {};
  for (const [address, schema] of schemasByAddress(doc)) {
    const source = sources[address];
    if (source) blockEnums(schema.block, source(), address, out);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function blockEnums(
  block: TfBlockJson,
  model: JsonSchema | undefined,
  at: string,
  out: Record<string, readonly unknown[]>,
): void {
  const props = variant(model, 'object')?.properties as Record<string, JsonSchema> | undefined;
  for (const [name, a] of Object.entries(block.attributes ?? {}))
    if (isConfigurable(a)) attributeEnums(a, props?.[name], `${at}.${name}`, out);
}

function attributeEnums(
  a: TfAttributeJson,
  model: JsonSchema | undefined,
  at: string,
  out: Record<string, readonly unknown[]>,
): void {
  if (!a.nested_type) return typeEnums(a.type, model, at, out);
  const attributes = { attributes: a.nested_type.attributes };
  switch (a.nested_type.nesting_mode) {
    case 'list':
    case 'set':
      return blockEnums(attributes, child(variant(model, 'array'), 'items'), `${at}.*`, out);
    case 'map':
      return blockEnums(attributes, child(variant(model, 'object'), 'additionalProperties'), `${at}.*`, out);
    default:
      return blockEnums(attributes, model, at, out);
  }
}

function typeEnums(
  type: TfTypeJson | undefined,
  model: JsonSchema | undefined,
  at: string,
  out: Record<string, readonly unknown[]>,
): void {
  if (!model || type === undefined) return;
  if (typeof type === 'string') {
    const scalar = variant(model, 'scalar');
    if (Array.isArray(scalar?.enum)) out[at] = scalar.enum as unknown[];
    return;
  }
  const [kind, inner] = type;
  if (kind === 'list' || kind === 'set')
    typeEnums(inner as TfTypeJson, child(variant(model, 'array'), 'items'), `${at}.*`, out);
  else if (kind === 'map')
    typeEnums(inner as TfTypeJson, child(variant(model, 'object'), 'additionalProperties'), `${at}.*`, out);
  else if (kind === 'object') {
    const props = variant(model, 'object')?.properties as Record<string, JsonSchema> | undefined;
    for (const [name, t] of Object.entries(inner as Record<string, TfTypeJson>))
      typeEnums(t, props?.[name], `${at}.${name}`, out);
  }
}

type Shape = 'object' | 'array' | 'scalar';

function shapeOf(schema: JsonSchema): Shape {
  const types = ([] as unknown[]).concat(schema.type ?? []);
  if (types.includes('object') || schema.properties || schema.additionalProperties) return 'object';
  if (types.includes('array') || schema.items) return 'array';
  return 'scalar';
}

/** The schema, or of a union (`oneOf`) the variant of the wanted shape. */
function variant(schema: JsonSchema | undefined, want: Shape): JsonSchema | undefined {
  const variants = schema?.oneOf as JsonSchema[] | undefined;
  if (!variants) return schema;
  return variants.find((v) => shapeOf(v) === want);
}

function child(model: JsonSchema | undefined, keyword: 'items' | 'additionalProperties') {
  const next = model?.[keyword];
  return typeof next === 'object' ? (next as JsonSchema) : undefined;
}
