/**
 * `sps demo` (`npm start`): the whole loop in one command. Starts the embedded emulator (unless
 * SPS_URL names a real appliance), plans and applies examples/desired/demo.yaml — every managed
 * kind, references to objects created in the same transaction, secrets — then plans again to show
 * the plan after an apply is empty, and says what happened.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { startEmulator, type RunningEmulator } from '../../emulator';
import { applyPlan, hasChanges, planAgainstAppliance } from '../../reconcile';
import { SpsCliError } from '../errors';
import { EXIT, type ExitCode } from '../exit-codes';
import { loadDesired } from '../input';
import type { Output } from '../io';
import { planReport, withResults } from '../render/report';
import { renderPlanText, renderResultsText } from '../render/text';
import { resolveSettings as resolveShared } from '../../settings';
import { resolveSettings, type Settings } from '../settings';
import { confirm } from './apply';
import { contextFor, withClient, type CommandContext } from './shared';

export const DEMO_FILE = resolve(packageRoot(), 'examples/desired/demo.yaml');

/** The folder of our package.json: from the sources (src/cli/commands) and from the bundle (dist/cli) alike. */
function packageRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'examples'))) return dir;
    if (dirname(dir) === dir) return resolve(__dirname, '../../..');
  }
}

/** The secrets demo.yaml pulls from the environment, and how to make a throwaway value for each. */
const DEMO_SECRETS: Record<string, () => string> = {
  SPS_DEMO_HEC_TOKEN: () => randomBytes(16).toString('hex'),
  SPS_DEMO_SMB_PASSWORD: () => randomBytes(12).toString('base64url'),
  SPS_DEMO_RSYNC_KEY: () =>
    generateKeyPairSync('rsa', { modulusLength: 2048 })
      .privateKey.export({ type: 'pkcs1', format: 'pem' })
      .toString(),
};

interface DemoFlags {
  file?: string;
  autoApprove?: boolean;
}

export function demoCommand(program: Command, ctx: CommandContext, done: (code: ExitCode) => void): void {
  program
    .command('demo')
    .description(
      'start the embedded emulator (unless SPS_URL is set), apply the example desired state, show the next plan is empty',
    )
    .option('--file <file>', 'the desired state to demonstrate with', DEMO_FILE)
    .option('--auto-approve', 'with SPS_URL set: apply to that appliance without asking')
    .action(async (flags: DemoFlags) => done(await runDemo(ctx, flags)));
}

async function runDemo(base: CommandContext, flags: DemoFlags): Promise<ExitCode> {
  const started = Date.now();
  const { out, style } = base;
  const env = { ...out.io.env };
  const demoOut: Output = { ...out, io: { ...out.io, env } };
  for (const [name, make] of Object.entries(DEMO_SECRETS)) {
    if (!env[name]) {
      env[name] = make();
      out.out(style.dim(`${name} is not set: using a generated demo value (never shown).\n`));
    }
    out.secrets.add(env[name]);
  }

  let emulator: RunningEmulator | undefined;
  let settings: Settings;
  if (env.SPS_URL) {
    settings = resolveSettings({}, demoOut.io, demoOut);
    out.out(`Target: ${settings.url} (from SPS_URL)\n`);
  } else {
    emulator = await startEmulator();
    out.secrets.add(emulator.password);
    const resolved = resolveShared(
      { url: emulator.url, username: emulator.username, password: emulator.password },
      {}, // the embedded emulator: nothing from the environment applies to it
    );
    settings = { ...resolved.settings!, ca: emulator.caPem };
    out.out(`Target: the embedded SPS emulator at ${emulator.url} (set SPS_URL to use a real appliance)\n`);
  }
  const ctx = contextFor(demoOut, settings);
  try {
    const file = flags.file ?? DEMO_FILE;
    const loaded = loadDesired(file, { cwd: out.io.cwd ?? process.cwd() }, demoOut);
    out.out(`Desired state: ${loaded.source}\n\n`);
    return await withClient(settings, async (client) => {
      await client.assertConfigurable();
      const progress = ({ done, total }: { done: number; total: number }) =>
        out.progress(`reading ${done}/${total} objects`);
      const plan = await planAgainstAppliance(client, loaded.desired, { progress });
      out.progress(undefined);
      const report = planReport(settings.url, plan);
      out.out(renderPlanText(report, style) + '\n');
      if (!emulator && hasChanges(plan) && !flags.autoApprove) await confirm(ctx);

      const result = await applyPlan(client, plan, { lockTimeoutMs: settings.lockTimeoutMs });
      out.out(renderResultsText(withResults(report, result), style) + '\n');

      const again = await planAgainstAppliance(client, loaded.desired, {
        secretRecords: result.secretRecords,
      });
      const againReport = planReport(settings.url, again);
      out.out(style.bold('Planning again after the apply:\n') + renderPlanText(againReport, style) + '\n');
      if (againReport.changes_present) {
        throw new SpsCliError(
          'SPS_CLI_DEMO',
          'the plan after the apply is not empty: the appliance does not hold what was applied',
        );
      }
      const s = report.summary;
      const commits = emulator
        ? `${emulator.stats().commits} transaction committed`
        : result.committed
          ? 'one transaction committed'
          : 'no transaction needed';
      out.out(
        style.bold('Summary: ') +
          `${s.create} created, ${s.update} updated, ${s.delete} deleted, ${s.noop} unchanged across ${plan.ops.length} objects; ` +
          `${commits}; the next plan is empty; ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
      );
      return EXIT.ok;
    });
  } finally {
    await emulator?.close();
  }
}
