/**
 * `sps export`: the live configuration as a desired-state document that plans as no change when
 * fed back. Secrets never leave the appliance this way: each is an `${env:VAR}` reference, and the
 * variables are listed on stderr so a pipeline can supply them.
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { MANAGED_KINDS, READ_ONLY_ENDPOINTS, isKindName, passThroughRefusal } from '../../model';
import { exportLive } from '../../reconcile';
import { SpsCliError } from '../errors';
import { writePrivateFile } from '../files';
import { EXIT, type ExitCode } from '../exit-codes';
import { addConnectionOptions, cwdOf, settingsFor, withClient, type CommandContext } from './shared';
import type { ConnectionFlags } from '../settings';

interface ExportFlags extends ConnectionFlags {
  format?: string;
  out?: string;
  kinds?: string;
  endpoint?: string;
}

export function exportCommand(program: Command, ctx: CommandContext, done: (code: ExitCode) => void): void {
  const cmd = program
    .command('export')
    .description('print the live configuration as a desired-state document');
  addConnectionOptions(cmd)
    .option('--format <format>', 'yaml or json', 'yaml')
    .option('--out <file>', 'write the document to this file instead of stdout')
    .option(
      '--kinds <kinds>',
      'comma-separated kinds to export (default: every managed kind, or none with --endpoint)',
    )
    .option(
      '--endpoint <endpoints>',
      'comma-separated endpoints the model has no kind for, relative to /api/configuration (e.g. ssh/connections), exported as pass_through',
    )
    .action(async (flags: ExportFlags) => done(await runExport(ctx, flags)));
}

async function runExport(ctx: CommandContext, flags: ExportFlags): Promise<ExitCode> {
  const format = flags.format ?? 'yaml';
  if (format !== 'yaml' && format !== 'json')
    throw new SpsCliError('SPS_CLI_USAGE', `--format: "${format}" is not yaml or json`);
  const endpoints = selectEndpoints(flags.endpoint);
  const kinds = endpoints.length && !flags.kinds ? [] : selectKinds(flags.kinds);
  const settings = settingsFor(ctx, flags);
  const { document, secrets } = await withClient(settings, (client) => exportLive(client, kinds, endpoints), {
    abortOn: ctx.out.io.interrupt,
  });
  const text =
    format === 'json'
      ? JSON.stringify(document, null, 2) + '\n'
      : `# Exported from ${settings.url}. Secrets are \${env:...} references: set those variables to plan with it.\n` +
        stringify(document, { lineWidth: 0 });
  if (flags.out) {
    writePrivateFile(resolve(cwdOf(ctx), flags.out), ctx.out.secrets.apply(text), 'export');
    ctx.out.err(`Wrote ${flags.out}\n`);
  } else ctx.out.out(text);
  if (secrets.length) {
    ctx.out.err(
      'The document refers to these environment variables for secrets (set them before plan/apply):\n' +
        secrets.map((s) => `  ${s.variable}  (${s.path})`).join('\n') +
        '\n',
    );
  }
  return EXIT.ok;
}

function selectEndpoints(text: string | undefined): string[] {
  const endpoints = (text ?? '')
    .split(',')
    .map((s) =>
      s
        .trim()
        .replace(/^\/?(api\/configuration\/)?/, '')
        .replace(/\/+$/, ''),
    )
    .filter(Boolean);
  for (const e of endpoints) {
    const refusal = passThroughRefusal(e);
    // a read-only endpoint can be exported (to look at), only not declared
    if (refusal && !READ_ONLY_ENDPOINTS.has(e))
      throw new SpsCliError('SPS_CLI_USAGE', `--endpoint: ${refusal}`);
  }
  return endpoints;
}

function selectKinds(text: string | undefined) {
  if (!text) return MANAGED_KINDS;
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const n of names) {
    if (!isKindName(n) || !MANAGED_KINDS.some((k) => k.name === n)) {
      throw new SpsCliError(
        'SPS_CLI_USAGE',
        `--kinds: "${n}" is not a managed kind (${MANAGED_KINDS.map((k) => k.name).join(', ')})`,
      );
    }
  }
  return MANAGED_KINDS.filter((k) => names.includes(k.name));
}
