/** What became of a transaction when `withTransaction` failed, kept beside the error it rethrew. */

/**
 * What happened to the transaction when `withTransaction` failed:
 * - `not-opened`: it was never opened (the lock was never ours);
 * - `rolled-back`: rolled back, or closed by the appliance; the lock is released;
 * - `expired`: the session died and took the transaction and the lock with it;
 * - `failed`: every rollback attempt failed: the lock is still held by this session until the
 *   appliance's idle timeout drops it (`lockHeldUntil`, from the last `meta.remaining_seconds`).
 */
export type RollbackOutcome =
  | { readonly state: 'not-opened' | 'rolled-back' | 'expired' }
  | { readonly state: 'failed'; readonly error: unknown; readonly lockHeldUntil?: Date };

const outcomes = new WeakMap<object, RollbackOutcome>();

/** Records what became of the transaction for the error `withTransaction` is about to rethrow. */
export function recordOutcome(err: unknown, outcome: RollbackOutcome): void {
  outcomes.set(asKey(err), outcome);
}
const asKey = (err: unknown): object => (typeof err === 'object' && err !== null ? err : FALLBACK_KEY);
const FALLBACK_KEY = {};
/** Rollback attempts in all (0.5, 1, 2, 4 s apart), on top of the request retries of each. */
export const ROLLBACK_ATTEMPTS = 5;

/** The rollback outcome `withTransaction` recorded for an error it rethrew. */
export function rollbackOutcomeOf(err: unknown): RollbackOutcome | undefined {
  return typeof err === 'object' && err !== null ? outcomes.get(err) : undefined;
}
