/**
 * Change audit events: one per changed object and one for the apply, in the shape a SIEM indexes
 * (flat, named fields). Built from the plan's field changes — paths and actions, never a value — so
 * no secret can be in an event. Every event has a stable id (`<apply id>:<n>`): a resend after a
 * lost reply carries the same id, which a search dedups on.
 */
import { createHash, randomUUID } from 'node:crypto';
import { VERSION } from '../version';

export type AuditOutcome = 'committed' | 'rolled back' | 'not committed' | 'unknown';

export interface ChangedObject {
  readonly kind: string;
  readonly name: string;
  readonly action: 'create' | 'update' | 'delete';
  readonly paths: readonly string[];
  /** What the change does to sessions and recordings (counts only; null: not countable). */
  readonly impact?: ObjectImpact;
}

export interface ObjectImpact {
  readonly active_sessions?: number | null;
  readonly recent_sessions?: number | null;
  readonly eligible_recordings?: number | null;
}

/** What the apply knew and did about the live sessions it could cut. */
export interface SessionFacts {
  /** `checked`, `unknown`, or `none` (nothing in the plan can cut sessions). */
  readonly impact: string;
  readonly active_sessions: number;
  /** `none` (nothing active to cut), `allowed` (--allow-disconnect), `waited` (--wait-for-idle). */
  readonly disconnect: string;
}

export interface ApplyFacts {
  readonly appliance: string;
  readonly firmware: string | null;
  readonly actor: string;
  readonly spsUser: string;
  readonly commitMessage: string | null;
  readonly outcome: AuditOutcome;
  readonly objects: readonly ChangedObject[];
  /** `apply` for an apply, `drift` for a drift check's findings. */
  readonly type?: 'apply' | 'drift';
  readonly sessions?: SessionFacts;
}

export interface AuditEvent {
  readonly id: string;
  /** Seconds since the epoch, as HEC's `time`. */
  readonly time: number;
  readonly fields: Readonly<Record<string, unknown>>;
}

/** The digest of what was changed (kinds, names, actions, paths): the same plan gives the same digest. */
export function planDigest(objects: readonly ChangedObject[]): string {
  const canonical = JSON.stringify(objects.map((o) => [o.kind, o.name, o.action, [...o.paths].sort()]));
  return 'sha256:' + createHash('sha256').update(canonical).digest('hex');
}

export function auditEvents(facts: ApplyFacts, now = Date.now(), runId: string = randomUUID()): AuditEvent[] {
  const type = facts.type ?? 'apply';
  const common = {
    tool: `sps-iac ${VERSION}`,
    run_id: runId,
    appliance: facts.appliance,
    firmware: facts.firmware,
    actor: facts.actor,
    sps_user: facts.spsUser,
    commit_message: facts.commitMessage,
    plan_digest: planDigest(facts.objects),
    outcome: type === 'drift' ? 'drift' : facts.outcome,
  };
  const time = Math.floor(now / 1000);
  const events: AuditEvent[] = facts.objects.map((o, i) => ({
    id: `${runId}:${i + 1}`,
    time,
    fields: {
      event_id: `${runId}:${i + 1}`,
      event_type: type === 'drift' ? 'sps.config.drift' : 'sps.config.change',
      ...common,
      kind: o.kind,
      name: o.name,
      action: o.action,
      changed_paths: [...o.paths],
      ...(o.impact ?? {}),
    },
  }));
  const counts = { create: 0, update: 0, delete: 0 };
  for (const o of facts.objects) counts[o.action]++;
  events.push({
    id: `${runId}:0`,
    time,
    fields: {
      event_id: `${runId}:0`,
      event_type: type === 'drift' ? 'sps.config.drift_check' : 'sps.config.apply',
      ...common,
      objects: facts.objects.length,
      ...counts,
      ...(facts.sessions ?? {}),
    },
  });
  return events;
}
