/**
 * `sps`: configuration as code for One Identity Safeguard for Privileged Sessions.
 *   sps plan FILE     show what would change          sps drift FILE   report drift
 *   sps apply FILE    apply in one transaction        sps export       live config as a document
 *   sps validate FILE check a document offline      sps demo         the README's main job (npm start)
 *   sps schema        the document's JSON Schema, for editors
 *   sps snapshot      the appliance captured to a file (for a twin)
 *   sps sessions      search recorded sessions, download audit trails
 *   sps doctor        check connection, user, appliance and configuration
 * `run(argv, io)` is the whole program, so tests drive it in-process; the bottom of this file binds
 * it to the real process.
 */
import { createInterface } from 'node:readline/promises';
import { Command, CommanderError } from 'commander';
import { SpsError } from '../client';
import { SpsDesiredStateError, SpsInterruptedError, SpsPlanRefusedError } from '../reconcile';
import { applyCommand } from './commands/apply';
import { auditCommand } from './commands/audit';
import { demoCommand } from './commands/demo';
import { driftCommand } from './commands/drift';
import { exportCommand } from './commands/export';
import { planCommand } from './commands/plan';
import { validateCommand } from './commands/validate';
import { schemaCommand } from './commands/schema';
import { snapshotCommand } from './commands/snapshot';
import { sessionsCommand } from './commands/sessions';
import { doctorCommand } from './commands/doctor';
import { contextFor } from './commands/shared';
import { VERSION } from '../version';
import { SpsCliError } from './errors';
import { EXIT, type ExitCode } from './exit-codes';
import { makeOutput, type CliIo, type Output } from './io';
import { renderJson } from './render/json';
import { errorReport, type ReportError } from './render/report';

export type { CliIo } from './io';
export { EXIT } from './exit-codes';

export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const out = makeOutput(io);
  const ctx = contextFor(out);
  let code: ExitCode = EXIT.ok;
  const done = (c: ExitCode) => {
    code = c;
  };
  const program = new Command('sps')
    .description('Configuration as code for One Identity Safeguard for Privileged Sessions (SPS)')
    .version(version())
    .exitOverride()
    .showHelpAfterError('(run sps <command> --help for usage)')
    .configureOutput({ writeOut: (s) => out.out(s), writeErr: (s) => out.err(s) });
  validateCommand(program, ctx, done);
  planCommand(program, ctx, done);
  applyCommand(program, ctx, done);
  driftCommand(program, ctx, done);
  exportCommand(program, ctx, done);
  demoCommand(program, ctx, done);
  auditCommand(program, ctx, done);
  schemaCommand(program, ctx, done);
  snapshotCommand(program, ctx, done);
  sessionsCommand(program, ctx, done);
  doctorCommand(program, ctx, done);
  for (const sub of program.commands)
    sub.exitOverride().configureOutput({ writeOut: (s) => out.out(s), writeErr: (s) => out.err(s) });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return interruptedCode(io) ?? code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.error; // help/version print and exit 0; usage errors are already printed
    }
    reportError(out, err, argv.includes('--json'));
    return interruptedCode(io) ?? EXIT.error;
  }
}

/** 128 + the signal number, as shells report a command a signal stopped (130 SIGINT, 143 SIGTERM). */
function interruptedCode(io: CliIo): ExitCode | undefined {
  if (!io.interrupt?.aborted) return undefined;
  const reason: unknown = io.interrupt.reason;
  return reason instanceof SpsInterruptedError && reason.reason === 'SIGTERM' ? EXIT.sigterm : EXIT.sigint;
}

/** One clear message naming what and where; in --json mode the same as JSON on stdout. */
function reportError(out: Output, err: unknown, json: boolean): void {
  out.progress(undefined);
  const e = describe(err);
  if (json) out.out(renderJson(errorReport(null, [e])));
  else out.err(`Error: ${e.message}\n`);
}

function describe(err: unknown): ReportError {
  if (err instanceof SpsDesiredStateError || err instanceof SpsPlanRefusedError) {
    return {
      code: err.code,
      message: err.message,
      issues: err.issues.map((i) => ({
        path: i.path,
        message: i.message,
        ...(i.line !== undefined ? { line: i.line, column: i.column ?? 1 } : {}),
      })),
    };
  }
  if (err instanceof SpsCliError) {
    return {
      code: err.code,
      message: err.message,
      ...(err.issues
        ? {
            issues: err.issues.map((i) => ({
              path: i.path,
              message: i.message,
              ...(i.line !== undefined ? { line: i.line, column: i.column ?? 1 } : {}),
            })),
          }
        : {}),
    };
  }
  if (SpsError.is(err)) return { code: err.code, message: err.message };
  // a bug, not a user error: say so, without a stack that could hold request data
  return {
    code: 'SPS_CLI_INTERNAL',
    message: `internal error: ${err instanceof Error ? err.message : String(err)}`,
  };
}

function version(): string {
  return VERSION;
}

function processIo(interrupt: AbortSignal): CliIo {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    isTTY: {
      stdout: process.stdout.isTTY === true,
      stderr: process.stderr.isTTY === true,
      stdin: process.stdin.isTTY === true,
    },
    prompt: async (question) => {
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
    interrupt,
  };
}

/**
 * SIGINT (Ctrl-C, Terraform and CI cancelling a job send it too) and SIGTERM: the first one lets the
 * command end properly (an apply rolls back and releases the configuration lock); a second one stops
 * at once. Either way the exit code says the command was interrupted.
 */
function onInterrupt(controller: AbortController): void {
  let count = 0;
  const handle = (signal: 'SIGINT' | 'SIGTERM') => {
    count += 1;
    if (count === 1) {
      process.stderr.write(
        `\n${signal}: stopping; an apply in progress is rolled back and the configuration lock released (send it again to stop at once)\n`,
      );
      controller.abort(new SpsInterruptedError(signal));
      return;
    }
    process.stderr.write(
      `${signal} again: stopping at once; an open transaction keeps the configuration lock until the appliance's session timeout\n`,
    );
    process.exit(signal === 'SIGTERM' ? EXIT.sigterm : EXIT.sigint);
  };
  process.on('SIGINT', () => handle('SIGINT'));
  process.on('SIGTERM', () => handle('SIGTERM'));
}

if (require.main === module) {
  // fail closed: a run that never settles (a bug, a promise nobody resolves) must not exit 0
  process.exitCode = EXIT.error;
  const controller = new AbortController();
  onInterrupt(controller);
  run(process.argv.slice(2), processIo(controller.signal)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`Error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = EXIT.error;
    },
  );
}
