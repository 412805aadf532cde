/**
 * Reference integrity over a whole configuration state: every reference must resolve to an object
 * of its target kind, and secret material (passwords, private keys) may be referenced only once.
 * Used at commit (whole state), on write when the `referenceCheck` switch says so, and on delete
 * (who still points at this object).
 */
import { matchPath, toPointer } from '../model';
import type { JsonObject, JsonValue, KindDef, KindName } from '../model';
import { describeObject, type ConfigState } from './store';

export interface ReferenceUse {
  readonly from: KindDef;
  readonly fromKey: string;
  readonly fromBody: JsonObject;
  /** JSON pointer in the referrer's body, e.g. `/signing/x509_identity`. */
  readonly pointer: string;
  readonly target: KindName;
  readonly key: string;
}

export interface IntegrityIssue {
  readonly object: string;
  readonly pointer: string;
  readonly message: string;
}

/**
 * The kind holding an object with this key. Generic endpoints (the appliance's own, not modelled:
 * connection, channel policies, …) have no declared reference fields: any string in their bodies
 * that is the key of an existing object is a reference to it, as a key-addressed API would treat it.
 */
export const OBJECT_KEY = /^(-\d+|[0-9a-f][0-9a-f-]{15,})$/;

export function ownerOfKey(state: ConfigState, key: string): KindName | undefined {
  if (!OBJECT_KEY.test(key)) return undefined; // singleton keys (`options`) and short strings are not references
  for (const [kind, objects] of state) if (objects.has(key)) return kind;
  return undefined;
}

export const isGenericKind = (kind: KindDef): boolean => kind.name.includes('/');

function genericReferences(kind: KindDef, key: string, body: JsonObject, state: ConfigState): ReferenceUse[] {
  const out: ReferenceUse[] = [];
  const walk = (v: JsonValue, at: string[]): void => {
    if (typeof v === 'string') {
      const target = ownerOfKey(state, v);
      if (target)
        out.push({ from: kind, fromKey: key, fromBody: body, pointer: toPointer(at), target, key: v });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...at, String(i)]));
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) if (k !== 'name') walk(x, [...at, k]);
  };
  walk(body, []);
  return out;
}

export function referencesOf(
  kind: KindDef,
  key: string,
  body: JsonObject,
  state?: ConfigState,
): ReferenceUse[] {
  if (isGenericKind(kind)) return state ? genericReferences(kind, key, body, state) : [];
  const out: ReferenceUse[] = [];
  for (const ref of kind.references) {
    for (const m of matchPath(body, ref.path)) {
      if (typeof m.value !== 'string' || m.value === '') continue; // null/absent = no reference
      out.push({
        from: kind,
        fromKey: key,
        fromBody: body,
        pointer: toPointer(m.segments),
        target: ref.target,
        key: m.value,
      });
    }
  }
  return out;
}

export function allReferences(kinds: readonly KindDef[], state: ConfigState): ReferenceUse[] {
  return kinds.flatMap((k) =>
    [...(state.get(k.name) ?? new Map<string, JsonObject>())].flatMap(([key, body]) =>
      referencesOf(k, key, body, state),
    ),
  );
}

/** References from `kind`/`key` (or from everything, when omitted) that resolve to nothing. */
export function danglingReferences(
  kinds: readonly KindDef[],
  state: ConfigState,
  only?: { kind: KindDef; key: string },
): IntegrityIssue[] {
  const uses = only
    ? referencesOf(only.kind, only.key, state.get(only.kind.name)?.get(only.key) ?? {}, state)
    : allReferences(kinds, state);
  const byName = new Map(kinds.map((k) => [k.name, k]));
  return uses
    .filter((u) => !state.get(u.target)?.has(u.key))
    .map((u) => ({
      object: describeObject(u.from, u.fromKey, u.fromBody),
      pointer: u.pointer,
      message: `refers to ${byName.get(u.target)?.title ?? u.target} "${u.key}", which does not exist`,
    }));
}

/** Passwords and private keys are single-use: a second referrer is an error naming both. */
export function overusedSecrets(kinds: readonly KindDef[], state: ConfigState): IntegrityIssue[] {
  const singleUse = new Set(kinds.filter((k) => k.shape === 'create-only').map((k) => k.name));
  const firstUse = new Map<string, ReferenceUse>();
  const issues: IntegrityIssue[] = [];
  for (const u of allReferences(kinds, state)) {
    if (!singleUse.has(u.target)) continue;
    const id = `${u.target}/${u.key}`;
    const prior = firstUse.get(id);
    if (!prior) {
      firstUse.set(id, u);
      continue;
    }
    issues.push({
      object: describeObject(u.from, u.fromKey, u.fromBody),
      pointer: u.pointer,
      message: `refers to ${u.target} "${u.key}", which is already used by ${describeObject(prior.from, prior.fromKey, prior.fromBody)} at ${prior.pointer}; a ${u.target} object can be referenced only once`,
    });
  }
  return issues;
}

export function referrersOf(
  kinds: readonly KindDef[],
  state: ConfigState,
  target: KindName,
  key: string,
): ReferenceUse[] {
  return allReferences(kinds, state).filter((u) => u.target === target && u.key === key);
}

export const formatIssue = (i: IntegrityIssue): string => `${i.object} ${i.pointer}: ${i.message}`;
