/**
 * Delivery to a Splunk HTTP Event Collector: the spool's events in batches to
 * `POST /services/collector/event` with `Authorization: Splunk <token>` and one request channel (a
 * GUID) per run in `X-Splunk-Request-Channel`, which a token with indexer acknowledgement requires
 * ("Data channel is missing" otherwise) and any other token ignores. A batch leaves the spool on
 * HEC's success reply — or, when the reply carries an `ackId` (acknowledgement on), only once
 * `/services/collector/ack` says the batch is indexed (ack.ts). The first failure stops the flush
 * (later batches would fail the same way) and the rest waits for a retry, the next run or
 * `sps audit flush`; a resend carries the same `event_id`s.
 */
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'undici';
import { awaitAcks, type Sent } from './ack';
import { codeOf, hecHeaders, hecReply, type Connection } from './hec-wire';
import type { AuditSettings } from './settings';
import { Spool, type SpooledEvent } from './spool';

const BATCH = 100;
const TIMEOUT_MS = 5_000;

export interface FlushResult {
  readonly sent: number;
  readonly kept: number;
  /** Why delivery stopped, naming the collector; never the token. */
  readonly error?: string;
  /** The same flush may succeed later (unreachable, busy, not yet acknowledged); a refused token will not. */
  readonly retryable?: boolean;
}

export async function flushSpool(
  settings: AuditSettings,
  channel: string = randomUUID(),
): Promise<FlushResult> {
  const spool = new Spool(settings.spool);
  const pending = spool.pending();
  const agent = new Agent({
    connect: { ...(settings.ca ? { ca: settings.ca } : {}), timeout: TIMEOUT_MS },
    headersTimeout: TIMEOUT_MS,
    bodyTimeout: TIMEOUT_MS,
  });
  const conn: Connection = { agent, channel, where: `the Splunk HEC at ${settings.url}` };
  let sent = 0;
  const awaiting: Sent[] = [];
  let stopped: { error: string; retryable: boolean } | undefined;
  try {
    for (let i = 0; i < pending.length && !stopped; i += BATCH) {
      const batch = pending.slice(i, i + BATCH);
      const r = await post(settings, conn, batch);
      if ('error' in r) stopped = r;
      else if (r.ackId !== undefined) awaiting.push({ ackId: r.ackId, batch });
      else {
        spool.remove(batch);
        sent += batch.length;
      }
    }
    if (awaiting.length) {
      const acked = await awaitAcks(settings, conn, awaiting);
      for (const a of acked.confirmed) {
        spool.remove(a.batch);
        sent += a.batch.length;
      }
      const waiting = awaiting.length - acked.confirmed.length;
      if (acked.error ?? waiting)
        stopped ??= {
          error:
            acked.error ??
            `${conn.where} took ${waiting} batch(es) of events but its indexer did not acknowledge them within ${settings.ackTimeoutMs / 1000} s (SPS_AUDIT_ACK_TIMEOUT)`,
          retryable: true,
        };
    }
    return stopped ? { sent, kept: pending.length - sent, ...stopped } : { sent, kept: 0 };
  } finally {
    await agent.close();
  }
}

async function post(
  settings: AuditSettings,
  conn: Connection,
  batch: readonly SpooledEvent[],
): Promise<{ ackId?: number } | { error: string; retryable: boolean }> {
  const body = batch
    .map(({ event }) =>
      JSON.stringify({
        time: event.time,
        host: new URL(String(event.fields.appliance)).hostname,
        source: 'sps-iac',
        sourcetype: settings.sourcetype,
        ...(settings.index ? { index: settings.index } : {}),
        event: event.fields,
      }),
    )
    .join('\n');
  try {
    const res = await request(`${settings.url}/services/collector/event`, {
      method: 'POST',
      dispatcher: conn.agent,
      headers: hecHeaders(settings, conn),
      body,
    });
    const text = await res.body.text();
    if (res.statusCode === 200) {
      const ackId = hecReply(text)?.ackId;
      return typeof ackId === 'number' ? { ackId } : {};
    }
    const reason = hecReply(text)?.text ?? `HTTP ${res.statusCode}`;
    if (res.statusCode === 401 || res.statusCode === 403)
      return {
        error: `${conn.where} refused the token (${reason}); check SPS_AUDIT_HEC_TOKEN`,
        retryable: false,
      };
    return {
      error: `${conn.where} did not accept the events (HTTP ${res.statusCode}: ${reason})`,
      retryable: res.statusCode === 429 || res.statusCode >= 500,
    };
  } catch (err) {
    return { error: `${conn.where} cannot be reached (${codeOf(err)})`, retryable: true };
  }
}
