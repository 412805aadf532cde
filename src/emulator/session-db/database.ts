/**
 * One emulator's session database: the records in the order they were made, by key, and the answers
 * to recent searches. A search's matching, sorted records are kept (by query and database version) so
 * that paging through 50,000 sessions costs one filter and one sort per query, not one per page: the
 * emulator does its work inside the latency it injects, and must not be what a benchmark measures.
 */
import type { EmulatorState } from '../state';
import type { JsonObject } from '../../model';
import type { PolicyFieldReading } from './fields';
import { RecordFactory, type NewSession, type PolicyRef, type SessionRecord } from './records';

/** How many search answers are kept (the windows of one export, a few pages of others). */
const CACHED_SEARCHES = 64;
/** Serialized result items kept (a few field choices over 50,000 sessions). */
const ITEMS_KEPT = 200_000;

export class SessionDatabase {
  readonly #records: SessionRecord[] = [];
  readonly #byKey = new Map<string, SessionRecord>();
  readonly #cache = new Map<string, SessionRecord[]>();
  readonly #items = new Map<string, string>();
  #factory = new RecordFactory(1);
  #version = 0;

  get size(): number {
    return this.#records.length;
  }

  get records(): readonly SessionRecord[] {
    return this.#records;
  }

  get(key: string): SessionRecord | undefined {
    return this.#byKey.get(key);
  }

  add(s: NewSession): SessionRecord {
    const r = this.#factory.make(s);
    this.#records.push(r);
    this.#byKey.set(r.key, r);
    this.#changed();
    return r;
  }

  /** Many sessions at once (seeding): one change of version, not one per record. */
  addAll(sessions: Iterable<NewSession>): number {
    let n = 0;
    for (const s of sessions) {
      const r = this.#factory.make(s);
      this.#records.push(r);
      this.#byKey.set(r.key, r);
      n++;
    }
    this.#changed();
    return n;
  }

  end(key: string, at = Date.now()): SessionRecord | undefined {
    const r = this.#byKey.get(key);
    if (!r || r.end !== null) return r;
    r.end = Math.max(at, r.start);
    this.#changed();
    return r;
  }

  clear(): number {
    const n = this.#records.length;
    this.#records.length = 0;
    this.#byKey.clear();
    this.#factory = new RecordFactory(1);
    this.#changed();
    return n;
  }

  /** A uniform draw in [0, 1) from the database's own reproducible source. */
  random(): number {
    return this.#factory.next();
  }

  /** The records a query matches, in its order: computed once per query and database version. */
  matching(query: string, compute: (all: readonly SessionRecord[]) => SessionRecord[]): SessionRecord[] {
    const key = `${this.#version}\n${query}`;
    const hit = this.#cache.get(key);
    if (hit) {
      this.#cache.delete(key); // most recently used last
      this.#cache.set(key, hit);
      return hit;
    }
    const result = compute(this.#records);
    this.#cache.set(key, result);
    if (this.#cache.size > CACHED_SEARCHES) this.#cache.delete(this.#cache.keys().next().value!);
    return result;
  }

  /**
   * One result item's JSON, kept per record and field choice while nothing changes: serializing
   * 500 bodies per page was most of the emulator's time per page, and it is not the appliance's
   * time a benchmark of the client should measure.
   */
  itemJson(key: string, compute: () => string): string {
    let text = this.#items.get(key);
    if (text === undefined) {
      if (this.#items.size > ITEMS_KEPT) this.#items.clear();
      text = compute();
      this.#items.set(key, text);
    }
    return text;
  }

  #changed(): void {
    this.#version++;
    this.#cache.clear();
    this.#items.clear();
  }
}

const databases = new WeakMap<EmulatorState, SessionDatabase>();

/** The session database of one emulator (made on first use; the emulator's state is its owner). */
export function sessionDatabaseOf(state: EmulatorState): SessionDatabase {
  let db = databases.get(state);
  if (!db) {
    db = new SessionDatabase();
    databases.set(state, db);
  }
  return db;
}

/** The emulator's switches for what the guide leaves open about the session database. */
export interface SessionSwitches {
  readonly sessionOffsetBase: 'zero' | 'one';
  readonly sessionPolicyField: PolicyFieldReading;
}

export function sessionSwitchesOf(state: EmulatorState): SessionSwitches {
  const s = state.switches as Partial<SessionSwitches>;
  return {
    sessionOffsetBase: s.sessionOffsetBase ?? 'zero',
    sessionPolicyField: s.sessionPolicyField ?? 'psm.connection_policy',
  };
}

const CONNECTIONS = /^([a-z0-9]+)\/connections$/;

/** The committed connection policies of every protocol: what sessions run on. */
export function connectionPoliciesOf(state: EmulatorState): PolicyRef[] {
  const out: PolicyRef[] = [];
  for (const [kind, objects] of state.txns.committed) {
    const protocol = CONNECTIONS.exec(kind)?.[1];
    if (!protocol) continue;
    for (const [key, body] of objects)
      out.push({ protocol, key, name: String((body as JsonObject).name ?? key) });
  }
  return out;
}
