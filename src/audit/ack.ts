/**
 * Indexer acknowledgement (Splunk HEC): a batch the collector took with an `ackId` is only indexed —
 * safe to drop from the spool — once `POST /services/collector/ack` (same channel) answers true for
 * it. Asked with backoff (0.2 s doubling to 2 s) until every batch is confirmed or
 * `SPS_AUDIT_ACK_TIMEOUT` (default 30 s) has passed; what stays unconfirmed stays in the spool.
 */
import { request } from 'undici';
import { sleep } from '../client/core/sleep';
import { codeOf, hecHeaders, hecReply, type Connection } from './hec-wire';
import type { AuditSettings } from './settings';
import type { SpooledEvent } from './spool';

export interface Sent {
  readonly ackId: number;
  readonly batch: readonly SpooledEvent[];
}

export async function awaitAcks(
  settings: AuditSettings,
  conn: Connection,
  sent: readonly Sent[],
): Promise<{ confirmed: Sent[]; error?: string }> {
  const deadline = Date.now() + settings.ackTimeoutMs;
  const confirmed: Sent[] = [];
  let waiting = [...sent];
  let delay = 200;
  while (waiting.length) {
    const answer = await query(
      settings,
      conn,
      waiting.map((s) => s.ackId),
    );
    if ('error' in answer) return { confirmed, error: answer.error };
    const still: Sent[] = [];
    for (const s of waiting) (answer.acks[String(s.ackId)] === true ? confirmed : still).push(s);
    waiting = still;
    const left = deadline - Date.now();
    if (!waiting.length || left <= 0) break;
    await sleep(Math.min(delay, left));
    delay = Math.min(delay * 2, 2000);
  }
  return { confirmed };
}

async function query(
  settings: AuditSettings,
  conn: Connection,
  ids: readonly number[],
): Promise<{ acks: Record<string, unknown> } | { error: string }> {
  try {
    const res = await request(`${settings.url}/services/collector/ack?channel=${conn.channel}`, {
      method: 'POST',
      dispatcher: conn.agent,
      headers: hecHeaders(settings, conn),
      body: JSON.stringify({ acks: ids }),
    });
    const reply = hecReply(await res.body.text());
    if (res.statusCode === 200 && typeof reply?.acks === 'object' && reply.acks !== null)
      return { acks: reply.acks as Record<string, unknown> };
    return {
      error: `${conn.where} did not answer the acknowledgement query (HTTP ${res.statusCode}: ${reply?.text ?? 'no reply'})`,
    };
  } catch (err) {
    return { error: `${conn.where} cannot be reached for the acknowledgement (${codeOf(err)})` };
  }
}
