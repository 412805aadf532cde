/** `sps drift FILE`: the plan's read and diff, reported as drift ("the appliance differs from the desired state"). */
import type { Command } from 'commander';
import type { ExitCode } from '../exit-codes';
import { runPlan } from './plan';
import {
  addConnectionOptions,
  addOutputOptions,
  addPlanOptions,
  type CommandContext,
  type PlanFlags,
} from './shared';

export function driftCommand(program: Command, ctx: CommandContext, done: (code: ExitCode) => void): void {
  const cmd = program
    .command('drift')
    .argument('<desired>', 'desired-state file (JSON/YAML), cdk.tf.json, or cdktf stack directory');
  cmd.description(
    'report where the appliance differs from the desired state (exit 2 with --detailed-exitcode)',
  );
  addPlanOptions(addOutputOptions(addConnectionOptions(cmd)))
    .option('--audit', 'report drifted objects to the Splunk HEC of SPS_AUDIT_* (one event each, spooled)')
    .action(async (file: string, flags: PlanFlags & { audit?: boolean }) =>
      done(await runPlan(ctx, file, flags, 'drift')),
    );
}
