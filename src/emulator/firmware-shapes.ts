/**
 * The emulator's own table of what differs between the firmware bands it can pretend to run
 * (`--firmware-version`), written from the guide samples (sps-api-more.md §5), not from the model's
 * band marks: a client that sends one band's fields to the other band's appliance must meet the
 * refusal a real box would give (an unknown field), whatever the model believes.
 */
import { deepClone, type JsonObject, type JsonValue, type KindName } from '../model';

export type EmulatedBand = '7.0' | '8.0';

/** What the emulator claims to run unless told otherwise (7.0 LTS, the guide excerpts' version). */
export const DEFAULT_FIRMWARE_VERSION = '7.0.5';

/** 8.x and later answer with the 8.0 LTS shapes; everything older with the 7.0 LTS ones. */
export function emulatedBand(firmwareVersion: string): EmulatedBand {
  const major = Number.parseInt(firmwareVersion, 10);
  return Number.isFinite(major) && major >= 8 ? '8.0' : '7.0';
}

interface BandShape {
  /** Top-level fields this firmware does not have: a write holding one is refused. */
  readonly absent: readonly string[];
  /** Top-level fields a write must hold (a PUT is a full replacement). */
  readonly required?: readonly string[];
  /** What the appliance stores for a top-level field a write leaves out. */
  readonly defaults?: Readonly<Record<string, JsonValue>>;
}

const SHAPES: Record<EmulatedBand, Partial<Record<KindName, BandShape>>> = {
  '7.0': {
    audit_policies: {
      absent: ['timestamping', 'signing_and_timestamping_interval'],
      defaults: { timestamping_enabled: false },
    },
    vnc_options: { absent: ['channel_database_cleanup'], required: ['audit', 'service'] },
  },
  '8.0': {
    audit_policies: {
      absent: ['timestamping_enabled'],
      defaults: { timestamping: { enabled: false }, signing_and_timestamping_interval: 30 },
    },
    vnc_options: { absent: ['audit'], required: ['channel_database_cleanup', 'service'] },
  },
};

/** What is wrong with a written body on this band (empty when it fits). */
export function bandIssues(
  band: EmulatedBand,
  kind: KindName,
  body: JsonObject,
): { path: string; message: string }[] {
  const shape = SHAPES[band][kind];
  if (!shape) return [];
  return [
    ...shape.absent
      .filter((f) => Object.prototype.hasOwnProperty.call(body, f))
      .map((f) => ({ path: `/${f}`, message: `unknown field (this firmware has no ${f})` })),
    ...(shape.required ?? [])
      .filter((f) => !Object.prototype.hasOwnProperty.call(body, f))
      .map((f) => ({ path: `/${f}`, message: 'is required' })),
  ];
}

/** `body` with the band's defaults for the fields it leaves out (a new object). */
export function withBandDefaults(band: EmulatedBand, kind: KindName, body: JsonObject): JsonObject {
  const defaults = SHAPES[band][kind]?.defaults;
  if (!defaults) return body;
  const out = deepClone(body);
  for (const [field, value] of Object.entries(defaults))
    if (!Object.prototype.hasOwnProperty.call(out, field)) out[field] = deepClone(value);
  return out;
}
