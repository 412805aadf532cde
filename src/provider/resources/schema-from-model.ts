/**
 * The `sps_configuration` schema, derived from the model's desired-document schema — never
 * written by hand. Collections become nested attribute maps keyed by name, singletons single nested
 * attributes, schema defaults make an attribute Optional+Computed (the provider fills them in the
 * plan, as the appliance does), and every secret path is marked sensitive.
 */
import { MANAGED_KINDS, type JsonSchema } from '../../model';
import { DOCUMENT_SETTINGS, desiredObjectSchema } from '../../model/desired-schema';
import { isSecretPath } from '../../reconcile';
import { T, type Attribute, type Schema, type TfType } from '../tf';

/**
 * 1: backup_policies.target.host_key became its OpenSSH one-liner (it was `{selection, value}` in 0).
 * 2: audit_policies.timestamping_enabled lost its default (a 7.0 LTS field: filling it would write it
 *    to an 8.0 LTS appliance), so a `false` the model filled is no longer state.
 */
export const RESOURCE_SCHEMA_VERSION = 2;

export function configurationSchema(): Schema {
  const attributes: Record<string, Attribute> = {
    id: { type: T.string, computed: true, description: 'The appliance URL this configuration belongs to.' },
    keys: {
      type: T.map(T.map(T.string)),
      computed: true,
      description: 'SPS keys of the managed objects: kind → name → key (computed by the appliance).',
    },
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
      attributes[kind.name] = {
        ...toAttribute(body, false, secret, []),
        optional: true,
        computed: false,
        required: false,
      };
    }
  }
  attributes.pass_through = {
    description:
      'Objects of configuration endpoints the model has no kind for, keyed by endpoint relative to /api/configuration (e.g. "ssh/connections"). Bodies are jsonencode()d partial JSON: the fields written are managed, every other field is kept. References: {"$ref" = "<endpoint>/<name>"}.',
    optional: true,
    nestedType: {
      nesting: 'map',
      attributes: {
        sensitive_paths: {
          type: T.list(T.string),
          optional: true,
          description:
            'JSON pointers of secret fields ("*" for every array element): masked in output, fingerprinted.',
        },
        objects: {
          type: T.map(T.string),
          optional: true,
          description: 'A collection: jsonencode()d partial bodies keyed by object name.',
        },
        singleton: {
          type: T.string,
          optional: true,
          description: 'A singleton endpoint: its jsonencode()d partial body.',
        },
      },
    },
  };
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
  const presence: Pick<Attribute, 'required' | 'optional' | 'computed'> =
    isRequired && !hasDefault
      ? { required: true }
      : hasDefault
        ? { optional: true, computed: true }
        : { optional: true };
  const description = describe(schema, shape);
  const sensitive = secret(at) ? { sensitive: true } : {};
  if (shape.type === 'object' && shape.properties) {
    return {
      ...presence,
      description,
      ...sensitive,
      nestedType: { nesting: 'single', attributes: nestedAttributes(shape, at, secret) },
    };
  }
  if (shape.type === 'array') {
    const items = concrete(shape.items as JsonSchema);
    if (items.type === 'object') {
      return {
        ...presence,
        description,
        ...sensitive,
        nestedType: { nesting: 'list', attributes: nestedAttributes(items, [...at, '0'], secret) },
      };
    }
    // a list of tuples (a time policy's [from, to] intervals): list(list(scalar))
    const type =
      items.type === 'array'
        ? T.list(T.list(scalar(concrete(items.items as JsonSchema))))
        : T.list(scalar(items));
    return { ...presence, description, ...sensitive, type };
  }
  return { ...presence, description, ...sensitive, type: scalar(shape) };
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
