/**
 * Change audit: who changed which privileged-access policy and when, as events in the SIEM.
 * `recordAndSend` spools first and then delivers what it can; it never throws, so auditing can never
 * fail or block an apply — it returns what to tell the user instead.
 */
import { auditEvents, type ApplyFacts } from './events';
import { flushSpool, type FlushResult } from './hec';
import type { AuditSettings } from './settings';
import { Spool } from './spool';

export { auditSettingsFrom, AuditSettingsError, type AuditSettings } from './settings';
export {
  auditEvents,
  planDigest,
  type ApplyFacts,
  type AuditEvent,
  type AuditOutcome,
  type ChangedObject,
} from './events';
export { flushSpool, type FlushResult } from './hec';
export { Spool } from './spool';

export async function recordAndSend(
  settings: AuditSettings,
  facts: ApplyFacts,
): Promise<FlushResult & { spooled: number }> {
  const events = auditEvents(facts);
  try {
    new Spool(settings.spool).add(events);
  } catch (err) {
    return {
      spooled: 0,
      sent: 0,
      kept: 0,
      error: `cannot write the audit spool ${settings.spool} (${(err as NodeJS.ErrnoException).code ?? 'error'}); ${events.length} events lost`,
    };
  }
  try {
    return { spooled: events.length, ...(await flushSpool(settings)) };
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? 'error';
    return { spooled: events.length, sent: 0, kept: events.length, error: `delivery failed (${reason})` };
  }
}
