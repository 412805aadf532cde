/** What the sender and the acknowledgement query share: the connection of a run and HEC's reply format. */
import type { Agent } from 'undici';
import type { AuditSettings } from './settings';

/** One run's way to the collector: its pool, its request channel (a GUID), and how to name it. */
export interface Connection {
  readonly agent: Agent;
  readonly channel: string;
  readonly where: string;
}

export function hecHeaders(settings: AuditSettings, conn: Connection): Record<string, string> {
  return {
    authorization: `Splunk ${settings.token}`,
    'content-type': 'application/json',
    'x-splunk-request-channel': conn.channel,
  };
}

export function hecReply(text: string): { text?: string; ackId?: unknown; acks?: unknown } | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null ? (v as { text?: string }) : undefined;
  } catch {
    return undefined;
  }
}

export const codeOf = (err: unknown): string =>
  (err as { code?: string }).code ?? (err instanceof Error ? err.message : 'error');
