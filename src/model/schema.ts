/**
 * Small builders for the JSON Schemas of SPS bodies. Every object is closed
 * (`additionalProperties: false`) so unknown fields are errors, and every property carries the
 * guide's description, which the Terraform schema and the generated bindings reuse.
 *
 * Conditional rules ("only if type is smb") are expressed with `allOf` + `if/then/else`; the
 * Terraform schema derivation reads only `properties`/`required`, so conditionals stay JSON Schema's job.
 * `x-message` is an annotation keyword (registered with ajv) that gives a rule a human message.
 */
import type { JsonSchema } from './types';

type Extra = Record<string, unknown>;

export const str = (description: string, extra: Extra = {}): JsonSchema => ({
  type: 'string',
  description,
  ...extra,
});
export const int = (description: string, extra: Extra = {}): JsonSchema => ({
  type: 'integer',
  description,
  ...extra,
});
export const bool = (description: string, extra: Extra = {}): JsonSchema => ({
  type: 'boolean',
  description,
  ...extra,
});
export const oneOfStrings = (
  values: readonly string[],
  description: string,
  extra: Extra = {},
): JsonSchema => ({
  type: 'string',
  enum: [...values],
  description,
  ...extra,
});
export const arr = (description: string, items: JsonSchema, extra: Extra = {}): JsonSchema => ({
  type: 'array',
  description,
  items,
  ...extra,
});
export const obj = (
  description: string,
  properties: Record<string, JsonSchema>,
  required: readonly string[] = [],
  extra: Extra = {},
): JsonSchema => ({
  type: 'object',
  description,
  properties,
  required: [...required],
  additionalProperties: false,
  ...extra,
});

/** SPS names: shown in the web UI, our identity for collection objects; no whitespace allowed. */
export const objectName = (what: string): JsonSchema =>
  str(
    `The name of the ${what}. It is also displayed on the SPS web interface and cannot contain whitespace.`,
    {
      minLength: 1,
      pattern: '^\\S+$',
      'x-message': 'must be a non-empty name without whitespace',
    },
  );

/**
 * `H:MM` or `HH:MM`, 0:00 – 23:59. `byDefault` is this tool's default when a document leaves the
 * times out (SPS has none: its web UI asks for one), a run at night.
 */
export const startTimes = (what: string, byDefault: readonly string[]): JsonSchema =>
  arr(
    `The times when the ${what} process starts, in H:MM or HH:MM format (by default ${byDefault.join(', ')}: once a night).`,
    str('A start time in H:MM or HH:MM format.', {
      pattern: '^([01]?[0-9]|2[0-3]):[0-5][0-9]$',
      'x-message': 'must be a time in H:MM or HH:MM format (0:00 to 23:59)',
    }),
    { minItems: 1, default: [...byDefault] },
  );

const IPV4 =
  '((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV6 = '[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}';
const HOSTNAME =
  '([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?';

export const isIpAddress = (v: string): boolean => new RegExp(`^(${IPV4}|${IPV6})$`).test(v);
export const isHostName = (v: string): boolean => new RegExp(`^${HOSTNAME}$`).test(v);

/** `{selection: ip|fqdn, value}`: the address form SPS uses for servers. */
export const address = (description: string): JsonSchema =>
  obj(
    description,
    {
      selection: oneOfStrings(['ip', 'fqdn'], 'ip: an IP address; fqdn: a host name.'),
      value: str('The IP address or the host name, as `selection` says.', { minLength: 1 }),
    },
    ['selection', 'value'],
    {
      allOf: [
        whenEquals('selection', 'ip', {
          properties: {
            value: { pattern: `^(${IPV4}|${IPV6})$`, 'x-message': 'must be an IPv4 or IPv6 address' },
          },
        }),
        whenEquals('selection', 'fqdn', {
          properties: { value: { pattern: `^${HOSTNAME}$`, 'x-message': 'must be a host name' } },
        }),
      ],
    },
  );

/** `if field == value then <then>` (optionally `else <otherwise>`). */
export function whenEquals(
  field: string,
  value: unknown,
  then: JsonSchema,
  otherwise?: JsonSchema,
): JsonSchema {
  return {
    if: { properties: { [field]: { const: value } }, required: [field] },
    then,
    ...(otherwise ? { else: otherwise } : {}),
  };
}

/** Fields required when `field == value`, and refused otherwise (e.g. SMB-only fields). */
export function onlyWhen(
  field: string,
  value: string,
  fields: readonly string[],
  requiredToo = fields,
): JsonSchema {
  const forbidden = Object.fromEntries(
    fields.map((f) => [f, { not: {}, 'x-message': `is only allowed when ${field} is "${value}"` }]),
  );
  return whenEquals(field, value, { required: [...requiredToo] }, { properties: forbidden });
}

/** Fields required when a boolean switch is on. */
export function requiredWhenEnabled(fields: readonly string[], switchField = 'enabled'): JsonSchema {
  return whenEquals(switchField, true, { required: [...fields] });
}
