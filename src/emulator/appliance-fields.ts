/**
 * Fields the emulated appliance keeps that the model does not know. A real SPS always has such
 * fields (the guide's samples are abbreviated, and each firmware adds some), so the emulator must
 * have them too, or no test could see a client that destroys them.
 *
 * They are INVENTED for testing, not SPS facts: their names and values only have to be outside the
 * model, at the top level, in nested objects, in list items and inside discriminated variants. As on
 * a real box, a PUT is a full replacement: a field left out of a PUT is reset to its default.
 * The `unmodelledFields` switch turns them off.
 */
import { deepClone, isJsonObject, type JsonObject, type JsonValue, type KindName } from '../model';

export interface ApplianceField {
  /** The object that holds the field, as a body path (`'*'` = every item of a list). */
  readonly at: readonly string[];
  readonly name: string;
  /** What the appliance stores when a write leaves the field out. */
  readonly default: JsonValue;
}

const f = (at: string[], name: string, value: JsonValue): ApplianceField => ({ at, name, default: value });
const mountOptions = { timeout_seconds: 30, retries: 3 };

export const APPLIANCE_FIELDS: Partial<Record<KindName, readonly ApplianceField[]>> = {
  audit_policies: [
    f([], 'description', ''),
    f(['signing'], 'digest_algorithm', 'sha256'),
    f(['encryption'], 'cipher', 'aes-256-gcm'),
  ],
  archive_cleanup_policies: [f([], 'description', ''), f(['target'], 'mount_options', mountOptions)],
  backup_policies: [
    f([], 'description', ''),
    f(['target'], 'mount_options', mountOptions),
    f(['notification_event'], 'include_summary', true),
  ],
  content_policies: [
    f([], 'description', ''),
    f(['rules', '*'], 'severity', 'info'),
    f(['rules', '*', 'event'], 'case_sensitive', false),
  ],
  time_policies: [f([], 'description', '')],
  splunk_forwarder: [f([], 'batch_size', 100), f(['ssl'], 'verify_depth', 9)],
  universal_siem_forwarder: [
    f([], 'queue_size', 10000),
    f(['targets', '*'], 'heartbeat', { enabled: false, interval_seconds: 60 }),
  ],
  vnc_options: [f(['service'], 'max_sessions', 0), f(['audit', 'cleanup'], 'schedule', '3:00')],
  ssh_options: [f(['service'], 'max_sessions', 0), f(['audit', 'cleanup'], 'schedule', '3:00')],
  rdp_options: [f(['service'], 'max_sessions', 0), f(['channel_database_cleanup'], 'schedule', '3:00')],
  system_backup: [f([], 'encryption', { enabled: false })],
};

const fieldsOf = (kind: KindName): readonly ApplianceField[] => APPLIANCE_FIELDS[kind] ?? [];

/** Every object of `body` at `at` (walking `'*'` over list items). */
function containers(body: JsonValue, at: readonly string[]): JsonObject[] {
  let nodes: JsonValue[] = [body];
  for (const seg of at) {
    const next: JsonValue[] = [];
    for (const n of nodes) {
      if (seg === '*') {
        if (Array.isArray(n)) next.push(...n);
      } else if (isJsonObject(n) && Object.prototype.hasOwnProperty.call(n, seg)) next.push(n[seg]);
    }
    nodes = next;
  }
  return nodes.filter(isJsonObject);
}

/** Whether `value` has the shape of the field's default (same JSON type; objects: known keys only). */
function fits(value: JsonValue, model: JsonValue): boolean {
  if (isJsonObject(model))
    return isJsonObject(value) && Object.entries(value).every(([k, v]) => k in model && fits(v, model[k]));
  if (Array.isArray(model)) return Array.isArray(value);
  return typeof value === typeof model && (model === null) === (value === null);
}

/**
 * Splits a written body into what the model validates and the appliance-only fields. Returns the
 * body without them, or the problems with them (a value of the wrong type).
 */
export function withoutApplianceFields(
  kind: KindName,
  body: JsonObject,
): { body: JsonObject; issues: { path: string; message: string }[] } {
  const out = deepClone(body);
  const issues: { path: string; message: string }[] = [];
  for (const field of fieldsOf(kind)) {
    for (const holder of containers(out, field.at)) {
      if (!Object.prototype.hasOwnProperty.call(holder, field.name)) continue;
      if (!fits(holder[field.name], field.default))
        issues.push({
          path: `/${[...field.at, field.name].join('/')}`,
          message: `must have the shape of ${JSON.stringify(field.default)}`,
        });
      delete holder[field.name];
    }
  }
  return { body: out, issues };
}

/**
 * The body to store: `canonical` (validated, model defaults filled) with each appliance-only field
 * as `written` had it, or its default where the write left it out (a full replacement).
 */
export function withApplianceFields(kind: KindName, canonical: JsonObject, written: JsonObject): JsonObject {
  const out = deepClone(canonical);
  for (const field of fieldsOf(kind)) {
    const sent = containers(written, field.at);
    containers(out, field.at).forEach((holder, i) => {
      const from = sent[i];
      holder[field.name] =
        from && Object.prototype.hasOwnProperty.call(from, field.name)
          ? deepClone(from[field.name])
          : deepClone(field.default);
    });
  }
  return out;
}

/** A stored body as the emulator serves it with the switch off: the appliance-only fields hidden. */
export function hideApplianceFields(kind: KindName, body: JsonObject): JsonObject {
  return fieldsOf(kind).length ? withoutApplianceFields(kind, body).body : body;
}
