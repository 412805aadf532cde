/**
 * `sps doctor`: one read-only command for the first day with an appliance (and for support tickets):
 * the connection and its certificate, the login and what the user may do, firmware, cluster role,
 * the lock, which endpoints the model types, passes through or cannot read, which live objects carry
 * fields the model does not know, whether an export plans back as no change, and the round-trip time.
 * Each finding says what to do. `--json` for tickets (no secret in it). Exit 0, or 1 on any error.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { runDoctor, type DoctorReport, type FindingStatus } from '../../doctor';
import { EXIT, type ExitCode } from '../exit-codes';
import type { Style } from '../render/style';
import { connect, type ConnectionFlags } from '../settings';
import { addConnectionOptions, settingsFor, type CommandContext } from './shared';

interface DoctorFlags extends ConnectionFlags {
  json?: boolean;
  checkTransaction?: boolean;
}

export function doctorCommand(program: Command, ctx: CommandContext, done: (code: ExitCode) => void): void {
  const cmd = program
    .command('doctor')
    .description(
      'check the connection, the user, the appliance and its configuration against the model (read-only)',
    );
  addConnectionOptions(cmd)
    .option('--json', 'the findings as JSON on stdout (for a ticket: no secret in it)')
    .option(
      '--check-transaction',
      'also open one empty transaction and roll it back: write permission and the lock',
    )
    .action(async (flags: DoctorFlags) => done(await runDoctorCommand(ctx, flags)));
}

async function runDoctorCommand(ctx: CommandContext, flags: DoctorFlags): Promise<ExitCode> {
  const settings = settingsFor(ctx, flags);
  const ca = settings.ca ?? (settings.caFile ? readFileSync(settings.caFile, 'utf8') : undefined);
  const report = await runDoctor({
    url: settings.url,
    username: settings.username,
    trust: { ...(ca !== undefined ? { ca } : {}), insecure: settings.insecure },
    connect: () => connect(settings, ctx.out.io.interrupt),
    checkTransaction: flags.checkTransaction === true,
    ...(settings.concurrency ? { concurrency: settings.concurrency } : {}),
    progress: (text) => ctx.out.progress(text),
  });
  const json = () => JSON.stringify({ format_version: '1', ...report }, null, 2) + '\n';
  ctx.out.out(flags.json ? json() : renderText(report, ctx.style));
  return report.healthy ? EXIT.ok : EXIT.error;
}

const MARK: Record<FindingStatus, string> = { ok: '✓', info: 'i', warning: '!', error: '✗', skipped: '-' };

export function renderText(report: DoctorReport, style: Style): string {
  const paint: Record<FindingStatus, (s: string) => string> = {
    ok: style.green,
    info: (s) => s,
    warning: style.yellow,
    error: style.red,
    skipped: style.dim,
  };
  const width = Math.max(...report.findings.map((f) => f.check.length));
  const indent = ' '.repeat(width + 5);
  const lines = [style.bold(`sps doctor ${report.appliance}`), ''];
  for (const f of report.findings) {
    lines.push(`${paint[f.status](MARK[f.status])} ${f.check.padEnd(width)}  ${f.summary}`);
    for (const d of f.details ?? []) lines.push(`${indent}${style.dim(d)}`);
    if (f.action) lines.push(`${indent}→ ${f.action}`);
  }
  const count = (s: FindingStatus) => report.findings.filter((f) => f.status === s).length;
  const [errors, warnings] = [count('error'), count('warning')];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    '',
    (errors ? style.red(`${plural(errors, 'error')}`) : style.green('No errors')) +
      `, ${plural(warnings, 'warning')} (${(report.tookMs / 1000).toFixed(1)} s).`,
    '',
  );
  return lines.join('\n');
}
