/**
 * Retries requests marked idempotent (GETs, the rollback DELETE) after a network failure, a
 * timeout, 429 or 5xx, with capped exponential backoff that honours `Retry-After`. Writes and the
 * commit are never retried: a lost response does not mean the appliance did not act.
 */
import { SpsApiError, SpsConnectionError, SpsTimeoutError } from '../core/errors';
import type { Logger } from '../core/options';
import { sleep } from '../core/sleep';
import type { Interceptor } from '../core/types';

export interface RetryPolicy {
  retries: number;
  /** First backoff; doubles per attempt.  @default 100 */
  baseDelayMs?: number;
  /** Backoff ceiling.  @default 2000 */
  maxDelayMs?: number;
  /** A longer Retry-After than this is not waited for: the error is returned instead.  @default 30000 */
  maxRetryAfterMs?: number;
  signal?: AbortSignal;
  logger: Logger;
}

function isTransient(err: unknown): boolean {
  if (err instanceof SpsApiError) return err.status === 429 || err.status >= 500;
  return err instanceof SpsConnectionError || err instanceof SpsTimeoutError;
}

export function retryIdempotent(policy: RetryPolicy): Interceptor {
  const base = policy.baseDelayMs ?? 100;
  const cap = policy.maxDelayMs ?? 2000;
  const maxRetryAfter = policy.maxRetryAfterMs ?? 30_000;
  return (next) => async (req) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await next(req);
      } catch (err) {
        if (!req.idempotent || attempt > policy.retries || !isTransient(err)) throw err;
        const retryAfter = err instanceof SpsApiError ? err.retryAfterMs : undefined;
        if (retryAfter !== undefined && retryAfter > maxRetryAfter) throw err;
        const delayMs = retryAfter ?? Math.min(base * 2 ** (attempt - 1), cap);
        policy.logger({
          level: 'info',
          msg: 'sps request retried',
          method: req.method,
          path: req.path,
          attempt,
          delayMs,
        });
        await sleep(delayMs, policy.signal);
      }
    }
  };
}
