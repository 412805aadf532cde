/**
 * `sps apply FILE --auto-approve` plans and applies in one transaction. `sps apply plan.json`
 * applies a saved plan: the document is reloaded (its hash must match), the appliance is planned
 * again, and any difference from what was reviewed refuses the apply. Without either, a terminal
 * asks for "yes"; anything else refuses, as Terraform does.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { applyPlan, hasChanges, type Plan } from '../../reconcile';
import { SpsCliError } from '../errors';
import { EXIT, type ExitCode } from '../exit-codes';
import { readSavedPlan, staleOperations, type SavedPlan } from '../plan-file';
import { planReport, withResults } from '../render/report';
import { writeState } from '../state';
import { emitApplied, emitPlan } from './emit';
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

export interface ApplyFlags extends PlanFlags {
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
    .action(async (file: string, flags: ApplyFlags) => done(await runApply(ctx, file, flags)));
}

export async function runApply(ctx: CommandContext, file: string, flags: ApplyFlags): Promise<ExitCode> {
  const saved = readSavedPlan(resolve(cwdOf(ctx), file));
  const inputs: PlanInputs = saved ? saved.inputs : planInputs(flags, cwdOf(ctx));
  const loaded = loadFor(ctx, saved ? saved.source : file, inputs);
  if (saved && saved.source_sha256 !== loaded.sha256) {
    throw new SpsCliError(
      'SPS_CLI_STALE_PLAN',
      `the desired state ${saved.source} changed since the plan was saved (or its variables did); run plan again`,
    );
  }
  const settings = settingsFor(ctx, flags);
  if (saved && new URL(saved.appliance).origin !== new URL(settings.url).origin) {
    throw new SpsCliError(
      'SPS_CLI_STALE_PLAN',
      `the plan was saved for ${saved.appliance}, not ${settings.url}`,
    );
  }
  return withClient(settings, async (client) => {
    await client.assertConfigurable();
    const { plan, state } = await planWith(ctx, client, settings, loaded, inputs);
    if (saved) refuseIfStale(saved, plan);
    const report = planReport(settings.url, plan);
    const text = !flags.json && !flags.markdown;
    if (text) emitPlan(ctx, report, flags, 'plan');
    if (hasChanges(plan) && !saved && !flags.autoApprove) await confirm(ctx);

    const result = await applyPlan(client, plan, {
      lockTimeoutMs: settings.lockTimeoutMs,
      ...(state ? { secretRecords: state.secret_records } : {}),
      ...(flags.message ? { commitMessage: flags.message } : {}),
      onProgress: ({ done, total }) => ctx.out.progress(`applying ${done}/${total}`),
    });
    ctx.out.progress(undefined);
    if (inputs.state) writeState(inputs.state, settings.url, loaded.desired, result);
    emitApplied(ctx, withResults(report, result), flags);
    return EXIT.ok;
  });
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
