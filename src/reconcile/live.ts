/**
 * Reads what the appliance has now, for the kinds a plan touches and the kinds they point at.
 * Bodies are normalized into the written form (references as keys) so they compare with desired.
 */
import { createHash } from 'node:crypto';
import type { LiveObject as ClientObject, SpsClient } from '../client';
import { KINDS, kindOf, type JsonObject, type JsonValue, type KindDef, type KindName } from '../model';

export interface LiveObject {
  readonly key: string;
  /** `body.name` for collections, the kind name for singletons, the key for unnamed targets. */
  readonly name: string;
  /** Normalized written form: references as keys, defaults filled. */
  readonly body: JsonObject;
  /** Digest of the server's body: what "unchanged since the plan" means. */
  readonly digest: string;
}

export interface LiveState {
  readonly objects: ReadonlyMap<KindName, ReadonlyMap<string, LiveObject>>;
  /** key → name, per kind, for turning references back into names. */
  readonly namesByKey: ReadonlyMap<KindName, ReadonlyMap<string, string>>;
}

export type ReadProgress = (event: { kind: KindName; done: number; total: number }) => void;

/** Kinds to read for a set of managed kinds: themselves plus the listable kinds they reference. */
export function kindsToRead(managed: readonly KindName[]): KindDef[] {
  const names = new Set<KindName>(managed);
  for (const name of managed) {
    for (const ref of kindOf(name).references)
      if (kindOf(ref.target).shape === 'read-only') names.add(ref.target);
    for (const ref of kindOf(name).references)
      if (kindOf(ref.target).shape === 'collection') names.add(ref.target);
  }
  return KINDS.filter((k) => names.has(k.name) && k.shape !== 'create-only');
}

export async function readLive(
  client: SpsClient,
  kinds: readonly KindDef[],
  progress?: ReadProgress,
): Promise<LiveState> {
  const results = await Promise.all(kinds.map(async (kind) => [kind, await client.readAll(kind)] as const));
  const objects = new Map<KindName, Map<string, LiveObject>>();
  const namesByKey = new Map<KindName, Map<string, string>>();
  let done = 0;
  const total = results.reduce((n, [, list]) => n + list.length, 0);
  for (const [kind, list] of results) {
    const byName = new Map<string, LiveObject>();
    const names = new Map<string, string>();
    for (const raw of list) {
      const obj = toLiveObject(kind, raw);
      if (!byName.has(obj.name)) byName.set(obj.name, obj);
      names.set(obj.key, obj.name);
      progress?.({ kind: kind.name, done: ++done, total });
    }
    objects.set(kind.name, byName);
    namesByKey.set(kind.name, names);
  }
  return { objects, namesByKey };
}

export function toLiveObject(kind: KindDef, raw: ClientObject): LiveObject {
  const name =
    kind.shape === 'singleton'
      ? kind.name
      : kind.identity === 'name' && typeof raw.body.name === 'string'
        ? raw.body.name
        : raw.key;
  const body = kind.shape === 'read-only' ? raw.body : kind.fromServer(raw.body);
  return { key: raw.key, name, body, digest: digestOf(raw.body) };
}

/** Stable digest of a JSON value (key order independent). */
export function digestOf(value: JsonValue): string {
  return createHash('sha256').update(stableStringify(value)).digest('hex').slice(0, 32);
}

function stableStringify(v: JsonValue): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableStringify(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}
