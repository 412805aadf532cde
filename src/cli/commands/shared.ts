/**
 * What plan, apply and drift share: their flags, loading the document (before any request),
 * connecting, ownership (state file or --prune), and reading the appliance with progress.
 */
import { relative, resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { SpsClient } from '../../client';
import { MANAGED_KINDS, TYPED_KINDS, isKindName, type KindName } from '../../model';
import {
  SpsApplyError,
  SpsPlanRefusedError,
  planAgainstAppliance,
  declaredBeforeOf,
  type Impact,
  type Plan,
  type PlanOptions,
} from '../../reconcile';
import { contextFor, type CommandContext } from './context';
import { impactOf, type ImpactFlags } from './impact';
import { SpsCliError } from '../errors';
import { loadDesired, type LoadedDesired } from '../input';
import { connect, resolveSettings, type ConnectionFlags, type Settings } from '../settings';
import { readState, type CliState } from '../state';

/** The options that shape a plan; saved in a plan file so `apply plan.json` plans the same way. */
export interface PlanInputs {
  readonly prune: KindName[];
  readonly resource?: string;
  readonly state?: string;
  readonly rotate_secrets: boolean;
}

export { contextFor, type CommandContext };

export interface OutputFlags {
  json?: boolean;
  markdown?: boolean;
}

export interface PlanFlags extends ConnectionFlags, OutputFlags {
  prune?: string;
  state?: string;
  resource?: string;
  rotateSecrets?: boolean;
  detailedExitcode?: boolean;
  impactWindow?: string;
}

/** Per run: the filtered output, colours, and (for the demo) settings that bypass flags/env. */
export function addConnectionOptions(cmd: Command): Command {
  return cmd
    .option('--url <url>', 'appliance URL, https://host[:port] (env SPS_URL)')
    .option('--username <name>', 'REST user (env SPS_USERNAME)')
    .option(
      '--password-file <file>',
      'read the password from this file (default: env SPS_PASSWORD); never passed as a flag value',
    )
    .option('--ca-file <file>', 'PEM of the CA that signed the appliance certificate (env SPS_CA_FILE)')
    .option('--insecure', 'skip TLS certificate verification (env SPS_INSECURE=1)')
    .option(
      '--lock-timeout <duration>',
      'how long to wait for a configuration lock held elsewhere (env SPS_LOCK_TIMEOUT; default 60s)',
    )
    .option(
      '--no-transaction-check',
      'do not prove from the changelog, before committing, that the transaction holds every write (env SPS_TRANSACTION_CHECK=off)',
    )
    .option('--concurrency <n>', 'parallel reads (default 8)');
}

export function addOutputOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--json', 'machine-readable output on stdout (manual/cli-json.md)').conflicts('markdown'),
    )
    .option('--markdown', 'a pull-request comment in Markdown on stdout');
}

export function addPlanOptions(cmd: Command): Command {
  return cmd
    .option(
      '--prune <kinds>',
      'comma-separated collection kinds whose undeclared objects are deleted (built-ins never are)',
    )
    .option(
      '--state <file>',
      'state file: ownership (names last applied) and secret fingerprints; written after apply',
    )
    .option(
      '--resource <id>',
      'which SPS resource of a cdktf synth output to use: its id, or sps_configuration.<id> / sps_document.<id>',
    )
    .option('--rotate-secrets', 'rewrite secrets the appliance masks and no state file can verify')
    .option('--detailed-exitcode', 'exit 2 when changes (or drift) are present, 0 when none, 1 on error')
    .option(
      '--impact-window <duration>',
      'look-back for the sessions a cut connection policy handled (env SPS_IMPACT_WINDOW; default 30d)',
    );
}

export function planInputs(flags: PlanFlags, cwd: string): PlanInputs {
  return {
    prune: parsePrune(flags.prune),
    ...(flags.resource ? { resource: flags.resource } : {}),
    ...(flags.state ? { state: resolve(cwd, flags.state) } : {}),
    rotate_secrets: flags.rotateSecrets === true,
  };
}

function parsePrune(text: string | undefined): KindName[] {
  if (!text) return [];
  const kinds = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const k of kinds) {
    // an endpoint is a collection unless its document declares a singleton (which is never pruned)
    if (!isKindName(k) || !TYPED_KINDS.of(k).managed || TYPED_KINDS.of(k).shape !== 'collection') {
      throw new SpsCliError(
        'SPS_CLI_USAGE',
        `--prune: "${k}" is not a managed collection kind (${MANAGED_KINDS.filter(
          (m) => m.shape === 'collection',
        )
          .map((m) => m.name)
          .join(', ')})`,
      );
    }
  }
  return kinds as KindName[];
}

export function cwdOf(ctx: CommandContext): string {
  return ctx.out.io.cwd ?? process.cwd();
}

export function loadFor(ctx: CommandContext, file: string, inputs: PlanInputs): LoadedDesired {
  return loadDesired(
    file,
    { cwd: cwdOf(ctx), ...(inputs.resource ? { resource: inputs.resource } : {}) },
    ctx.out,
  );
}

export function settingsFor(ctx: CommandContext, flags: ConnectionFlags): Settings {
  if (ctx.settingsOverride) return ctx.settingsOverride;
  return resolveSettings(flags, { ...ctx.out.io, cwd: cwdOf(ctx) }, ctx.out);
}

export interface Planned {
  readonly plan: Plan;
  /** `firmware_version` of GET /api/info, read once per run before the plan; null when not reported. */
  readonly firmware: string | null;
  readonly state?: CliState;
  readonly options: PlanOptions;
  /** What the plan does to live sessions and kept recordings (impact.ts). */
  readonly impact: Impact;
}

/** Reads the appliance (progress on a terminal) and plans against it. */
export async function planWith(
  ctx: CommandContext,
  client: SpsClient,
  settings: Settings,
  loaded: LoadedDesired,
  inputs: PlanInputs,
  impactFlags: ImpactFlags = {},
): Promise<Planned> {
  const state = readState(inputs.state, settings.url);
  const options: PlanOptions = {
    prune: inputs.prune,
    ...(state
      ? {
          owned: state.owned,
          secretRecords: state.secret_records,
          // a field the last apply declared and the document no longer does: back to the appliance's default
          declaredBefore: declaredBeforeOf(state.declared),
        }
      : {}),
    rotateSecrets: inputs.rotate_secrets,
    // with a state file, a secret nothing can verify is written once and its fingerprint kept there
    recordsSecrets: inputs.state !== undefined,
  };
  let plan: Plan;
  let firmware: string | null;
  try {
    // the firmware comes first: a document of the other band is refused before any configuration read
    plan = await planAgainstAppliance(client, loaded.desired, {
      ...options,
      progress: ({ done, total }) => ctx.out.progress(`reading ${done}/${total} objects`),
    });
    firmware = await client.firmware();
  } catch (err) {
    // a refusal names document paths: say where they are in the file
    if (err instanceof SpsPlanRefusedError)
      throw new SpsPlanRefusedError(
        err.issues.map(loaded.locate),
        relative(cwdOf(ctx), loaded.source) || loaded.source,
      );
    throw err;
  } finally {
    ctx.out.progress(undefined);
  }
  const impact = await impactOf(ctx, client, plan, impactFlags);
  return { plan, firmware, options, impact, ...(state ? { state } : {}) };
}

/**
 * Runs `fn` with a client that is closed afterwards. `abortOn` cuts every request short when it
 * fires (read-only commands stop at once on Ctrl-C); commands that may hold a transaction leave it
 * out and hand the interrupt to the apply instead, which rolls back before it stops.
 */
export async function withClient<T>(
  settings: Settings,
  fn: (client: SpsClient) => Promise<T>,
  opts: { abortOn?: AbortSignal } = {},
): Promise<T> {
  const client = connect(settings, opts.abortOn);
  try {
    return await fn(client);
  } catch (err) {
    await client.close(); // rolls back a transaction still open (more attempts)
    // the last word must be true: a rollback that failed in the apply may have succeeded on close
    if (err instanceof SpsApplyError && err.rollback.state === 'failed' && !client.holdsTransaction)
      throw new SpsApplyError(err.step, err.committed, err.cause, { state: 'rolled-back' });
    throw err;
  } finally {
    await client.close();
  }
}
