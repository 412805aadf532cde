/**
 * One SPS transaction around an apply or a staging (device validation): the configuration lock
 * waited for up to the lock timeout, any failure or interrupt rolled back, and an error that says
 * what became of the transaction and the lock.
 */
import {
  SpsConfigLockedError,
  SpsError,
  rollbackOutcomeOf,
  type SpsClient,
  type Transaction,
} from '../client';
import { SpsApplyError, SpsInterruptedError } from './errors';

/** How long an apply waits for a configuration lock another session holds, unless told otherwise. */
export const DEFAULT_LOCK_TIMEOUT_MS = 60_000;

export interface TransactionOptions {
  /** How long to wait for a configuration lock held by someone else.  @default 60000 */
  readonly lockTimeoutMs?: number;
  /**
   * SIGINT/SIGTERM or Terraform's StopProvider: no write starts after it, the transaction is rolled
   * back (the writes in flight are waited for first, so none lands after the rollback), and the
   * commit is never sent. Its reason should be an SpsInterruptedError.
   */
  readonly interrupt?: AbortSignal;
}

export type Step = (what: string) => void;

export function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  const reason: unknown = signal.reason;
  throw reason instanceof SpsInterruptedError ? reason : new SpsInterruptedError(String(reason));
}

/**
 * Runs `fn` in a transaction and commits (or rolls back when `commit` is false). A lock held by
 * another session is waited for (the client's backoff) up to the lock timeout; any other failure
 * rolls back, and the error says what became of the transaction and the lock.
 */
export async function inTransaction<T>(
  client: SpsClient,
  opts: TransactionOptions,
  fn: (tx: Transaction, step: Step) => Promise<T>,
  mode: { commit: boolean; message?: string },
): Promise<T> {
  const timeout = opts.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  let opened = false;
  let current = 'opening the transaction';
  try {
    return await client.withTransaction(
      (tx) => {
        opened = true;
        return fn(tx, (what) => (current = what));
      },
      { commit: mode.commit, message: mode.message, waitForLockMs: timeout, signal: opts.interrupt },
    );
  } catch (err) {
    const outcome = rollbackOutcomeOf(err) ?? { state: opened ? 'rolled-back' : 'not-opened' };
    if (!opened && err instanceof SpsConfigLockedError) {
      throw new SpsApplyError(
        `waiting for the configuration lock (another session held it for more than ${Math.round(timeout / 1000)} s, the lock timeout)`,
        false,
        err,
        outcome,
      );
    }
    if (!opened && opts.interrupt?.aborted) {
      throw new SpsApplyError(
        'waiting for the configuration lock',
        false,
        new SpsInterruptedError(
          String(
            opts.interrupt.reason instanceof SpsInterruptedError
              ? opts.interrupt.reason.reason
              : opts.interrupt.reason,
          ),
        ),
        outcome,
      );
    }
    const ambiguous =
      current === 'committing' &&
      SpsError.is(err) &&
      (err.code === 'SPS_CONNECTION' || err.code === 'SPS_TIMEOUT');
    throw new SpsApplyError(current, ambiguous ? 'unknown' : false, err, outcome);
  }
}
