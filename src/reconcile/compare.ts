/**
 * Compares one desired object with its live counterpart, field by field, over the paths the
 * document manages only (ownership.ts): a field the appliance has and the document does not
 * declare is kept, never a change. References compare by name, secrets by value when the appliance
 * shows them and by fingerprint when it does not; a secret nothing can verify is written.
 */
import {
  deepClone,
  isJsonObject,
  jsonEqual,
  matchPath,
  setAt,
  toPointer,
  valueAt,
  type JsonObject,
  type JsonValue,
  type KindDef,
  type NamesByKey,
  pathFromPointer,
} from '../model';
import { isSecretPath, secretFields } from '../model/desired-schema';
import { releasedPaths, type DeclaredBefore } from './declared';
import { keptPaths, managedView } from './ownership';
import { isMasked, matchesFingerprint, secretId, type SecretRecords } from './secrets';

export interface FieldChange {
  /** JSON pointer inside the body. */
  readonly path: string;
  /** Absent when the field is new, or when it is sensitive. */
  readonly before?: JsonValue;
  readonly after?: JsonValue;
  readonly sensitive: boolean;
  /** A secret written because nothing can tell whether the appliance already holds it. */
  readonly unverifiable?: true;
  /**
   * Declared at the last apply and no longer: left out of the next write, so the appliance applies
   * its own default (`after` is absent).
   */
  readonly released?: true;
}

/**
 * Per secret path: `same` (nothing to write), `changed` (the appliance holds something else, or
 * nothing), `unverifiable` (the appliance hides it and no fingerprint proves it: written, then
 * fingerprinted, so the next plan can tell), `unverified` (the same, for a caller that keeps no
 * fingerprints: left as it is, and the plan says so — writing it would be a change on every run).
 */
export type SecretDecision = 'same' | 'changed' | 'unverifiable' | 'unverified';

export interface Comparison {
  readonly changes: FieldChange[];
  readonly notes: string[];
  /** Keyed by pointer; only `same` inline references reuse the live key when written. */
  readonly secrets: ReadonlyMap<string, SecretDecision>;
  /** Live fields the document does not manage, kept as they are (JSON pointers). */
  readonly kept: readonly string[];
  /** Fields declared at the last apply and no longer (JSON pointers): the write leaves them out. */
  readonly released: readonly string[];
}

export interface CompareContext {
  readonly namesByKey: NamesByKey;
  readonly secretRecords: SecretRecords;
  /** Rewrite every secret the appliance does not show, even one a fingerprint says is unchanged. */
  readonly rotateSecrets: boolean;
  /**
   * The caller keeps the fingerprints an apply records (Terraform private state, a CLI state file),
   * so a secret nothing can verify is written once and then known.
   */
  readonly recordsSecrets: boolean;
  /** What the document declared at the last apply, when the caller keeps a record of it. */
  readonly declaredBefore?: DeclaredBefore;
}

/** Stand-ins for secret values while diffing: a diff line can then never hold the secret itself. */
const enum Marker {
  Old = 'old-secret',
  New = 'new-secret',
}
const markers = new WeakSet<object>();
const marker = (which: Marker): JsonObject => {
  const m: JsonObject = { [which]: true };
  markers.add(m);
  return m;
};

export function compareObject(
  kind: KindDef,
  name: string,
  desired: JsonObject,
  liveBody: JsonObject,
  ctx: CompareContext,
): Comparison {
  const fields = secretFields(kind);
  const named = kind.namesForComparison(liveBody, ctx.namesByKey, desired);
  // secrets are marked in `have` below, which may share subtrees with `live`: never with the read body
  const live = fields.length && named === liveBody ? deepClone(liveBody) : named;
  const want = fields.length ? deepClone(desired) : desired;
  // a fresh structure (managedView copies containers), so marking secrets below never touches `live`
  const have = (managedView(kind.schema, live, desired) ?? {}) as JsonObject;
  const notes: string[] = [];
  const secrets = new Map<string, SecretDecision>();
  const unverifiable = new Set<string>();

  for (const { path, inline } of fields) {
    for (const m of matchPath(want, path)) {
      const pointer = toPointer(m.segments);
      const liveValue = valueAt(have, m.segments);
      let decision = decide(inline, String(m.value), liveValue, ctx, secretId(kind.name, name, pointer));
      if (decision === 'unverifiable' && !ctx.rotateSecrets && !ctx.recordsSecrets) decision = 'unverified';
      if (decision === 'unverifiable') {
        unverifiable.add(pointer);
        notes.push(
          `${pointer} cannot be verified (the appliance does not show it${ctx.rotateSecrets ? ', and rotation was asked for' : ' and no fingerprint of it is recorded'}): it will be written`,
        );
      } else if (decision === 'unverified') {
        notes.push(
          `${pointer} cannot be verified (the appliance does not show it), so it is not planned as a change: kept as it is; keep a state file (--state) to have it written once and tracked, or rotate it (--rotate-secrets)`,
        );
      }
      secrets.set(pointer, decision);
      const same = decision === 'same' || decision === 'unverified';
      setAt(want, m.segments, marker(same ? Marker.Old : Marker.New));
      if (liveValue !== undefined) setAt(have, m.segments, marker(Marker.Old));
    }
    // a secret of a variant the document replaces shows as a sensitive removal
    for (const m of matchPath(have, path))
      if (valueAt(want, m.segments) === undefined) setAt(have, m.segments, marker(Marker.Old));
  }

  const changes: FieldChange[] = [];
  diff(kind, have, want, [], changes, unverifiable);
  const released = releasedPaths(kind.schema, ctx.declaredBefore?.(kind.name, name), desired, live);
  for (const path of released) {
    const segments = pathFromPointer(path) ?? [];
    const sensitive = isSecretPath(kind, segments);
    const before = valueAt(live, segments);
    changes.push({
      path,
      sensitive,
      ...(sensitive || before === undefined ? {} : { before }),
      released: true,
    });
  }
  let kept: string[] | undefined;
  return {
    changes,
    notes,
    secrets,
    released,
    // on demand: only reports read it, and most objects of a large plan are never reported on
    get kept() {
      return (kept ??= keptPaths(kind.schema, live, desired).filter((p) => !released.includes(p)));
    },
  };
}

function decide(
  inline: boolean,
  value: string,
  liveValue: JsonValue | undefined,
  ctx: CompareContext,
  id: string,
): SecretDecision {
  const record = ctx.secretRecords[id];
  if (inline) {
    // the live value is the key of a private key object: its material can never be read back
    if (typeof liveValue !== 'string') return 'changed';
    if (ctx.rotateSecrets || !record) return 'unverifiable';
    if (record.key !== liveValue) return 'changed'; // repointed since we wrote it
    return matchesFingerprint(value, record.fingerprint) ? 'same' : 'changed';
  }
  if (liveValue === undefined) return 'changed';
  if (!isMasked(liveValue)) return liveValue === value ? 'same' : 'changed';
  if (ctx.rotateSecrets || !record) return 'unverifiable';
  return matchesFingerprint(value, record.fingerprint) ? 'same' : 'changed';
}

function diff(
  kind: KindDef,
  before: JsonValue | undefined,
  after: JsonValue | undefined,
  at: string[],
  out: FieldChange[],
  unverifiable: ReadonlySet<string>,
): void {
  if (before === after) return; // equal primitives, the common case
  // a side that is absent (create, or a new nested object) is walked like an empty object, so every
  // leaf gets its own line and only the secret leaves are hidden
  if (walkable(before) && walkable(after)) {
    const b = (before ?? EMPTY) as JsonObject;
    const a = (after ?? EMPTY) as JsonObject;
    const keys = Object.keys(b);
    for (const k of Object.keys(a)) if (!hasOwn(b, k)) keys.push(k);
    for (const k of keys.sort()) {
      at.push(k);
      diff(kind, hasOwn(b, k) ? b[k] : undefined, hasOwn(a, k) ? a[k] : undefined, at, out, unverifiable);
      at.pop();
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    for (let i = 0; i < before.length; i++) {
      at.push(String(i));
      diff(kind, before[i], after[i], at, out, unverifiable);
      at.pop();
    }
    return;
  }
  if (isMarker(before, Marker.Old) && isMarker(after, Marker.Old)) return;
  if (!(isMarker(before) || isMarker(after)) && jsonEqual(before, after)) return;
  const path = toPointer(at);
  const sensitive = isSecretPath(kind, at) || holdsMarker(before) || holdsMarker(after);
  out.push({
    path,
    sensitive,
    ...(sensitive || before === undefined ? {} : { before }),
    ...(sensitive || after === undefined ? {} : { after }),
    ...(unverifiable.has(path) ? { unverifiable: true as const } : {}),
  });
}

const EMPTY: JsonObject = Object.freeze({}) as JsonObject;
const hasOwn = (o: JsonObject, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const walkable = (v: JsonValue | undefined): boolean =>
  v === undefined || (isJsonObject(v) && !markers.has(v));

function isMarker(v: JsonValue | undefined, which?: Marker): boolean {
  return isJsonObject(v) && markers.has(v) && (which === undefined || v[which] === true);
}

/** Whether a value (a whole array or object being replaced) carries a secret somewhere inside. */
function holdsMarker(v: JsonValue | undefined): boolean {
  if (isMarker(v)) return true;
  if (Array.isArray(v)) return v.some(holdsMarker);
  if (isJsonObject(v)) return Object.values(v).some(holdsMarker);
  return false;
}
