/**
 * Reads what the appliance has now, for the kinds a plan touches and the kinds they point at.
 * Bodies are normalized into the written form (references as keys) so they compare with desired.
 */
import { createHash } from 'node:crypto';
import type { LiveObject as ClientObject, SpsClient } from '../client';
import {
  mapPath,
  type JsonObject,
  type JsonValue,
  type KindDef,
  type KindName,
  type KindSet,
  type NamesByKey,
} from '../model';

export interface LiveObject {
  readonly key: string;
  /** `body.name` for collections, the kind name for singletons, the key for unnamed targets. */
  readonly name: string;
  /** Normalized written form: references as keys, defaults filled. */
  readonly body: JsonObject;
  /** Digest of the server's body: what "unchanged since the plan" means (computed on first use). */
  readonly digest: string;
  /** Digest of the server's body with its secrets left out, for files that must hold no secret-derived value. */
  readonly publicDigest: string;
  /** The body exactly as the server sent it (references as `{key, meta}`, fields outside the model included). */
  readonly serverBody: JsonObject;
  /** Whether a body read again (server form) is still this object as the plan saw it. */
  matches(serverBody: JsonObject): boolean;
}

/** Most objects of a plan are unchanged and never need their digest: it is computed on demand. */
class ReadObject implements LiveObject {
  // private fields: not serialized, so no second copy of every body in JSON output
  readonly #serverBody: JsonObject;
  readonly #kind: KindDef;
  #digest?: string;
  #publicDigest?: string;

  constructor(
    kind: KindDef,
    readonly key: string,
    readonly name: string,
    readonly body: JsonObject,
    serverBody: JsonObject,
  ) {
    this.#kind = kind;
    this.#serverBody = serverBody;
  }

  get serverBody(): JsonObject {
    return this.#serverBody;
  }

  get digest(): string {
    return (this.#digest ??= digestOf(this.#serverBody));
  }

  matches(serverBody: JsonObject): boolean {
    return digestOf(serverBody) === this.digest;
  }

  get publicDigest(): string {
    if (this.#publicDigest === undefined) {
      let body = this.#serverBody;
      for (const path of this.#kind.sensitive) body = mapPath(body, path, () => null);
      this.#publicDigest = digestOf(body);
    }
    return this.#publicDigest;
  }
}

export interface LiveState {
  readonly objects: ReadonlyMap<KindName, ReadonlyMap<string, LiveObject>>;
  /** key → name, per kind, for turning references back into names. */
  readonly namesByKey: NamesByKey;
}

export type ReadProgress = (event: { kind: KindName; done: number; total: number }) => void;

/** Kinds to read for a set of managed kinds: themselves plus the listable kinds they reference. */
export function kindsToRead(managed: Iterable<KindName>, kinds: KindSet): KindDef[] {
  const names = new Set<KindName>(managed);
  for (const name of [...names])
    for (const ref of kinds.of(name).references) {
      const shape = kinds.of(ref.target).shape;
      if (shape === 'read-only' || shape === 'collection') names.add(ref.target);
    }
  return kinds.inOrder(names).filter((k) => k.shape !== 'create-only');
}

/**
 * Reads every object of `kinds` (lists, then bounded concurrent GETs, all kinds at once) and
 * normalizes each body as soon as it arrives, so that work overlaps the reads still in flight.
 * `progress` counts objects normalized against the objects listed so far.
 */
export async function readLive(
  client: SpsClient,
  kinds: readonly KindDef[],
  progress?: ReadProgress,
): Promise<LiveState> {
  let done = 0;
  let total = 0;
  const read = async (kind: KindDef, raw: Promise<ClientObject>): Promise<LiveObject> => {
    const obj = toLiveObject(kind, await raw);
    progress?.({ kind: kind.name, done: ++done, total });
    return obj;
  };
  const readKind = async (kind: KindDef): Promise<LiveObject[]> => {
    const raws = await client.readEach(kind);
    total += raws.length;
    return Promise.all(raws.map((raw) => read(kind, raw)));
  };
  const results = await Promise.all(kinds.map(async (kind) => [kind, await readKind(kind)] as const));
  const objects = new Map<KindName, Map<string, LiveObject>>();
  const namesByKey = new Map<KindName, Map<string, string>>();
  for (const [kind, list] of results) {
    const byName = new Map<string, LiveObject>();
    const names = new Map<string, string>();
    for (const obj of list) {
      if (!byName.has(obj.name)) byName.set(obj.name, obj);
      names.set(obj.key, obj.name);
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
  return new ReadObject(kind, raw.key, name, body, raw.body);
}

/** Stable digest of a JSON value (key order independent). */
export function digestOf(value: JsonValue): string {
  return createHash('sha256').update(stableStringify(value)).digest('hex').slice(0, 32);
}

function stableStringify(v: JsonValue): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  let out: string;
  if (Array.isArray(v)) {
    out = '[';
    for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + stableStringify(v[i]);
    return out + ']';
  }
  out = '{';
  let first = true;
  for (const k of Object.keys(v).sort()) {
    out += `${first ? '' : ','}${JSON.stringify(k)}:${stableStringify(v[k])}`;
    first = false;
  }
  return out + '}';
}
