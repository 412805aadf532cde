/**
 * `sps plan FILE`: read the appliance, print the diff. `--out` saves a plan file (no secrets) for
 * `sps apply`; `--validate-on-device` stages the writes in a transaction, shows what SPS accepted,
 * and rolls back.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { hasChanges, validateOnDevice } from '../../reconcile';
import { EXIT, type ExitCode } from '../exit-codes';
import { savePlan } from '../plan-file';
import { deviceValidationReport, planReport, withImpact } from '../render/report';
import type { Wording } from '../render/text';
import { audit, auditSettingsFor } from './audit';
import { emitPlan } from './emit';
import { SpsCliError } from '../errors';
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
} from './shared';

export interface PlanCommandFlags extends PlanFlags {
  out?: string;
  validateOnDevice?: boolean;
  /** drift only: report what drifted to the audit HEC. */
  audit?: boolean;
}

export function planCommand(program: Command, ctx: CommandContext, done: (code: ExitCode) => void): void {
  const cmd = program
    .command('plan')
    .argument('<desired>', 'desired-state file (JSON/YAML), cdk.tf.json, or cdktf stack directory');
  cmd.description('show what apply would change on the appliance');
  addPlanOptions(addOutputOptions(addConnectionOptions(cmd)))
    .option('--out <file>', 'save the plan (without secrets) for `sps apply <file>`')
    .option('--validate-on-device', 'stage the changes in a transaction, show what SPS accepted, roll back')
    .action(async (file: string, flags: PlanCommandFlags) => done(await runPlan(ctx, file, flags, 'plan')));
}

/** Shared by plan and drift: the same read and diff, worded differently. */
export async function runPlan(
  ctx: CommandContext,
  file: string,
  flags: PlanCommandFlags,
  wording: Wording,
): Promise<ExitCode> {
  const inputs = planInputs(flags, cwdOf(ctx));
  const loaded = loadFor(ctx, file, inputs);
  const settings = settingsFor(ctx, flags);
  const auditTo = flags.audit ? auditSettingsFor(ctx) : undefined;
  if (flags.audit && !auditTo)
    throw new SpsCliError(
      'SPS_CLI_SETTINGS',
      '--audit: no audit destination; set SPS_AUDIT_HEC_URL and SPS_AUDIT_HEC_TOKEN',
    );
  return withClient(
    settings,
    async (client) => {
      const { plan, firmware, impact } = await planWith(ctx, client, settings, loaded, inputs, flags);
      let report = withImpact(planReport(settings.url, plan, firmware), impact);
      if (flags.validateOnDevice && hasChanges(plan)) {
        const validation = await validateOnDevice(client, plan, {
          lockTimeoutMs: settings.lockTimeoutMs,
          ...(ctx.out.io.interrupt ? { interrupt: ctx.out.io.interrupt } : {}),
        });
        report = { ...report, device_validation: deviceValidationReport(validation) };
      }
      if (flags.out) {
        savePlan(resolve(cwdOf(ctx), flags.out), plan, {
          appliance: settings.url,
          source: loaded.source,
          source_digest: loaded.digest,
          inputs,
        });
        if (!flags.json && !flags.markdown)
          ctx.out.err(`Saved the plan to ${flags.out}; apply it with: sps apply ${flags.out}\n`);
      }
      emitPlan(ctx, report, flags, wording, flags.out);
      if (auditTo) {
        const run = {
          settings: auditTo,
          appliance: settings.url,
          spsUser: settings.username,
          firmware,
          commitMessage: null,
        };
        await audit(ctx, run, plan, 'unknown', 'drift', { impact });
      }
      if (report.device_validation && !report.device_validation.accepted) return EXIT.error;
      return flags.detailedExitcode && report.changes_present ? EXIT.changes : EXIT.ok;
      // staging on the device holds a transaction: the interrupt goes to it (rollback), not the requests
    },
    flags.validateOnDevice ? {} : { abortOn: ctx.out.io.interrupt },
  );
}
