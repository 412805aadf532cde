/**
 * `/api/transaction`: one per REST session, and holding it holds the global configuration lock.
 *
 * Telling "locked by someone else" from "no transaction" (the docs name neither error type, and
 * both can arrive as 409, so this keys on status and on what this client knows it holds):
 * - 423 on any request                           → SpsConfigLockedError (nothing else means Locked);
 * - 409 on `POST /api/transaction` (open)        → re-read our status: already open for this session →
 *                                                  success; otherwise another session holds the lock
 *                                                  → SpsConfigLockedError;
 * - 409 on a write, this client opened nothing   → SpsNoTransactionError (the message says to open one;
 *                                                  if another session holds the lock, that open reports it);
 * - 409 on a write inside our open transaction   → we hold the lock, so it is not contention: re-read
 *                                                  the status; closed → SpsNoTransactionError (the
 *                                                  transaction was lost); open → the SpsApiError itself
 *                                                  (a conflict with the data, e.g. a referenced object).
 */
import type { JsonObject, JsonValue } from '../model/types';
import {
  SpsApiError,
  SpsConfigLockedError,
  SpsConnectionError,
  SpsError,
  SpsInvalidOptionError,
  SpsNoTransactionError,
  SpsSessionExpiredError,
  SpsTimeoutError,
} from './core/errors';
import type { Logger } from './core/options';
import { sleep } from './core/sleep';
import type { Send, SpsRequest, TransactionChange, TransactionStatus } from './core/types';

const TXN_PATH = '/api/transaction';
const LOCK_POLL_FIRST_MS = 250;
const LOCK_POLL_MAX_MS = 5000;
/** First pause between rollback attempts; doubles (0.5, 1, 2, 4 s for five attempts). */
const ROLLBACK_BACKOFF_MS = 500;

export interface OpenOptions {
  /**
   * While another session holds the configuration lock, keep trying for up to this long (polling
   * with capped backoff) before throwing SpsConfigLockedError.  @default 0 - fail at once
   */
  waitForLockMs?: number;
  /** Ends the wait for the lock early (an interrupt); the open itself is never cut short. */
  signal?: AbortSignal;
}

/** The first of two optional signals to abort, as one (or undefined when there are none). */
function anySignal(a?: AbortSignal, b?: AbortSignal): AbortSignal | undefined {
  if (!a || !b) return a ?? b;
  return AbortSignal.any([a, b]);
}

function obj(v: JsonValue | undefined): JsonObject | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

/** Accepts both documented status shapes: `{body:{status, commit_message}}` and `{transaction:{status}}`. */
export function parseTransactionStatus(json: JsonObject | undefined): TransactionStatus {
  const body = obj(json?.body);
  const legacy = obj(json?.transaction);
  const raw = body?.status ?? legacy?.status;
  const remaining = obj(json?.meta)?.remaining_seconds;
  const message = body?.commit_message;
  return {
    status: raw === 'open' ? 'open' : 'closed',
    ...(typeof remaining === 'number' ? { remainingSeconds: remaining } : {}),
    ...(typeof message === 'string' || message === null ? { commitMessage: message } : {}),
  };
}

function toChange(v: JsonValue): TransactionChange | undefined {
  const c = obj(v);
  if (!c || typeof c.type !== 'string' || typeof c.path !== 'string') return undefined;
  const change: TransactionChange = { type: c.type, path: c.path };
  if ('new_value' in c) change.newValue = c.new_value;
  if ('old_value' in c) change.oldValue = c.old_value;
  if ('new_order' in c) change.newOrder = c.new_order;
  if ('old_order' in c) change.oldOrder = c.old_order;
  return change;
}

export class TransactionManager {
  /** True while this client holds an open transaction (and so the configuration lock). */
  isOpen = false;
  readonly #send: Send;
  readonly #logger: Logger;
  readonly #signal?: AbortSignal;

  constructor(send: Send, logger: Logger, signal?: AbortSignal) {
    this.#send = send;
    this.#logger = logger;
    this.#signal = signal;
  }

  /** Reads the appliance's view and adopts it (a write may have auto-opened one; a timeout closes it). */
  async status(): Promise<TransactionStatus> {
    const res = await this.#send({ method: 'GET', path: TXN_PATH, idempotent: true });
    const status = parseTransactionStatus(res.json);
    this.isOpen = status.status === 'open';
    return status;
  }

  async open(opts: OpenOptions = {}): Promise<void> {
    const waitMs = opts.waitForLockMs ?? 0;
    if (!Number.isFinite(waitMs) || waitMs < 0) {
      throw new SpsInvalidOptionError(
        'waitForLockMs',
        `invalid waitForLockMs: expected a finite number >= 0, got ${String(waitMs)}`,
      );
    }
    const deadline = Date.now() + waitMs;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#openOnce();
      } catch (err) {
        const remaining = deadline - Date.now();
        if (!(err instanceof SpsConfigLockedError) || remaining <= 0) throw err;
        const delayMs = Math.min(LOCK_POLL_FIRST_MS * 2 ** (attempt - 1), LOCK_POLL_MAX_MS, remaining);
        this.#logger({
          level: 'info',
          msg: 'sps configuration locked by another session; waiting',
          attempt,
          delayMs,
        });
        await sleep(delayMs, anySignal(this.#signal, opts.signal));
      }
    }
  }

  async #openOnce(): Promise<void> {
    const req: SpsRequest = { method: 'POST', path: TXN_PATH, body: '', idempotent: false };
    try {
      await this.#send(req);
    } catch (err) {
      if (err instanceof SpsConnectionError || err instanceof SpsTimeoutError)
        return this.#afterLostOpen(err);
      if (!(err instanceof SpsApiError) || (err.status !== 409 && err.status !== 423)) throw err;
      if (err.status === 409 && (await this.#statusOrUndefined())?.status === 'open') {
        this.#logger({ level: 'info', msg: 'sps transaction was already open for this session' });
        return;
      }
      throw new SpsConfigLockedError(req.method, req.path, err.status, err.spsMessage, { cause: err });
    }
    this.isOpen = true;
  }

  /**
   * The open request may have reached the appliance even though its answer did not reach us: then a
   * transaction is open for this session and holds the global lock. Ask; if it is open, it is ours to
   * use. If nobody can tell, send a rollback (harmless when nothing is open) before giving up, so a
   * lost answer never leaves the lock held.
   */
  async #afterLostOpen(err: SpsError): Promise<void> {
    const status = await this.#statusOrUndefined();
    if (status?.status === 'open') {
      this.#logger({ level: 'warn', msg: 'sps open response lost; the transaction is open, continuing' });
      this.isOpen = true;
      return;
    }
    if (status === undefined) {
      this.isOpen = true; // it may be open: the rollback below must run
      await this.rollback().catch(() => undefined);
    }
    throw err;
  }

  /**
   * Never resent. If the response is lost (network error or timeout) the outcome is decided by
   * re-reading the status: closed → it was committed; still open → it was not, and the error stands.
   */
  async commit(message?: string): Promise<void> {
    const body: JsonObject = { status: 'commit' };
    // The message field is unconfirmed in the docs; `commit_message` mirrors the GET field.
    if (message !== undefined) body.commit_message = message;
    try {
      await this.#send({ method: 'PUT', path: TXN_PATH, body, idempotent: false });
    } catch (err) {
      if (!(err instanceof SpsConnectionError || err instanceof SpsTimeoutError)) throw err;
      const after = await this.#statusOrUndefined();
      if (after?.status === 'closed') {
        this.#logger({
          level: 'warn',
          msg: 'sps commit response lost; transaction is closed, so it committed',
        });
        return;
      }
      this.#logger({
        level: 'warn',
        msg: after
          ? 'sps commit response lost; transaction still open, not committed'
          : 'sps commit outcome unknown',
      });
      throw err;
    }
    this.isOpen = false;
  }

  /**
   * Reverts and releases the lock. Safe to resend, so it is resent with backoff (`attempts` in all)
   * when the connection fails or the appliance answers 5xx; a session that already died took the
   * transaction with it. Throws the last error when every attempt failed: the lock is then still held.
   */
  async rollback(opts: { attempts?: number } = {}): Promise<void> {
    const attempts = opts.attempts ?? 1;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.#send({ method: 'DELETE', path: TXN_PATH, idempotent: true });
        this.isOpen = false;
        return;
      } catch (err) {
        if (err instanceof SpsSessionExpiredError) {
          this.#logger({
            level: 'info',
            msg: 'sps rollback skipped: the session and its transaction already expired',
          });
          this.isOpen = false;
          return;
        }
        if (attempt >= attempts || !SpsError.is(err) || !err.retryable) throw err;
        const delayMs = ROLLBACK_BACKOFF_MS * 2 ** (attempt - 1);
        this.#logger({ level: 'warn', msg: 'sps rollback failed; retrying', attempt, delayMs });
        await sleep(delayMs);
      }
    }
  }

  async changes(): Promise<TransactionChange[]> {
    const res = await this.#send({ method: 'GET', path: `${TXN_PATH}/changes`, idempotent: true });
    const list = res.json?.changes ?? res.json?.items;
    return Array.isArray(list)
      ? list.map(toChange).filter((c): c is TransactionChange => c !== undefined)
      : [];
  }

  /** Refines a failed configuration write per the table at the top of this file. */
  async explainWriteFailure(err: unknown, req: SpsRequest): Promise<unknown> {
    if (!(err instanceof SpsApiError)) return err;
    if (err.status === 423)
      return new SpsConfigLockedError(req.method, req.path, 423, err.spsMessage, { cause: err });
    if (err.status !== 409) return err;
    if (!this.isOpen) {
      return new SpsNoTransactionError(
        req.method,
        req.path,
        'this client has not opened one; use withTransaction() or transaction.open() first' +
          ' (if another session holds the configuration lock, the open reports it)',
        { cause: err },
      );
    }
    const now = await this.#statusOrUndefined();
    if (now?.status === 'closed') {
      return new SpsNoTransactionError(
        req.method,
        req.path,
        'the transaction this client opened was closed on the appliance',
        {
          cause: err,
        },
      );
    }
    return err;
  }

  async #statusOrUndefined(): Promise<TransactionStatus | undefined> {
    try {
      return await this.status();
    } catch (err) {
      if (!SpsError.is(err)) throw err;
      return undefined;
    }
  }
}
