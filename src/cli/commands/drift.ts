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
  addPlanOptions(addOutputOptions(addConnectionOptions(cmd))).action(async (file: string, flags: PlanFlags) =>
    done(await runPlan(ctx, file, flags, 'drift')),
  );
}
