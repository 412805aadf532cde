/**
 * Delivery to a Splunk HTTP Event Collector: the spool's events in batches to
 * `POST /services/collector/event` with `Authorization: Splunk <token>`. A batch leaves the spool
 * only on HEC's success reply; the first failure stops the flush (later batches would fail the
 * same way) and the rest waits for the next run or `sps audit flush`.
 */
import { Agent, request } from 'undici';
import type { AuditSettings } from './settings';
import { Spool, type SpooledEvent } from './spool';

const BATCH = 100;
const TIMEOUT_MS = 5_000;

export interface FlushResult {
  readonly sent: number;
  readonly kept: number;
  /** Why delivery stopped, naming the collector; never the token. */
  readonly error?: string;
}

export async function flushSpool(settings: AuditSettings): Promise<FlushResult> {
  const spool = new Spool(settings.spool);
  const pending = spool.pending();
  const agent = new Agent({
    connect: { ...(settings.ca ? { ca: settings.ca } : {}), timeout: TIMEOUT_MS },
    headersTimeout: TIMEOUT_MS,
    bodyTimeout: TIMEOUT_MS,
  });
  let sent = 0;
  try {
    for (let i = 0; i < pending.length; i += BATCH) {
      const batch = pending.slice(i, i + BATCH);
      const error = await post(settings, agent, batch);
      if (error) return { sent, kept: pending.length - sent, error };
      spool.remove(batch);
      sent += batch.length;
    }
    return { sent, kept: 0 };
  } finally {
    await agent.close();
  }
}

async function post(
  settings: AuditSettings,
  agent: Agent,
  batch: readonly SpooledEvent[],
): Promise<string | undefined> {
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
  const where = `the Splunk HEC at ${settings.url}`;
  try {
    const res = await request(`${settings.url}/services/collector/event`, {
      method: 'POST',
      dispatcher: agent,
      headers: { authorization: `Splunk ${settings.token}`, 'content-type': 'application/json' },
      body,
    });
    const text = await res.body.text();
    if (res.statusCode === 200) return undefined;
    const reason = hecText(text) ?? `HTTP ${res.statusCode}`;
    if (res.statusCode === 401 || res.statusCode === 403)
      return `${where} refused the token (${reason}); check SPS_AUDIT_HEC_TOKEN`;
    return `${where} did not accept the events (HTTP ${res.statusCode}: ${reason})`;
  } catch (err) {
    const code = (err as { code?: string }).code ?? (err instanceof Error ? err.message : 'error');
    return `${where} cannot be reached (${code})`;
  }
}

function hecText(text: string): string | undefined {
  try {
    const t = (JSON.parse(text) as { text?: unknown }).text;
    return typeof t === 'string' ? t : undefined;
  } catch {
    return undefined;
  }
}
