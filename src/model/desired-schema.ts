/**
 * The JSON Schema of a desired-state document: one per appliance, the shape the Terraform resource
 * has. Derived from the kinds, never written by hand:
 * - a collection is a map keyed by object name (the body without `name`);
 * - a singleton is its body;
 * - a reference is written by the target's name (or key, for targets that have no name);
 * - a reference to a write-once secret kind (e.g. an rsync `auth_key` → private key) carries the secret
 *   material inline; the reconciler stores it on the appliance and points the reference at it.
 */
import { KINDS, MANAGED_KINDS, kindOf } from './index';
import { isUnder } from './paths';
import type { JsonSchema, KindDef, ReferenceDef } from './types';

/** The fields of a desired document that are not SPS kinds. */
export const DOCUMENT_SETTINGS: Record<string, JsonSchema> = {
  allow_archive_recreate: {
    type: 'boolean',
    description:
      'Allow a plan to delete archive/cleanup policies (including delete + re-create on rename). Archived data of a deleted policy becomes unreachable.',
    default: false,
  },
};

/** Whether the desired document carries the referenced object's secret material inline. */
export function isInlineSecretReference(ref: ReferenceDef): boolean {
  return kindOf(ref.target).shape === 'create-only';
}

/** The schema of the one sensitive field of a write-once secret kind (e.g. private_keys → key). */
function inlineSecretSchema(ref: ReferenceDef): JsonSchema {
  const target = kindOf(ref.target);
  const field = target.sensitive[0][0];
  const props = target.schema.properties as Record<string, JsonSchema>;
  return {
    ...props[field],
    description: `${target.description} Written inline; stored on SPS as a ${target.title}.`,
  };
}

function referenceSchema(ref: ReferenceDef, original: JsonSchema): JsonSchema {
  if (isInlineSecretReference(ref)) return inlineSecretSchema(ref);
  const target = kindOf(ref.target);
  const by = target.identity === 'name' ? 'name' : 'key';
  return {
    ...original,
    description: `${String(original.description ?? '')} Written as the ${by} of the ${target.title}.`.trim(),
  };
}

/** Rewrites the schema at every reference path (wildcards walk `items`). */
function withReferences(schema: JsonSchema, refs: readonly ReferenceDef[]): JsonSchema {
  let out = structuredClone(schema);
  for (const ref of refs) out = rewriteAt(out, ref.path, (s) => referenceSchema(ref, s));
  return out;
}

function rewriteAt(
  schema: JsonSchema,
  path: readonly string[],
  fn: (s: JsonSchema) => JsonSchema,
): JsonSchema {
  if (path.length === 0) {
    // keep `null` allowed when the body allowed it (system_backup.backup_policy)
    const next = fn(schema);
    return Array.isArray(schema.type) && !Array.isArray(next.type) ? { ...next, type: schema.type } : next;
  }
  const [head, ...rest] = path;
  if (head === '*') return { ...schema, items: rewriteAt(schema.items as JsonSchema, rest, fn) };
  const props = schema.properties as Record<string, JsonSchema>;
  return { ...schema, properties: { ...props, [head]: rewriteAt(props[head], rest, fn) } };
}

/** Desired-form schema of one object (collections: without `name`, which is the map key). */
export function desiredObjectSchema(kind: KindDef): JsonSchema {
  const schema = withReferences(kind.schema, kind.references);
  if (kind.identity !== 'name') return schema;
  const { name: nameSchema, ...properties } = schema.properties as Record<string, JsonSchema>;
  void nameSchema;
  return { ...schema, properties, required: (schema.required as string[]).filter((r) => r !== 'name') };
}

/** The name pattern of a collection's map keys. */
export function objectNameSchema(kind: KindDef): JsonSchema {
  return (kind.schema.properties as Record<string, JsonSchema>).name;
}

/**
 * Objects of endpoints the model has no kind for, keyed by endpoint relative to /api/configuration:
 * a partial body per object (collections, by name) or one body (singletons). Which endpoint may be
 * declared, and the `$ref` syntax, are checked beside the schema (reconcile/document.ts).
 */
export const PASS_THROUGH_SCHEMA: JsonSchema = {
  type: 'object',
  description:
    'Objects of configuration endpoints the model has no kind for, keyed by endpoint relative to /api/configuration (e.g. "ssh/connections"). Fields written are managed, every other field is kept. References: {"$ref": "<endpoint>/<name>"}.',
  propertyNames: { pattern: '^[a-z0-9_]+(/[a-z0-9_@-]+)+$' },
  additionalProperties: {
    type: 'object',
    additionalProperties: false,
    properties: {
      sensitive_paths: {
        type: 'array',
        description:
          'JSON pointers of secret fields ("*" for every array element): masked, fingerprinted, ${env:NAME} allowed.',
        items: { type: 'string', pattern: '^/.+' },
        uniqueItems: true,
      },
      objects: {
        type: 'object',
        description:
          'A collection: partial bodies keyed by object name (in Terraform, each body jsonencode()d).',
        propertyNames: { minLength: 1, pattern: '^[^/]+$' },
        additionalProperties: { type: 'object' },
      },
      singleton: {
        type: 'object',
        description: 'A singleton endpoint: its partial body (in Terraform, jsonencode()d).',
      },
    },
  },
};

/**
 * A document may name its own JSON Schema (`"$schema": "…"`, JSON and YAML alike) for editors; the
 * engine reads nothing from it. Not a document setting: Terraform has no such attribute.
 */
export const SCHEMA_KEY: JsonSchema = {
  type: 'string',
  description: 'The JSON Schema of this document, for editors (sps schema prints it); sps ignores it.',
};

export function desiredDocumentSchema(): JsonSchema {
  const properties: Record<string, JsonSchema> = { $schema: SCHEMA_KEY, ...DOCUMENT_SETTINGS };
  for (const kind of MANAGED_KINDS) {
    const body = desiredObjectSchema(kind);
    properties[kind.name] =
      kind.shape === 'collection'
        ? {
            type: 'object',
            description: `${kind.description} A map keyed by ${kind.title} name.`,
            propertyNames: { ...objectNameSchema(kind), description: undefined },
            additionalProperties: body,
          }
        : body;
  }
  properties.pass_through = PASS_THROUGH_SCHEMA;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'SPS desired configuration (one appliance)',
    type: 'object',
    properties,
    additionalProperties: false,
  };
}

/** Kinds whose objects can be named by a reference (every kind some managed kind points at). */
export const REFERENCE_TARGETS = [...new Set(KINDS.flatMap((k) => k.references.map((r) => r.target)))];

/** A path of a kind's body that holds a secret, and whether it is an inline secret reference. */
export type SecretField = { readonly path: readonly string[]; readonly inline: boolean };
// kinds are immutable definitions: derive once, not per object compared
const secretFieldsOf = new WeakMap<KindDef, readonly SecretField[]>();

/** Every secret path of a kind: its sensitive fields and its inline secret references (stored as their own SPS object). */
export function secretFields(kind: KindDef): readonly SecretField[] {
  let fields = secretFieldsOf.get(kind);
  if (!fields) {
    fields = [
      ...kind.sensitive.map((path) => ({ path, inline: false })),
      ...kind.references.filter(isInlineSecretReference).map((r) => ({ path: r.path, inline: true })),
    ];
    secretFieldsOf.set(kind, fields);
  }
  return fields;
}

export function secretPaths(kind: KindDef): readonly (readonly string[])[] {
  return secretFields(kind).map((f) => f.path);
}

export function isSecretPath(kind: KindDef, segments: readonly string[]): boolean {
  return secretPaths(kind).some((p) => isUnder(segments, p));
}
