/**
 * Firmware bands: the releases the model was written for, and the fields that exist in only one of
 * them (sps-api-more.md §5). 7.0 LTS keeps timestamping in the audit policy as a boolean and in each
 * protocol's `options.audit`; 8.0 LTS has `timestamping{enabled, server}` and
 * `signing_and_timestamping_interval` in the audit policy, and the newer protocol options shape.
 *
 * A field that exists in one band only carries `x-firmware` (the band) in its JSON Schema, and
 * optionally `x-firmware-instead` (what the other band uses), so the rule lives beside the field.
 * Band-specific fields have no schema default: a default would write a field the other band refuses.
 */
import { isJsonObject, toPointer } from './paths';
import type { JsonObject, JsonSchema, JsonValue, KindDef } from './types';

export type FirmwareBand = '7.0' | '8.0';

export const FIRMWARE_BANDS: readonly { readonly band: FirmwareBand; readonly name: string }[] = [
  { band: '7.0', name: '7.0 LTS' },
  { band: '8.0', name: '8.0 LTS' },
];

/** The band a reported `firmware_version` belongs to ("8.0.2" → 8.0), or undefined outside them. */
export function bandOf(version: string): FirmwareBand | undefined {
  return FIRMWARE_BANDS.find(({ band }) => version === band || version.startsWith(`${band}.`))?.band;
}

export const bandName = (band: FirmwareBand): string => FIRMWARE_BANDS.find((b) => b.band === band)!.name;

/**
 * Marks a property schema as existing in `band` only; `instead` names what the other band uses;
 * `onCreate` is what a new object of that band gets when the document leaves the field out (what the
 * guide's samples always carry), since a band field has no schema default.
 */
export function onlyIn(
  band: FirmwareBand,
  schema: JsonSchema,
  instead?: string,
  onCreate?: JsonValue,
): JsonSchema {
  return {
    ...schema,
    description: `${schema.description as string} SPS ${bandName(band)} only${instead ? ` (the other band: ${instead})` : ''}.`,
    'x-firmware': band,
    ...(instead ? { 'x-firmware-instead': instead } : {}),
    ...(onCreate !== undefined ? { 'x-firmware-create': onCreate } : {}),
  };
}

/** `body` of a new object with the appliance band's create values for the top-level fields it leaves out. */
export function withCreateValues(
  kind: KindDef,
  body: JsonObject,
  version: string | null | undefined,
): JsonObject {
  const band = version ? bandOf(version) : undefined;
  const props = kind.schema.properties as Record<string, JsonSchema> | undefined;
  if (!band || !props) return body;
  let out = body;
  for (const [field, prop] of Object.entries(props)) {
    if (prop['x-firmware'] !== band || prop['x-firmware-create'] === undefined || field in body) continue;
    out = { ...out, [field]: structuredClone(prop['x-firmware-create'] as JsonValue) };
  }
  return out;
}

/** One band-specific field present in a body. */
export interface BandField {
  /** Body path segments of the field (list indexes as strings). */
  readonly segments: readonly string[];
  readonly band: FirmwareBand;
  readonly instead?: string;
}

/** Every band-specific field `body` declares, walking the schema and the body together. */
export function bandFieldsIn(kind: KindDef, body: JsonObject): BandField[] {
  const out: BandField[] = [];
  const walk = (schema: JsonSchema, value: JsonValue, at: string[]) => {
    if (Array.isArray(value) && isSchema(schema.items))
      value.forEach((item, i) => walk(schema.items as JsonSchema, item, [...at, String(i)]));
    if (!isJsonObject(value) || !isSchema(schema.properties)) return;
    for (const [field, sub] of Object.entries(value)) {
      // absent in JSON terms (a construct's unset prop, Terraform's null): not declared
      if (sub === undefined || sub === null) continue;
      const prop = (schema.properties as Record<string, unknown>)[field];
      if (!isSchema(prop)) continue;
      const segments = [...at, field];
      if (typeof prop['x-firmware'] === 'string')
        out.push({
          segments,
          band: prop['x-firmware'] as FirmwareBand,
          ...(typeof prop['x-firmware-instead'] === 'string' ? { instead: prop['x-firmware-instead'] } : {}),
        });
      walk(prop, sub, segments);
    }
  };
  walk(kind.schema, body, []);
  return out;
}

const isSchema = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An object that mixes two bands' fields cannot be right on any appliance: the problem (at the first
 * field of the second band, as a pointer under `at`; the message names the other field relative to
 * the object, so constructs can show it too), or undefined.
 */
export function mixedBandProblem(
  fields: readonly BandField[],
  at: readonly string[],
): { path: string; message: string } | undefined {
  const first = fields[0];
  const other = fields.find((f) => f.band !== first?.band);
  if (!first || !other) return undefined;
  return {
    path: toPointer([...at, ...other.segments]),
    message:
      `is a field of SPS ${bandName(other.band)}, but this object also has ${first.segments.join('.')}, a field of ` +
      `SPS ${bandName(first.band)}: write the object for the band the appliance runs`,
  };
}

/** The refusal for a field of another band than the appliance's, or undefined when it fits. */
export function otherBandProblem(field: BandField, version: string): string | undefined {
  const band = bandOf(version);
  if (band === undefined || band === field.band) return undefined;
  return (
    `is a field of SPS ${bandName(field.band)}; the appliance runs SPS ${version} (${bandName(band)}), which does not have it` +
    (field.instead ? `: use ${field.instead}` : '')
  );
}

/** The plan note for an appliance outside the bands, or for one that did not say its firmware. */
export function firmwareNote(version: string | null): string | undefined {
  const names = FIRMWARE_BANDS.map((b) => b.name).join(' and ');
  if (version === null)
    return `the appliance did not report its firmware version (GET /api/info); this model was written for SPS ${names}`;
  if (bandOf(version)) return undefined;
  return (
    `the appliance runs SPS ${version}, outside the bands this model was written for (${names}): ` +
    'fields the model does not know are kept as they are, but typed fields that differ in that release ' +
    '(audit policy timestamping, protocol options) may be refused by the appliance; try plan --validate-on-device first'
  );
}
