/**
 * The `sps_configuration` schema, derived from the model's desired-document schema — never
 * written by hand. Collections become nested attribute maps keyed by name, singletons single nested
 * attributes. Every secret path is write-only (never in plan or state; rotation shows in the
 * computed `secret_versions`), and deliberately not marked sensitive: Terraform core compares every
 * value with every sensitive path, one path per object, which grows with the square of the objects.
 * Every other optional attribute is Optional+Computed, so a field the configuration leaves out and
 * the engine keeps (one an import brought in) is planned as it stands, never as a removal.
 */
import { MANAGED_KINDS, type JsonSchema } from '../../model';
import { DOCUMENT_SETTINGS, PASS_THROUGH_SCHEMA, desiredObjectSchema } from '../../model/desired-schema';
import { isSecretPath } from '../../reconcile';
import { T, type Attribute, type Schema, type TfType } from '../tf';
import { SECRETS_ATTRIBUTE, SECRET_VERSIONS_ATTRIBUTE } from './secret-versions';

/**
 * 1: backup_policies.target.host_key became its OpenSSH one-liner (it was `{selection, value}` in 0).
 * 2: audit_policies.timestamping_enabled lost its default (a 7.0 LTS field: filling it would write it
 *    to an 8.0 LTS appliance), so a `false` the model filled is no longer state.
 * 3: secrets became write-only: the state holds none (their rotation marks are `secret_versions`).
 */
export const RESOURCE_SCHEMA_VERSION = 3;

export function configurationSchema(): Schema {
  const attributes: Record<string, Attribute> = {
    id: { type: T.string, computed: true, description: 'The appliance URL this configuration belongs to.' },
    keys: {
      type: T.map(T.map(T.string)),
      computed: true,
      description: 'SPS keys of the managed objects: kind → name → key (computed by the appliance).',
    },
    secret_versions: SECRET_VERSIONS_ATTRIBUTE,
    secrets: SECRETS_ATTRIBUTE,
  };
  for (const [name, schema] of Object.entries(DOCUMENT_SETTINGS))
    attributes[name] = toAttribute(schema, false, () => false);
  for (const kind of MANAGED_KINDS) {
    const body = desiredObjectSchema(kind);
    const secret = (segments: readonly string[]) => isSecretPath(kind, segments);
    if (kind.shape === 'collection') {
      attributes[kind.name] = {
        description: `${kind.description} Keyed by ${kind.title} name.`,
        optional: true,
        nestedType: { nesting: 'map', attributes: nestedAttributes(body, [], secret) },
      };
    } else {
      // a singleton left out is no longer managed (not computed: leaving it out is a decision)
      const { computed: _computed, ...attribute } = toAttribute(body, false, secret, []);
      void _computed;
      attributes[kind.name] = { ...attribute, optional: true, required: false };
    }
  }
  // bodies are planned exactly as configured (JSON strings: nothing inside them can be kept apart)
  attributes.pass_through = notComputed(toAttribute(PASS_THROUGH_SCHEMA, false, () => false));
  return {
    version: RESOURCE_SCHEMA_VERSION,
    block: {
      description:
        'The whole managed configuration of one SPS appliance. One apply is one SPS transaction: every change commits together or not at all.',
      attributes,
    },
  };
}

type SecretTest = (segments: readonly string[]) => boolean;

function notComputed(attribute: Attribute): Attribute {
  const { computed: _computed, nestedType, ...rest } = attribute;
  void _computed;
  if (!nestedType) return rest;
  const attributes = Object.fromEntries(
    Object.entries(nestedType.attributes).map(([name, a]) => [name, notComputed(a)]),
  );
  return { ...rest, nestedType: { ...nestedType, attributes } };
}

const WRITE_ONLY_NOTE =
  'Write-only (Terraform ≥ 1.11): never stored in the plan or the state; a change of it shows as a new number in secret_versions. Give it from an ephemeral (or sensitive) variable.';

function nestedAttributes(schema: JsonSchema, at: string[], secret: SecretTest): Record<string, Attribute> {
  const props = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  const out: Record<string, Attribute> = {};
  for (const [name, prop] of Object.entries(props))
    out[name] = toAttribute(prop, required.has(name), secret, [...at, name]);
  return out;
}

function toAttribute(
  schema: JsonSchema,
  isRequired: boolean,
  secret: SecretTest,
  at: string[] = [],
): Attribute {
  const shape = concrete(schema);
  const hasDefault = schema.default !== undefined || shape.default !== undefined;
  const writeOnly = secret(at);
  const presence: Pick<Attribute, 'required' | 'optional' | 'computed' | 'writeOnly'> =
    isRequired && !hasDefault
      ? { required: true }
      : writeOnly
        ? { optional: true }
        : { optional: true, computed: true };
  const description = writeOnly
    ? [describe(schema, shape), WRITE_ONLY_NOTE].filter(Boolean).join(' ')
    : describe(schema, shape);
  const flags = writeOnly ? { writeOnly: true } : {};
  if (shape.type === 'object' && !shape.properties) {
    // a map keyed by the user's names, or a body of any shape: a JSON string (jsonencode), which a
    // Terraform object type cannot hold and its renderer diffs field by field
    const values = shape.additionalProperties as JsonSchema | undefined;
    if (values && typeof values === 'object' && values.properties)
      return {
        ...presence,
        description,
        ...flags,
        nestedType: { nesting: 'map', attributes: nestedAttributes(values, [...at, '*'], secret) },
      };
    if (values && typeof values === 'object')
      return { ...presence, description, ...flags, type: T.map(T.string) };
    return { ...presence, description, ...flags, type: T.string };
  }
  if (shape.type === 'object' && shape.properties) {
    return {
      ...presence,
      description,
      ...flags,
      nestedType: { nesting: 'single', attributes: nestedAttributes(shape, at, secret) },
    };
  }
  if (shape.type === 'array') {
    const items = concrete(shape.items as JsonSchema);
    if (items.type === 'object') {
      return {
        ...presence,
        description,
        ...flags,
        nestedType: { nesting: 'list', attributes: nestedAttributes(items, [...at, '0'], secret) },
      };
    }
    // a list of tuples (a time policy's [from, to] intervals): list(list(scalar))
    const type =
      items.type === 'array'
        ? T.list(T.list(scalar(concrete(items.items as JsonSchema))))
        : T.list(scalar(items));
    return { ...presence, description, ...flags, type };
  }
  return { ...presence, description, ...flags, type: scalar(shape) };
}

/**
 * Unions Terraform cannot express take their short written form, the first variant (an rsync
 * host_key as its OpenSSH one-liner: a token can stand for it, and the model expands it). The
 * provider turns what the appliance returns back into that form (the kind's `shorthands`).
 */
function concrete(schema: JsonSchema): JsonSchema {
  const variants = schema.oneOf as JsonSchema[] | undefined;
  if (!variants) return schema;
  return { ...variants[0], description: schema.description };
}

function scalar(schema: JsonSchema): TfType {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'integer':
    case 'number':
      return T.number;
    case 'boolean':
      return T.bool;
    default:
      return T.string;
  }
}

function describe(schema: JsonSchema, shape: JsonSchema): string | undefined {
  const base = String(schema.description ?? shape.description ?? '');
  const values = (shape.enum as string[] | undefined) ?? [];
  const dflt = schema.default ?? shape.default;
  const extra = [
    values.length ? `One of: ${values.map((v) => `"${v}"`).join(', ')}.` : '',
    dflt !== undefined && typeof dflt !== 'object' ? `Default: ${JSON.stringify(dflt)}.` : '',
  ].filter(Boolean);
  return [base, ...extra].join(' ').trim() || undefined;
}
