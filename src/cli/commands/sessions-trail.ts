/**
 * `sps sessions trail SESSION_ID -o FILE`: one session's audit trail (`.zat`; `--format srs` for an
 * ongoing session in follow mode), streamed to disk and put in place only when complete (0600), with
 * progress on a terminal. The ID may be written as log messages show it (`svc/…/ssh_demo2:2`) or as the
 * REST API does (`svc-…-ssh_demo2-2`). When a trail cannot be had, the message says why (not recorded,
 * still active, archived out of reach, no permission).
 */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { downloadTrail, restSessionId } from '../../client/sessions';
import { SpsCliError } from '../errors';
import { EXIT, type ExitCode } from '../exit-codes';
import type { ConnectionFlags } from '../settings';
import { addConnectionOptions, cwdOf, settingsFor, withClient, type CommandContext } from './shared';

interface TrailFlags extends ConnectionFlags {
  output?: string;
  format?: 'zat' | 'srs';
  force?: boolean;
}

export function trailCommand(sessions: Command, ctx: CommandContext, done: (code: ExitCode) => void): void {
  const cmd = sessions
    .command('trail')
    .description('download the audit trail of one session to a file')
    .argument('<session-id>', 'the session ID (svc/…/policy:n or svc-…-policy-n)');
  addConnectionOptions(cmd)
    .requiredOption('-o, --output <file>', 'where to write the trail (.zat; .srs with --format srs)')
    .addOption(
      new Option('--format <format>', 'zat, or srs for an ongoing session (follow mode)').choices([
        'zat',
        'srs',
      ]),
    )
    .option('--force', 'replace the file if it exists')
    .action(async (id: string, flags: TrailFlags) => done(await runTrail(ctx, id, flags)));
}

const MB = 1024 * 1024;
const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;

async function runTrail(ctx: CommandContext, id: string, flags: TrailFlags): Promise<ExitCode> {
  if (!restSessionId(id).replace(/-/g, ''))
    throw new SpsCliError('SPS_CLI_USAGE', `"${id}" is not a session ID`);
  const file = resolve(cwdOf(ctx), flags.output!);
  const settings = settingsFor(ctx, flags);
  return withClient(
    settings,
    async (client) => {
      try {
        const { bytes } = await downloadTrail(client, id, file, {
          ...(flags.format ? { format: flags.format } : {}),
          overwrite: flags.force === true,
          onProgress: (got, total) =>
            ctx.out.progress(
              `downloading ${restSessionId(id)}: ${mb(got)}${total !== undefined ? ` of ${mb(total)}` : ''}`,
            ),
          ...(ctx.out.io.interrupt ? { signal: ctx.out.io.interrupt } : {}),
        });
        ctx.out.progress(undefined);
        ctx.out.err(
          `Saved the audit trail of ${restSessionId(id)} to ${flags.output} (${bytes.toLocaleString('en-US')} bytes)\n`,
        );
        return EXIT.ok;
      } finally {
        ctx.out.progress(undefined);
      }
    },
    { abortOn: ctx.out.io.interrupt },
  );
}
