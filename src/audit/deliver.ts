/**
 * One run's delivery: the spool flushed on one request channel, and — for an ephemeral CI runner,
 * whose spool is thrown away with it — flushed again with backoff (1 s doubling to 10 s) while the
 * collector is unreachable, busy or has not acknowledged, for at most `SPS_AUDIT_WAIT`. A refused
 * token is not retried: waiting would not change it.
 */
import { randomUUID } from 'node:crypto';
import { sleep } from '../client/core/sleep';
import { flushSpool, type FlushResult } from './hec';
import type { AuditSettings } from './settings';

export async function deliver(settings: AuditSettings): Promise<FlushResult> {
  const channel = randomUUID();
  const deadline = Date.now() + settings.waitMs;
  let delay = 1000;
  for (;;) {
    const r = await flushSpool(settings, channel);
    const left = deadline - Date.now();
    if (!r.error || !r.retryable || left <= 0) return r;
    await sleep(Math.min(delay, left));
    delay = Math.min(delay * 2, 10_000);
  }
}
