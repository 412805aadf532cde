/**
 * `sps apply FILE --auto-approve` plans and applies in one transaction. `sps apply plan.json`
 * applies a saved plan: the document is reloaded (its digest must match), the appliance is planned
 * again, and any difference from what was reviewed refuses the apply. Without either, a terminal
 * asks for "yes"; anything else refuses, as Terraform does.
 *
 * Whatever happens after the commit, the state file records what was committed; when the commit
 * outcome is unknown it records nothing that could later be mistaken for the truth.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { outcomeOf } from '../../audit';
import { SpsApplyError, SpsVerifyError, applyPlan, hasChanges, type Plan } from '../../reconcile';
import { SpsCliError } from '../errors';
import { EXIT, type ExitCode } from '../exit-codes';
import { readSavedPlan, staleOperations, type SavedPlan } from '../plan-file';
import { planReport, withImpact, withResults } from '../render/report';
import { writeState, writeStateAfterUnknownCommit } from '../state';
import { audit, auditSettingsFor, type AuditRun } from './audit';
import { emitApplied, emitPlan } from './emit';
import { guardActiveSessions, type DisconnectFlags } from './impact';
import {
  addConnectionOptions,
  addOutputOptions,
  addPlanOptions,
  cwdOf,
  loadFor,
  planInputs,
  planWith,
  settingsFor,
  withClient,
  type CommandContext,
  type PlanFlags,
  type PlanInputs,
} from './shared';

export interface ApplyFlags extends PlanFlags, DisconnectFlags {
  autoApprove?: boolean;
  message?: string;
}

export function applyCommand(program: Command, ctx: CommandContext, done: (code: ExitCode) => void): void {
  const cmd = program
    .command('apply')
    .argument(
      '<desired-or-plan>',
      'desired-state file / cdk.tf.json / stack directory, or a plan file saved by `sps plan --out`',
    );
  cmd.description('apply the desired state in one SPS transaction');
  addPlanOptions(addOutputOptions(addConnectionOptions(cmd)))
    .option('--auto-approve', 'apply without asking for confirmation')
    .option('--message <text>', 'commit message recorded on the appliance')
    .option('--allow-disconnect', 'apply even when it cuts active sessions (they may be disconnected)')
    .option(
      '--wait-for-idle <duration>',
      'when it would cut active sessions: wait up to this long (e.g. 30m) for them to end, then apply',
    )
    .option(
      '--write-concurrency <n>',
      'independent writes in flight at once inside the transaction (default 1; SPS_WRITE_CONCURRENCY)',
    )
    .action(async (file: string, flags: ApplyFlags) => done(await runApply(ctx, file, flags)));
}

export async function runApply(ctx: CommandContext, file: string, flags: ApplyFlags): Promise<ExitCode> {
  const saved = readSavedPlan(resolve(cwdOf(ctx), file));
  const inputs: PlanInputs = saved ? savedInputs(saved, flags, cwdOf(ctx)) : planInputs(flags, cwdOf(ctx));
  const loaded = loadFor(ctx, saved ? saved.source : file, inputs);
  if (saved && saved.source_digest !== loaded.digest) {
    throw new SpsCliError(
      'SPS_CLI_STALE_PLAN',
      `the desired state ${saved.source} changed since the plan was saved (or its variables did); run plan again`,
    );
  }
  const settings = settingsFor(ctx, flags);
  const auditTo = auditSettingsFor(ctx);
  if (saved && new URL(saved.appliance).origin !== new URL(settings.url).origin) {
    throw new SpsCliError(
      'SPS_CLI_STALE_PLAN',
      `the plan was saved for ${saved.appliance}, not ${settings.url}`,
    );
  }
  const interrupt = ctx.out.io.interrupt;
  return withClient(settings, async (client) => {
    await client.assertConfigurable();
    const planned = await planWith(ctx, client, settings, loaded, inputs, flags);
    const { plan, state, firmware } = planned;
    if (saved) refuseIfStale(saved, plan);
    const text = !flags.json && !flags.markdown;
    if (text)
      emitPlan(ctx, withImpact(planReport(settings.url, plan, firmware), planned.impact), flags, 'plan');
    // refused (or waited for) before anything is asked or written
    const { impact, disconnect } = await guardActiveSessions(ctx, client, planned.impact, flags);
    const report = withImpact(planReport(settings.url, plan, firmware), impact);
    if (hasChanges(plan) && !saved && !flags.autoApprove) await confirm(ctx);
    const auditRun: AuditRun | undefined = auditTo
      ? {
          settings: auditTo,
          appliance: settings.url,
          spsUser: settings.username,
          firmware,
          commitMessage: flags.message ?? null,
        }
      : undefined;

    let result;
    try {
      result = await applyPlan(client, plan, {
        lockTimeoutMs: settings.lockTimeoutMs,
        checkTransaction: settings.checkTransaction,
        writeConcurrency: settings.writeConcurrency,
        ...(state ? { secretRecords: state.secret_records } : {}),
        ...(flags.message ? { commitMessage: flags.message } : {}),
        ...(interrupt ? { interrupt } : {}),
        onProgress: ({ done, total }) => ctx.out.progress(`applying ${done}/${total}`),
      });
    } catch (err) {
      ctx.out.progress(undefined);
      // committed, then something failed: the state file must still say what is on the appliance
      if (err instanceof SpsVerifyError && inputs.state)
        writeState(inputs.state, settings.url, loaded.desired, err.result);
      if (err instanceof SpsApplyError && err.committed === 'unknown' && inputs.state)
        writeStateAfterUnknownCommit(inputs.state, settings.url, loaded.desired, plan, state);
      if (auditRun) await audit(ctx, auditRun, plan, outcomeOf(err), 'apply', { impact, disconnect });
      throw err;
    }
    ctx.out.progress(undefined);
    for (const note of result.notes ?? []) ctx.out.err(`Note: ${note}.\n`);
    if (inputs.state) writeState(inputs.state, settings.url, loaded.desired, result);
    if (auditRun) await audit(ctx, auditRun, plan, 'committed', 'apply', { impact, disconnect });
    emitApplied(ctx, withResults(report, result), flags);
    return EXIT.ok;
  });
}

/**
 * A saved plan carries the options it was made with. A flag that says the same is fine; one that
 * says otherwise is refused, never silently ignored (a different --state would change ownership).
 */
function savedInputs(saved: SavedPlan, flags: ApplyFlags, cwd: string): PlanInputs {
  const given = planInputs(flags, cwd);
  const conflicts: string[] = [];
  if (flags.state !== undefined && given.state !== saved.inputs.state)
    conflicts.push(
      `--state ${flags.state} (the plan was made ${saved.inputs.state ? `with --state ${saved.inputs.state}` : 'without a state file'})`,
    );
  if (flags.prune !== undefined && given.prune.join(',') !== saved.inputs.prune.join(','))
    conflicts.push(
      `--prune ${flags.prune} (the plan was made with ${saved.inputs.prune.join(',') || 'none'})`,
    );
  if (flags.resource !== undefined && given.resource !== saved.inputs.resource)
    conflicts.push(`--resource ${flags.resource}`);
  if (flags.rotateSecrets && !saved.inputs.rotate_secrets) conflicts.push('--rotate-secrets');
  if (conflicts.length)
    throw new SpsCliError(
      'SPS_CLI_USAGE',
      `a saved plan is applied with the options it was made with; these differ: ${conflicts.join('; ')}. Run plan again with them instead.`,
    );
  return saved.inputs;
}

function refuseIfStale(saved: SavedPlan, fresh: Plan): void {
  const changed = staleOperations(saved, fresh);
  if (changed.length) {
    throw new SpsCliError(
      'SPS_CLI_STALE_PLAN',
      `the appliance changed since the plan was saved: ${changed.join(', ')}; nothing was applied, run plan again`,
    );
  }
}

export async function confirm(ctx: CommandContext): Promise<void> {
  const io = ctx.out.io;
  if (!io.isTTY.stdin || !io.prompt) {
    throw new SpsCliError(
      'SPS_CLI_NOT_CONFIRMED',
      'refusing to apply without confirmation: stdin is not a terminal; pass --auto-approve or apply a plan file saved with `sps plan --out`',
    );
  }
  const answer = await io.prompt("Apply these changes to the appliance? Only 'yes' will be accepted: ");
  if (answer.trim() !== 'yes')
    throw new SpsCliError(
      'SPS_CLI_NOT_CONFIRMED',
      'apply cancelled: the answer was not "yes"; nothing was changed',
    );
}
