/**
 * Change audit: who changed which privileged-access policy and when, as events in the SIEM.
 * `recordAndSend` spools first and then delivers what it can; it never throws, so auditing can never
 * fail or block an apply — it returns what to tell the user instead.
 */
import { SpsApplyError, SpsVerifyError, type Impact, type Plan } from '../reconcile';
import { auditEvents, type ApplyFacts, type AuditOutcome, type ChangedObject } from './events';
import { deliver } from './deliver';
import type { FlushResult } from './hec';
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
  type ObjectImpact,
  type SessionFacts,
} from './events';
export { flushSpool, type FlushResult } from './hec';
export { deliver } from './deliver';
export { jobSummary, type Undelivered } from './summary';
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
    return { spooled: events.length, ...(await deliver(settings)) };
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? 'error';
    return { spooled: events.length, sent: 0, kept: events.length, error: `delivery failed (${reason})` };
  }
}

/**
 * What a plan changes, as the events name it: kind, name, action and the changed paths (no values),
 * and for the objects that cut sessions or recordings, how many (from the plan's impact).
 */
export function changedObjectsOf(plan: Plan, impact?: Impact): ChangedObject[] {
  return plan.ops
    .filter((op) => op.action !== 'noop')
    .map((op) => {
      const c = impact?.connection_policies.find((x) => x.kind === op.kind && x.name === op.name);
      const r = impact?.retention.find((x) => x.kind === op.kind && x.name === op.name);
      return {
        kind: op.kind,
        name: op.name,
        action: op.action as ChangedObject['action'],
        paths: op.changes.map((ch) => ch.path || '/'),
        ...(c ? { impact: { active_sessions: c.active?.count ?? null, recent_sessions: c.recent } } : {}),
        ...(r ? { impact: { eligible_recordings: r.eligible } } : {}),
      };
    });
}

/** What the SIEM is told happened when the apply failed. */
export function outcomeOf(err: unknown): AuditOutcome {
  if (err instanceof SpsVerifyError) return 'committed'; // committed; the read-back disagreed
  if (err instanceof SpsApplyError) {
    if (err.committed === 'unknown') return 'unknown';
    return err.rollback.state === 'rolled-back' ? 'rolled back' : 'not committed';
  }
  return 'not committed';
}
