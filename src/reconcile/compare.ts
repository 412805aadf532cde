/**
 * Compares one desired object with its live counterpart, field by field. References compare by
 * name, secrets by value when the appliance shows them and by fingerprint when it does not.
 */
import {
  deepClone,
  isJsonObject,
  jsonEqual,
  kindOf,
  matchPath,
  setAt,
  toPointer,
  valueAt,
  type JsonObject,
  type JsonValue,
  type KindDef,
  type KindName,
} from '../model';
import { isInlineSecretReference } from '../model/desired-schema';
import { isSecretPath, secretFields } from './desired';
import { isMasked, matchesFingerprint, secretId, type SecretRecords } from './secrets';

export interface FieldChange {
  /** JSON pointer inside the body. */
  readonly path: string;
  /** Absent when the field is new, or when it is sensitive. */
  readonly before?: JsonValue;
  readonly after?: JsonValue;
  readonly sensitive: boolean;
}

/** Per secret path: what apply must do about it. */
export type SecretDecision = 'same' | 'changed' | 'unverifiable';

export interface Comparison {
  readonly changes: FieldChange[];
  readonly notes: string[];
  /** Keyed by pointer; `unverifiable` inline references reuse the live key when written. */
  readonly secrets: ReadonlyMap<string, SecretDecision>;
}

export interface CompareContext {
  readonly namesByKey: ReadonlyMap<KindName, ReadonlyMap<string, string>>;
  readonly secretRecords: SecretRecords;
  /** Rewrite secrets that cannot be verified (the appliance masks them and nothing is recorded). */
  readonly rotateSecrets: boolean;
}

const OLD = '\u0000old-secret';
const NEW = '\u0000new-secret';

export function compareObject(
  kind: KindDef,
  name: string,
  desired: JsonObject,
  liveBody: JsonObject,
  ctx: CompareContext,
): Comparison {
  // copies only where something below rewrites them (secret markers, reference names)
  const fields = secretFields(kind);
  const want = fields.length ? deepClone(desired) : desired;
  const have =
    fields.length || kind.references.length
      ? namesForReferences(kind, deepClone(liveBody), ctx.namesByKey)
      : liveBody;
  const notes: string[] = [];
  const secrets = new Map<string, SecretDecision>();

  for (const { path, inline } of fields) {
    for (const m of matchPath(want, path)) {
      const pointer = toPointer(m.segments);
      const liveValue = valueAt(have, m.segments);
      const record = ctx.secretRecords[secretId(kind.name, name, pointer)];
      let decision: SecretDecision;
      if (inline) {
        if (typeof liveValue !== 'string') decision = 'changed';
        else if (record)
          decision =
            record.key === liveValue && matchesFingerprint(String(m.value), record.fingerprint)
              ? 'same'
              : 'changed';
        else decision = 'unverifiable';
      } else if (liveValue !== undefined && !isMasked(liveValue)) {
        decision = liveValue === m.value ? 'same' : 'changed';
      } else if (record) {
        decision = matchesFingerprint(String(m.value), record.fingerprint) ? 'same' : 'changed';
      } else decision = liveValue === undefined ? 'changed' : 'unverifiable';
      if (decision === 'unverifiable' && ctx.rotateSecrets) decision = 'changed';
      if (decision === 'unverifiable') {
        notes.push(
          `${pointer} cannot be verified (the appliance does not show it); kept as is, use rotate-secrets to rewrite it`,
        );
      }
      secrets.set(pointer, decision);
      setAt(want, m.segments, decision === 'changed' ? NEW : OLD);
      if (liveValue !== undefined) setAt(have, m.segments, OLD);
    }
    // secrets the appliance has but the desired body dropped show up as sensitive removals
    for (const m of matchPath(have, path))
      if (valueAt(want, m.segments) === undefined) setAt(have, m.segments, OLD);
  }

  const changes: FieldChange[] = [];
  diff(kind, have, want, [], changes);
  return { changes, notes, secrets };
}

/** Live references are keys; desired ones are names. Compare in names where the target has them. */
export function namesForReferences(
  kind: KindDef,
  body: JsonObject,
  namesByKey: ReadonlyMap<KindName, ReadonlyMap<string, string>>,
): JsonObject {
  for (const ref of kind.references) {
    if (isInlineSecretReference(ref) || kindOf(ref.target).identity !== 'name') continue;
    const names = namesByKey.get(ref.target);
    for (const m of matchPath(body, ref.path)) {
      if (typeof m.value === 'string' && names?.has(m.value)) setAt(body, m.segments, names.get(m.value)!);
    }
  }
  return body;
}

function diff(
  kind: KindDef,
  before: JsonValue | undefined,
  after: JsonValue | undefined,
  at: string[],
  out: FieldChange[],
): void {
  if (before === after) return; // equal primitives, the common case
  // a side that is absent (create, or a new nested object) is walked like an empty object, so every
  // leaf gets its own line and only the secret leaves are hidden
  if ((isJsonObject(before) || before === undefined) && (isJsonObject(after) || after === undefined)) {
    const b = before ?? {};
    const a = after ?? {};
    const keys = Object.keys(b);
    for (const k of Object.keys(a)) if (!(k in b)) keys.push(k);
    for (const k of keys.sort()) {
      at.push(k);
      diff(kind, b[k], a[k], at, out);
      at.pop();
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    for (let i = 0; i < before.length; i++) {
      at.push(String(i));
      diff(kind, before[i], after[i], at, out);
      at.pop();
    }
    return;
  }
  if (jsonEqual(before, after)) return;
  const sensitive = isSecretPath(kind, at) || containsSecretMarker(before) || containsSecretMarker(after);
  out.push({
    path: toPointer(at),
    sensitive,
    ...(sensitive || before === undefined ? {} : { before }),
    ...(sensitive || after === undefined ? {} : { after }),
  });
}

function containsSecretMarker(v: JsonValue | undefined): boolean {
  return v !== undefined && JSON.stringify(v).includes('\\u0000');
}
