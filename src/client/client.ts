/**
 * SpsClient: the typed face of one appliance. It only wires the parts together; each behaviour
 * lives in its own file (transport, session, interceptors, transaction, configuration API).
 *
 * Request path, outermost first:
 *   session (cookie, lazy login, 401 policy) → retry-idempotent → sps-errors → log → transport (undici Pool)
 */
import type { JsonObject, KindDef } from '../model/types';
import { assertConfigurable, readInfo } from './api/appliance';
import { openStream, type StreamedResponse } from './api/stream';
import { ConfigurationApi } from './api/configuration';
import { Session } from './auth';
import {
  SpsError,
  SpsNoTransactionError,
  SpsSessionExpiredError,
  SpsUnsupportedOperationError,
} from './core/errors';
import { resolveOptions, type ResolvedOptions, type SpsClientOptions } from './core/options';
import { Redactor } from './core/redact';
import { Semaphore } from './core/semaphore';
import {
  compose,
  type ApplianceInfo,
  type LiveObject,
  type ObjectRef,
  type RawRead,
  type Send,
} from './core/types';
import { logRequests } from './interceptors/log';
import { retryIdempotent } from './interceptors/retry-idempotent';
import { spsErrors } from './interceptors/sps-errors';
import { ROLLBACK_ATTEMPTS, recordOutcome, type RollbackOutcome } from './rollback';
import { TransactionManager } from './transaction';
import type { Transaction, TransactionControl, WithTransactionOptions } from './transaction-types';
import { Transport } from './transport';

export class SpsClient {
  readonly transaction: TransactionControl;
  readonly #opts: ResolvedOptions;
  readonly #transport: Transport;
  readonly #session: Session;
  readonly #tx: TransactionManager;
  readonly #config: ConfigurationApi;
  readonly #send: Send;
  readonly #redactor: Redactor;
  #closing?: Promise<void>;

  constructor(options: SpsClientOptions) {
    const opts = resolveOptions(options);
    this.#opts = opts;
    const redactor = new Redactor();
    this.#redactor = redactor;
    this.#transport = new Transport(opts);
    const inner = compose(
      this.#transport.send,
      retryIdempotent({ retries: opts.retries, signal: opts.signal, logger: opts.logger }),
      spsErrors(redactor),
      logRequests(opts.logger),
    );
    this.#session = new Session(inner, opts, redactor, {
      isTransactionOpen: () => this.#tx.isOpen,
      onSessionLost: () => {
        this.#tx.isOpen = false;
      },
    });
    this.#send = compose(inner, this.#session.interceptor);
    this.#tx = new TransactionManager(this.#send, opts.logger, opts.signal);
    this.#config = new ConfigurationApi(
      this.#send,
      this.#tx,
      new Semaphore(opts.concurrency),
      new Semaphore(opts.writeConcurrency),
    );
    const tx = this.#tx;
    this.transaction = {
      status: () => tx.status(),
      open: (openOpts) => tx.open(openOpts),
      commit: (message) => tx.commit(message),
      rollback: () => tx.rollback(),
      changes: () => tx.changes(),
    };
  }

  /** The appliance origin this client talks to. */
  get url(): string {
    return this.#opts.origin;
  }

  login(): Promise<void> {
    return this.#session.login();
  }

  /**
   * GET /api/info. It answers without a session too (the anonymous view has no firmware_version): a
   * session the appliance dropped would pass for a firmware that does not say, so without the field
   * the client logs in again and reads once more (not while it holds a transaction, which a new
   * session would lose).
   */
  async info(): Promise<ApplianceInfo> {
    const info = await readInfo(this.#send);
    if (info.raw.firmware_version !== undefined || this.holdsTransaction) return info;
    await this.#session.login();
    return readInfo(this.#send);
  }

  #firmware: Promise<string | null> | undefined;
  /**
   * `firmware_version` of GET /api/info, read once per client (= once per run); null when the
   * appliance does not say or the read fails: a missing answer must not stop a plan, it warns.
   */
  firmware(): Promise<string | null> {
    // a failed read is not remembered: the next plan in this process asks again
    return (this.#firmware ??= this.info().then(
      (i) => i.firmwareVersion ?? null,
      () => {
        this.#firmware = undefined;
        return null;
      },
    ));
  }

  /** Throws SpsManagedHostError for a cluster's managed host (configure its Central Management node). */
  assertConfigurable(): Promise<void> {
    return assertConfigurable(this.#send, this.#opts.origin, this.#opts.logger, () => this.info());
  }

  list(kind: KindDef): Promise<ObjectRef[]> {
    return this.#config.list(kind);
  }

  get(kind: KindDef, key?: string): Promise<LiveObject> {
    return this.#config.get(kind, key);
  }

  readAll(kind: KindDef): Promise<LiveObject[]> {
    return this.#config.readAll(kind);
  }

  /** Whether an endpoint the model has no kind for is a collection or a singleton (read from it). */
  shapeAt(endpoint: string): Promise<'collection' | 'singleton'> {
    return this.#config.shapeAt(endpoint);
  }

  /** One GET of any path, its HTTP error status returned rather than thrown (see ConfigurationApi.readRaw). */
  readPath(path: string): Promise<RawRead> {
    return this.#config.readRaw(path);
  }

  /** A GET streamed rather than parsed (audit trails, CSV): see api/stream.ts. */
  stream(path: string, opts: { signal?: AbortSignal } = {}): Promise<StreamedResponse> {
    return openStream(this.#transport, this.#session, this.#redactor, path, opts.signal);
  }

  readEach(kind: KindDef): Promise<Promise<LiveObject>[]> {
    return this.#config.readEach(kind);
  }

  create(kind: KindDef, body: JsonObject): Promise<ObjectRef> {
    return this.#config.create(kind, body);
  }

  replace(kind: KindDef, key: string | undefined, body: JsonObject): Promise<void> {
    return this.#config.replace(kind, key, body);
  }

  remove(kind: KindDef, key: string): Promise<void> {
    return this.#config.remove(kind, key);
  }

  /**
   * Opens a transaction, runs `fn`, then commits (or rolls back with `commit: false`). On any throw
   * it rolls back — resent with backoff, since a rollback is what releases the global lock — and
   * rethrows the original error; `rollbackOutcomeOf(err)` then says whether the lock was released.
   */
  async withTransaction<T>(
    fn: (tx: Transaction) => Promise<T>,
    opts: WithTransactionOptions = {},
  ): Promise<T> {
    if (this.#tx.isOpen) {
      throw new SpsUnsupportedOperationError(
        'withTransaction: this client already holds an open transaction; SPS has one per session',
      );
    }
    try {
      await this.#tx.open({ waitForLockMs: opts.waitForLockMs, signal: opts.signal });
    } catch (err) {
      // an open whose answer was lost may have opened one after all (the manager then says so)
      recordOutcome(err, this.#tx.isOpen ? await this.#rollbackAfter(err) : { state: 'not-opened' });
      throw err;
    }
    let active = true;
    const guard =
      <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
      (...args: A): Promise<R> => {
        if (!active) {
          return Promise.reject(
            new SpsNoTransactionError(
              '-',
              '/api/transaction',
              'the handle was used after withTransaction returned',
            ),
          );
        }
        return call(...args);
      };
    const handle: Transaction = {
      list: guard((k) => this.list(k)),
      get: guard((k, key) => this.get(k, key)),
      readAll: guard((k) => this.readAll(k)),
      create: guard((k, b) => this.create(k, b)),
      replace: guard((k, key, b) => this.replace(k, key, b)),
      remove: guard((k, key) => this.remove(k, key)),
      changes: guard(() => this.#tx.changes()),
      status: guard(() => this.#tx.status()),
    };
    try {
      const result = await fn(handle);
      if (opts.commit === false) await this.#tx.rollback({ attempts: ROLLBACK_ATTEMPTS });
      else await this.#tx.commit(opts.message);
      return result;
    } catch (err) {
      recordOutcome(err, await this.#rollbackAfter(err));
      throw err;
    } finally {
      active = false;
    }
  }

  /** True while this client holds an open transaction (and with it the configuration lock). */
  get holdsTransaction(): boolean {
    return this.#tx.isOpen;
  }

  /** When the appliance drops this session (and with it any transaction and the lock) if nothing more is sent. */
  sessionExpiresAt(): Date | undefined {
    return this.#session.expiresAt;
  }

  /** Rolls back an open transaction (releasing the lock), then closes the connection pool. Idempotent. */
  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    if (this.#tx.isOpen) {
      try {
        await this.#tx.rollback({ attempts: 3 });
      } catch (err) {
        this.#opts.logger({
          level: 'warn',
          msg: 'sps rollback on close failed',
          code: SpsError.is(err) ? err.code : 'unknown',
        });
      }
    }
    this.#session.forget();
    await this.#transport.close();
  }

  async #rollbackAfter(original: unknown): Promise<RollbackOutcome> {
    // The session took the transaction with it: nothing is left to roll back.
    if (original instanceof SpsSessionExpiredError) return { state: 'expired' };
    if (!this.#tx.isOpen) return { state: 'rolled-back' }; // a commit that failed closed it, or it was lost
    try {
      await this.#tx.rollback({ attempts: ROLLBACK_ATTEMPTS });
      return { state: 'rolled-back' };
    } catch (error) {
      this.#opts.logger({
        level: 'warn',
        msg: 'sps rollback after failure failed',
        code: SpsError.is(error) ? error.code : 'unknown',
      });
      return { state: 'failed', error, lockHeldUntil: this.#session.expiresAt };
    }
  }
}
