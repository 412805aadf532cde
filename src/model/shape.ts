/**
 * What the model knows about the shape of a body, as the partial-ownership rules need it: which
 * fields exist at a place (everything else is the appliance's own, kept as read), which fields
 * select a variant (a change of one replaces the nested object whole), and how list items are
 * identified. Derived from the kinds' JSON Schemas, so no rule is written twice.
 */
import { isJsonObject } from './paths';
import type { JsonObject, JsonSchema, JsonValue } from './types';

/** Fields that select a variant by SPS convention, when they hold a string. */
const VARIANT_FIELDS = new Set(['selection', 'type']);

const variantsOf = (schema: JsonSchema): JsonSchema[] =>
  Array.isArray(schema.oneOf) ? (schema.oneOf as JsonSchema[]) : [];

/**
 * The schema of property `name` inside an object schema, or undefined when the model does not know
 * the property there. A union (`oneOf`) is searched variant by variant; a map (`additionalProperties`
 * with a schema) answers with its value schema; a schema that lists no properties at all (a read-only
 * or pass-through body) knows every property, with an open schema.
 */
export function propertySchema(schema: JsonSchema | undefined, name: string): JsonSchema | undefined {
  if (!schema) return undefined;
  const props = schema.properties as Record<string, JsonSchema> | undefined;
  if (props && Object.prototype.hasOwnProperty.call(props, name)) return props[name];
  for (const variant of variantsOf(schema)) {
    const found = propertySchema(variant, name);
    if (found) return found;
  }
  if (isJsonObject(schema.additionalProperties as JsonValue))
    return schema.additionalProperties as JsonSchema;
  // an explicitly open object (a connection policy's known fields): any other field is a value of its own
  if (schema.additionalProperties === true) return {};
  if (
    !props &&
    variantsOf(schema).length === 0 &&
    schema.additionalProperties !== false &&
    mayBe(schema, 'object')
  )
    return {};
  return undefined;
}

/** Whether a schema admits values of `type` (no `type` keyword admits every type). */
function mayBe(schema: JsonSchema, type: string): boolean {
  const t = schema.type;
  return t === undefined || t === type || (Array.isArray(t) && t.includes(type));
}

/** The schema of the items of an array schema (or of the array variant of a union). */
export function itemSchema(schema: JsonSchema | undefined): JsonSchema | undefined {
  if (!schema) return undefined;
  if (isJsonObject(schema.items as JsonValue)) return schema.items as JsonSchema;
  for (const variant of variantsOf(schema)) {
    const found = itemSchema(variant);
    if (found) return found;
  }
  return variantsOf(schema).length === 0 && mayBe(schema, 'array') && !schema.properties ? {} : undefined;
}

/**
 * The fields of an object that select its variant: `selection` and `type` (the SPS convention for
 * `{selection, value}` and target types), and any field a conditional of the schema tests against a
 * string (`target.type == "smb"` → SMB-only fields). A boolean switch such as `enabled` is not one:
 * turning a feature off keeps its settings.
 */
export function discriminatorsOf(schema: JsonSchema | undefined): readonly string[] {
  if (!schema) return DEFAULT_DISCRIMINATORS;
  let found = discriminatorCache.get(schema);
  if (!found) discriminatorCache.set(schema, (found = findDiscriminators(schema)));
  return found;
}

// schemas are immutable model definitions: derive once per schema node, not per object compared
const discriminatorCache = new WeakMap<JsonSchema, readonly string[]>();
const DEFAULT_DISCRIMINATORS: readonly string[] = [...VARIANT_FIELDS];

function findDiscriminators(schema: JsonSchema): readonly string[] {
  const out = new Set<string>(VARIANT_FIELDS);
  const visit = (s: JsonSchema | undefined): void => {
    if (!s) return;
    for (const part of (s.allOf as JsonSchema[] | undefined) ?? []) {
      const cond = (part.if as JsonSchema | undefined)?.properties as Record<string, JsonSchema> | undefined;
      for (const [field, test] of Object.entries(cond ?? {}))
        if (typeof test.const === 'string') out.add(field);
      visit(part);
    }
    for (const variant of variantsOf(s)) visit(variant);
  };
  visit(schema);
  return [...out];
}

/** True when `desired` selects another variant than `live` at this object (see discriminatorsOf). */
export function switchesVariant(
  schema: JsonSchema | undefined,
  live: JsonObject,
  desired: JsonObject,
): boolean {
  for (const field of discriminatorsOf(schema)) {
    if (!Object.prototype.hasOwnProperty.call(desired, field)) continue;
    const want = desired[field];
    if (typeof want !== 'string') continue;
    if (live[field] !== want) return true;
  }
  return false;
}

/**
 * How the items of a list are told apart: by their `name` when every item must have one (SIEM
 * targets), otherwise by position (content policy rules, certificates).
 */
export function itemIdentityOf(arraySchema: JsonSchema | undefined): string | undefined {
  const items = itemSchema(arraySchema);
  const required = (items?.required as string[] | undefined) ?? [];
  const props = items?.properties as Record<string, JsonSchema> | undefined;
  return required.includes('name') && props?.name?.type === 'string' ? 'name' : undefined;
}

/**
 * `value` with only the fields the model knows, at any depth: what an export may emit and what a
 * plan may show of a live object. Fields outside the model are the appliance's own.
 */
export function knownView(schema: JsonSchema | undefined, value: JsonValue): JsonValue {
  if (Array.isArray(value)) {
    const items = itemSchema(schema);
    return value.map((v) => knownView(items, v));
  }
  if (!isJsonObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value)) {
    const sub = propertySchema(schema, key);
    if (sub !== undefined) out[key] = knownView(sub, value[key]);
  }
  return out;
}
