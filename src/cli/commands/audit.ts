/**
 * Change audit from the command line: `apply` records one event per changed object and one for the
 * apply (spooled, then sent to the Splunk HEC configured by SPS_AUDIT_*), and `sps audit flush`
 * delivers what an outage left in the spool. Auditing never changes an apply's exit code: a
 * delivery problem is a warning, and the events wait in the spool.
 */
import type { Command } from 'commander';
import {
  AuditSettingsError,
  auditSettingsFrom,
  changedObjectsOf,
  deliver,
  jobSummary,
  recordAndSend,
  Spool,
  type AuditOutcome,
  type AuditSettings,
} from '../../audit';
import type { Impact, Plan } from '../../reconcile';
import type { Disconnect } from './impact';
import { SpsCliError } from '../errors';
import { EXIT, type ExitCode } from '../exit-codes';
import { cwdOf, type CommandContext } from './shared';

/** The audit settings of this run, checked before anything is written (a bad setting is a usage error). */
export function auditSettingsFor(ctx: CommandContext): AuditSettings | undefined {
  try {
    const settings = auditSettingsFrom(ctx.out.io.env, cwdOf(ctx));
    if (settings) ctx.out.secrets.add(settings.token);
    return settings;
  } catch (err) {
    if (err instanceof AuditSettingsError) throw new SpsCliError('SPS_CLI_SETTINGS', err.message);
    throw err;
  }
}

export interface AuditRun {
  readonly settings: AuditSettings;
  readonly appliance: string;
  readonly spsUser: string;
  readonly firmware: string | null;
  readonly commitMessage: string | null;
}

/** Records the outcome of an apply (or a drift check's findings) and reports delivery on stderr. */
export async function audit(
  ctx: CommandContext,
  run: AuditRun,
  plan: Plan,
  outcome: AuditOutcome,
  type: 'apply' | 'drift' = 'apply',
  sessions: { impact?: Impact; disconnect?: Disconnect } = {},
): Promise<void> {
  const objects = changedObjectsOf(plan, sessions.impact);
  if (!objects.length) {
    // nothing changed, nothing to record: still deliver what an earlier outage left behind
    const flushed = await deliver(run.settings).catch(() => ({ sent: 0, kept: 0 }));
    return report(ctx, run.settings, flushed);
  }
  const r = await recordAndSend(run.settings, {
    appliance: run.appliance,
    firmware: run.firmware,
    actor: run.settings.actor,
    spsUser: run.spsUser,
    commitMessage: run.commitMessage,
    outcome,
    objects,
    type,
    ...(sessions.impact && type === 'apply'
      ? {
          sessions: {
            impact: sessions.impact.status,
            active_sessions: sessions.impact.active_sessions,
            disconnect: sessions.disconnect ?? 'none',
          },
        }
      : {}),
  });
  report(ctx, run.settings, r);
}

/**
 * What delivery left undone, on stderr and in the CI job's summary (GitHub) or log section (GitLab),
 * with the spool's path; and a spool that keeps growing, or holds files that are not events, warns.
 */
function report(
  ctx: CommandContext,
  settings: AuditSettings,
  r: { sent: number; kept: number; error?: string },
): void {
  if (r.error) {
    ctx.out.err(
      `Warning: audit: ${r.error}; ${r.kept} event(s) kept in ${settings.spool} for the next run or \`sps audit flush\`\n`,
    );
    const section = jobSummary(ctx.out.io.env, {
      kept: r.kept,
      spool: settings.spool,
      collector: settings.url,
      reason: r.error,
    });
    if (section) ctx.out.err(section);
  }
  spoolWarnings(ctx, settings);
}

function spoolWarnings(ctx: CommandContext, settings: AuditSettings): void {
  const held = new Spool(settings.spool).summary();
  if (held.events > settings.spoolLimit)
    ctx.out.err(
      `Warning: audit: the spool ${settings.spool} holds ${held.events} events (${(held.bytes / 1048576).toFixed(1)} MB), more than SPS_AUDIT_SPOOL_LIMIT=${settings.spoolLimit}: the collector has not taken events for a while; nothing is dropped\n`,
    );
  if (held.unreadable)
    ctx.out.err(
      `Warning: audit: ${held.unreadable} file(s) in ${settings.spool} are not events this tool can send; they are left there for you to look at\n`,
    );
}

export function auditCommand(program: Command, ctx: CommandContext, done: (code: ExitCode) => void): void {
  const audit = program
    .command('audit')
    .description('change audit events (Splunk HEC, SPS_AUDIT_* settings)');
  audit
    .command('flush')
    .description('send the events an outage left in the spool; exit 1 while any remain')
    .action(async () => {
      const settings = auditSettingsFor(ctx);
      if (!settings)
        throw new SpsCliError(
          'SPS_CLI_SETTINGS',
          'no audit destination: set SPS_AUDIT_HEC_URL and SPS_AUDIT_HEC_TOKEN',
        );
      const r = await deliver(settings);
      if (r.error) report(ctx, settings, r);
      else {
        ctx.out.err(`audit: sent ${r.sent} event(s) to ${settings.url}; no event is waiting\n`);
        spoolWarnings(ctx, settings);
      }
      done(r.error ? EXIT.error : EXIT.ok);
    });
}
