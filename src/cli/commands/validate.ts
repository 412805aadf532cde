/**
 * `sps validate FILE`: checks a document with no appliance and no network — the model's schema and
 * rules, references between the objects it declares, secrets present in the environment — so a
 * pipeline can reject a bad change before anyone reviews a plan. Exit 0 when valid (warnings
 * allowed), 1 otherwise. `--format github` / `sarif` put each finding on its line of the file.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { toPointer } from '../../model';
import { SpsDesiredStateError, eachObject } from '../../reconcile';
import { SpsCliError } from '../errors';
import { EXIT, type ExitCode } from '../exit-codes';
import type { LoadedDesired } from '../input';
import {
  FINDINGS_FORMATS,
  isError,
  renderFindings,
  type Finding,
  type FindingsFormat,
} from '../render/findings';
import { cwdOf, loadFor, type CommandContext } from './shared';

interface ValidateFlags {
  resource?: string;
  format: FindingsFormat;
  output?: string;
  strict?: boolean;
}

export function validateCommand(program: Command, ctx: CommandContext, done: (code: ExitCode) => void): void {
  program
    .command('validate')
    .argument('<desired>', 'desired-state file (JSON/YAML), cdk.tf.json, or cdktf stack directory')
    .description('check a document offline: schema, references between declared objects, secrets present')
    .option(
      '--resource <id>',
      'which SPS resource of a cdktf synth output to use: its id, or sps_configuration.<id> / sps_document.<id>',
    )
    .addOption(
      new Option('--format <format>', 'how findings are printed')
        .choices([...FINDINGS_FORMATS])
        .default('text'),
    )
    .option('--output <file>', 'write the findings to this file instead of stdout (e.g. results.sarif)')
    .option('--strict', 'a reference to an object the document does not declare is an error, not a warning')
    .action((file: string, flags: ValidateFlags) => done(runValidate(ctx, file, flags)));
}

function runValidate(ctx: CommandContext, file: string, flags: ValidateFlags): ExitCode {
  let findings: Finding[];
  let summary: string;
  try {
    const loaded = loadFor(ctx, file, {
      prune: [],
      rotate_secrets: false,
      ...(flags.resource ? { resource: flags.resource } : {}),
    });
    findings = undeclaredReferences(loaded, shownOf(ctx, loaded.source), flags.strict === true);
    const objects = [...eachObject(loaded.desired)].length;
    summary = findings.some(isError)
      ? `${shownOf(ctx, loaded.source)} is invalid`
      : `${shownOf(ctx, loaded.source)} is valid: ${objects} object${objects === 1 ? '' : 's'}` +
        (findings.length ? `, ${findings.length} warning${findings.length === 1 ? '' : 's'}` : '');
  } catch (err) {
    findings = documentFindings(err);
    summary = `${findings[0]?.file ?? file} is invalid`;
  }
  const text = renderFindings(flags.format, findings, summary);
  if (flags.output)
    writeFileSync(resolve(cwdOf(ctx), flags.output), ctx.out.secrets.apply(text)); // the same redactor as stdout
  else ctx.out.out(text);
  return findings.some(isError) ? EXIT.error : EXIT.ok;
}

function shownOf(ctx: CommandContext, source: string): string {
  const cwd = cwdOf(ctx);
  return source.startsWith(cwd + '/') ? source.slice(cwd.length + 1) : source;
}

/** What the loader refused, one finding per issue, each where it is in the file. */
function documentFindings(err: unknown): Finding[] {
  if (err instanceof SpsDesiredStateError || err instanceof SpsCliError) {
    const file = err.source;
    const issues = err.issues ?? [];
    if (!issues.length)
      return [{ level: 'error', code: err.code, message: err.message, ...(file ? { file } : {}) }];
    return issues.map((i) => ({
      level: 'error',
      code: err.code,
      message: i.message,
      ...(file ? { file } : {}),
      ...(i.path ? { pointer: i.path } : {}),
      ...(i.line !== undefined ? { line: i.line, column: i.column ?? 1 } : {}),
    }));
  }
  throw err;
}

/**
 * A reference to an object of a named collection the document does not declare: it may exist on
 * the appliance (a built-in, or one managed elsewhere), which only a plan can tell, so a warning;
 * `--strict` for documents meant to be complete.
 */
function undeclaredReferences(loaded: LoadedDesired, file: string, strict: boolean): Finding[] {
  const out: Finding[] = [];
  for (const { kind, name, body } of eachObject(loaded.desired)) {
    for (const ref of kind.referencesIn(body)) {
      const target = loaded.desired.kinds.of(ref.target);
      if (target.shape !== 'collection' || target.identity !== 'name') continue;
      if (loaded.desired.collections.get(target.name)?.has(ref.value)) continue;
      const located = loaded.locate({
        path: toPointer([...kind.documentAt(name), ...ref.segments]),
        message: '',
      });
      out.push({
        level: strict ? 'error' : 'warning',
        code: 'SPS_UNDECLARED_REFERENCE',
        message:
          `refers to ${target.title} "${ref.value}", which this document does not declare` +
          (strict ? '' : '; it must exist on the appliance'),
        file,
        pointer: located.path,
        ...(located.line !== undefined ? { line: located.line, column: located.column ?? 1 } : {}),
      });
    }
  }
  return out;
}
