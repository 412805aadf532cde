/**
 * The one global configuration lock and the transaction that holds it. An open transaction works
 * on a private copy of the committed state; only its own session sees it. Commit swaps the copy in
 * at once (after the caller's checks), rollback or session expiry drops it; both release the lock.
 */
import { jsonEqual } from '../model';
import type { JsonObject, KindName } from '../model';
import { ApiError, noTransaction } from './errors';
import type { Session } from './sessions';
import { cloneState, objectsOf, type ConfigState } from './store';

export interface Transaction {
  readonly sessionId: string;
  readonly username: string;
  readonly openedAt: Date;
  readonly working: ConfigState;
  /** Objects written in this transaction, in first-write order (drives the changelog order). */
  readonly touched: Array<{ kind: KindName; key: string }>;
}

export interface Change {
  readonly type: 'create' | 'replace' | 'delete';
  readonly kind: KindName;
  readonly key: string;
  readonly oldValue?: JsonObject;
  readonly newValue?: JsonObject;
}

export class Transactions {
  #committed: ConfigState;
  #open: Transaction | undefined;
  /** Message of the last successful commit, reported as `body.commit_message`. */
  lastCommitMessage: string | null = null;

  constructor(
    initial: ConfigState,
    private readonly lockStatus: () => number,
  ) {
    this.#committed = initial;
  }

  get committed(): ConfigState {
    return this.#committed;
  }

  /** What `session` reads: its own working copy while it holds the transaction, else committed. */
  view(session: Session): ConfigState {
    return this.of(session)?.working ?? this.#committed;
  }

  of(session: Session): Transaction | undefined {
    return this.#open?.sessionId === session.id ? this.#open : undefined;
  }

  open(session: Session): Transaction {
    this.#refuseIfLockedByOther(session);
    if (this.#open)
      throw new ApiError(409, 'TransactionAlreadyOpen', 'A transaction is already open in this session');
    this.#open = {
      sessionId: session.id,
      username: session.username,
      openedAt: new Date(),
      working: cloneState(this.#committed),
      touched: [],
    };
    return this.#open;
  }

  /** The transaction a write goes into; `autoOpen` is the 6.9+ "first change opens it" behaviour. */
  forWrite(session: Session, autoOpen: boolean): { txn: Transaction; opened: boolean } {
    this.#refuseIfLockedByOther(session);
    const own = this.of(session);
    if (own) return { txn: own, opened: false };
    if (!autoOpen) throw noTransaction();
    return { txn: this.open(session), opened: true };
  }

  write(txn: Transaction, kind: KindName, key: string, body: JsonObject | undefined): void {
    const objects = objectsOf(txn.working, kind);
    if (body === undefined) objects.delete(key);
    else objects.set(key, structuredClone(body));
    if (!txn.touched.some((t) => t.kind === kind && t.key === key)) txn.touched.push({ kind, key });
  }

  /** Differences between committed and working state for every touched object (no-ops dropped). */
  changes(txn: Transaction): Change[] {
    const out: Change[] = [];
    for (const { kind, key } of txn.touched) {
      const before = this.#committed.get(kind)?.get(key);
      const after = txn.working.get(kind)?.get(key);
      if (jsonEqual(before, after)) continue;
      if (!before) out.push({ type: 'create', kind, key, newValue: after });
      else if (!after) out.push({ type: 'delete', kind, key, oldValue: before });
      else out.push({ type: 'replace', kind, key, oldValue: before, newValue: after });
    }
    return out;
  }

  /** Makes the working copy the committed state; `beforeSwap` may throw to keep the transaction open. */
  commit(session: Session, message: string | null, beforeSwap: (working: ConfigState) => void): void {
    const txn = this.of(session);
    if (!txn) throw noTransaction();
    beforeSwap(txn.working);
    this.#committed = txn.working;
    this.#open = undefined;
    this.lastCommitMessage = message;
  }

  /** Drops the session's transaction, if any; returns whether there was one. */
  rollback(sessionId: string): boolean {
    if (this.#open?.sessionId !== sessionId) return false;
    this.#open = undefined;
    return true;
  }

  #refuseIfLockedByOther(session: Session): void {
    const holder = this.#open;
    if (!holder || holder.sessionId === session.id) return;
    throw new ApiError(
      this.lockStatus(),
      'ConfigurationLocked',
      `The configuration is locked: user "${holder.username}" has had a transaction open in another session since ${holder.openedAt.toISOString()}. Retry when it is committed, rolled back or timed out.`,
      { locked_by: holder.username, locked_since: holder.openedAt.toISOString() },
    );
  }
}
