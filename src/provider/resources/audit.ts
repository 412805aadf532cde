/**
 * Change audit from Terraform's apply: the same events as `sps apply` (src/audit), configured by the
 * same SPS_AUDIT_* variables in the environment Terraform runs the provider with. Delivery problems
 * are warnings on the apply, never errors; the events wait in the spool for the next run.
 */
import {
  AuditSettingsError,
  auditSettingsFrom,
  changedObjectsOf,
  recordAndSend,
  type AuditOutcome,
  type AuditSettings,
} from '../../audit';
import type { SpsClient } from '../../client';
import type { Plan } from '../../reconcile';
import type { Settings } from '../../settings';
import type { Diagnostics } from '../tf';

/** The audit destination, or undefined; a bad setting is an error before anything is written. */
export function auditDestination(diags: Diagnostics): AuditSettings | undefined | 'invalid' {
  try {
    return auditSettingsFrom(process.env, process.cwd());
  } catch (err) {
    if (!(err instanceof AuditSettingsError)) throw err;
    diags.addError('Invalid audit settings', err.message);
    return 'invalid';
  }
}

export async function auditApply(
  to: AuditSettings,
  client: SpsClient,
  settings: Settings,
  plan: Plan,
  outcome: AuditOutcome,
  diags: Diagnostics,
): Promise<void> {
  const objects = changedObjectsOf(plan);
  if (!objects.length) return;
  const firmware = await client.firmware();
  const r = await recordAndSend(to, {
    appliance: settings.url,
    firmware,
    actor: to.actor,
    spsUser: settings.username,
    commitMessage: null,
    outcome,
    objects,
  });
  if (r.error)
    diags.addWarning(
      'Change audit events not delivered yet',
      `${r.error}; ${r.kept} event(s) kept in ${to.spool} for the next apply or \`sps audit flush\`.`,
    );
}
