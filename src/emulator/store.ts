/**
 * Configuration state: kind → key → body in the canonical written form (references as key
 * strings). Reads derive the server form from it with `kind.toServer`, so one stored shape serves
 * reads, the changelog, reference checks, snapshots and persistence.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { JsonObject, KindDef, KindName } from '../model';
import type { Snapshot } from './types';

export type ConfigState = Map<KindName, Map<string, JsonObject>>;

export function emptyState(kinds: readonly KindDef[]): ConfigState {
  return new Map(kinds.map((k) => [k.name, new Map<string, JsonObject>()]));
}

export function cloneState(state: ConfigState): ConfigState {
  return structuredClone(state);
}

export function objectsOf(state: ConfigState, kind: KindName): Map<string, JsonObject> {
  let m = state.get(kind);
  if (!m) {
    m = new Map();
    state.set(kind, m);
  }
  return m;
}

export function toSnapshot(state: ConfigState): Snapshot {
  const out: Snapshot = {};
  for (const [kind, objects] of state) out[kind] = Object.fromEntries(structuredClone([...objects]));
  return out;
}

/** Unknown kinds in a snapshot are ignored (the file may come from a newer model). */
export function fromSnapshot(kinds: readonly KindDef[], snap: Snapshot): ConfigState {
  const state = emptyState(kinds);
  for (const kind of kinds) {
    for (const [key, body] of Object.entries(snap[kind.name] ?? {}))
      state.get(kind.name)!.set(key, structuredClone(body));
  }
  return state;
}

export { singletonKey } from '../model/singleton-key';

/**
 * New object keys. Policies get SPS-style 22-hex ids (as in the guide's archive policy sample);
 * secret material and certificates get UUIDs (as in the private key and x509 samples).
 */
export function newKey(kind: KindDef): string {
  return kind.shape === 'collection' ? randomBytes(11).toString('hex') : randomUUID();
}

export const isBuiltinKey = (key: string): boolean => /^-\d+$/.test(key);

/** `audit policy "pci" (key 1a2b…)`, or the title alone for singletons. */
export function describeObject(kind: KindDef, key: string, body: JsonObject | undefined): string {
  if (kind.shape === 'singleton') return kind.title;
  const name = body && typeof body.name === 'string' ? ` "${body.name}"` : '';
  return `${kind.title}${name} (key ${key})`;
}
