/**
 * `--markdown`: a pull-request comment. Forges cap a comment at 65,536 characters (GitHub, GitLab,
 * Bitbucket), and a comment that is too long is rejected exactly when the change is large, so the
 * comment is built in order of importance within that budget:
 *   1. the title, totals, counts per kind, errors and notes: always;
 *   2. every changed object named with its action (a table; grouped name lists when a table would
 *      take too much room);
 *   3. field-level details, one collapsible block per object, as many as fit, then a note saying how
 *      many were left out and where the full plan is.
 */
import { SENSITIVE } from '../../reconcile';
import { impactMarkdown } from './impact';
import { label, type Report, type ReportOperation } from './report';
import type { Wording } from './text';

/** The smallest comment limit of the common forges. */
export const MARKDOWN_LIMIT = 65_536;

export interface MarkdownOptions {
  /** Characters the comment may take (default MARKDOWN_LIMIT). */
  readonly limit?: number;
  /** Where the full plan is, for the note when details are cut (e.g. the saved plan file). */
  readonly fullPlan?: string;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (v: unknown) => '`' + JSON.stringify(v).replace(/`/g, "'") + '`';
const inline = (s: string) => '`' + s.replace(/`/g, "'").replace(/\n/g, ' ') + '`';
/** Room kept for the cut note and the results table's tail, so the last block never overflows. */
const RESERVE = 600;
/** The object table may take this share of the budget before names are listed more compactly… */
const TABLE_SHARE = 0.4;
/** Errors and notes may each take this share (a note per object on a large plan would not fit). */
const NOTES_SHARE = 0.15;
/** …and the compact lists this share, so that every name fits in all but huge plans. */
const LIST_SHARE = 0.85;

export function renderMarkdown(
  report: Report,
  wording: Wording = 'plan',
  opts: MarkdownOptions = {},
): string {
  const limit = opts.limit ?? MARKDOWN_LIMIT;
  const s = report.summary;
  const title = wording === 'drift' ? 'SPS drift check' : 'SPS plan';
  const firmware = report.firmware_version ? ` (SPS ${report.firmware_version})` : '';
  const head: string[] = [`### ${title} for \`${report.appliance}\`${firmware}`, ''];
  const changing = report.operations.filter((o) => o.action !== 'noop');
  if (!report.changes_present) {
    head.push(
      wording === 'drift' ? `No drift: ${s.noop} objects match.` : `No changes: ${s.noop} objects unchanged.`,
    );
  } else {
    head.push(
      `**${s.create}** to create, **${s.update}** to update, **${s.delete}** to delete, ${s.noop} unchanged.`,
      '',
      ...countsPerKind(changing),
    );
  }
  if (report.errors.length)
    head.push(
      '',
      '**Errors**',
      ...capped(
        report.errors.map((e) => `- \`${e.code}\`: ${cell(e.message)}`),
        limit * NOTES_SHARE,
        'errors',
      ),
    );
  head.push(...impactMarkdown(report.impact, limit * NOTES_SHARE));
  if (report.notes.length)
    head.push(
      '',
      '**Notes**',
      ...capped(
        report.notes.map((n) => `- ${cell(n)}`),
        limit * NOTES_SHARE,
        'notes',
      ),
    );
  if (report.results) head.push('', ...resultsOf(report.results, limit * TABLE_SHARE));

  const out = new Budget(limit - RESERVE);
  out.addAll(head);
  if (changing.length) {
    out.add('');
    out.addAll(namesOf(changing, limit * TABLE_SHARE, out.left * LIST_SHARE));
    let shown = 0;
    for (const op of changing) {
      if (!out.tryAddAll(details(op))) break;
      shown++;
    }
    if (shown < changing.length) {
      const where = opts.fullPlan
        ? inline(opts.fullPlan)
        : 'the full plan (`sps plan --json`, or a saved `--out` plan)';
      out.force(
        '',
        `> Field-level details of ${changing.length - shown} of ${changing.length} changed objects are left out ` +
          `to keep this comment under ${limit.toLocaleString('en-US')} characters; see ${where}.`,
      );
    }
  }
  return out.text();
}

/** Lines added while they fit; `force` adds past the budget (the reserve is kept for it). */
class Budget {
  readonly #lines: string[] = [];
  #size = 0;
  constructor(readonly max: number) {}
  get left(): number {
    return this.max - this.#size;
  }
  add(line: string): void {
    this.#lines.push(line);
    this.#size += line.length + 1;
  }
  addAll(lines: readonly string[]): void {
    for (const l of lines) this.add(l);
  }
  tryAddAll(lines: readonly string[]): boolean {
    const size = lines.reduce((n, l) => n + l.length + 1, 0);
    if (size > this.left) return false;
    this.addAll(lines);
    return true;
  }
  force(...lines: string[]): void {
    this.addAll(lines);
  }
  text(): string {
    return this.#lines.join('\n') + '\n';
  }
}

function countsPerKind(changing: readonly ReportOperation[]): string[] {
  const counts = new Map<string, { create: number; update: number; delete: number }>();
  for (const op of changing) {
    const c = counts.get(op.kind) ?? { create: 0, update: 0, delete: 0 };
    c[op.action as 'create' | 'update' | 'delete']++;
    counts.set(op.kind, c);
  }
  return [
    '| Kind | Create | Update | Delete |',
    '| --- | ---: | ---: | ---: |',
    ...[...counts].map(([kind, c]) => `| ${cell(kind)} | ${c.create} | ${c.update} | ${c.delete} |`),
  ];
}

/** Every changed object with its action: a table, or per kind and action a list of names. */
function namesOf(changing: readonly ReportOperation[], tableRoom: number, room: number): string[] {
  const table = [
    '| Kind | Name | Action |',
    '| --- | --- | --- |',
    ...changing.map((op) => `| ${cell(op.kind)} | ${cell(op.name)} | ${op.action} |`),
  ];
  if (sizeOf(table) <= tableRoom) return table;
  const groups = new Map<string, string[]>();
  for (const op of changing) {
    const key = `${op.action} ${op.kind}`;
    const names = groups.get(key) ?? [];
    names.push(inline(op.name));
    groups.set(key, names);
  }
  const lines: string[] = [];
  let size = 0;
  for (const [key, names] of groups) {
    const [action, kind] = key.split(' ');
    let line = `- **${action}** ${cell(kind)} (${names.length}): `;
    let listed = 0;
    for (const n of names) {
      if (size + line.length + n.length + 60 > room) break;
      line += (listed ? ', ' : '') + n;
      listed++;
    }
    if (listed < names.length) line += `${listed ? ', ' : ''}… and ${names.length - listed} more`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines;
}

function details(op: ReportOperation): string[] {
  const lines = ['', `<details><summary>${op.action} ${cell(label(op))}</summary>`, ''];
  for (const c of op.changes) {
    const value = c.released
      ? `${c.sensitive ? SENSITIVE : code(c.before)} → _(back to the appliance's default)_`
      : c.sensitive
        ? `${SENSITIVE}${c.unverifiable ? ' _(written: the appliance does not show it)_' : ''}`
        : c.before === undefined || op.action === 'create'
          ? code(c.after)
          : c.after === undefined
            ? `${code(c.before)} → (removed)`
            : `${code(c.before)} → ${code(c.after)}`;
    lines.push(`- \`${c.path || '/'}\`: ${value}`);
  }
  if (op.unmanaged.length)
    lines.push(`- _${op.unmanaged.length} field(s) not in the document kept as they are_`);
  for (const n of op.notes) lines.push(`- _note:_ ${cell(n)}`);
  lines.push('', '</details>');
  return lines;
}

/** After an apply: what happened, per object while a table fits, else counts per result. */
function resultsOf(results: NonNullable<Report['results']>, room: number): string[] {
  const table = [
    '| Kind | Name | Result |',
    '| --- | --- | --- |',
    ...results.map((r) => `| ${cell(r.kind)} | ${cell(r.name)} | ${r.result} |`),
  ];
  if (sizeOf(table) <= room) return table;
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.result, (counts.get(r.result) ?? 0) + 1);
  return ['**Results**', ...[...counts].map(([result, n]) => `- ${result}: ${n}`)];
}

/** The first lines that fit in `room`, then how many more there are. */
function capped(lines: readonly string[], room: number, what: string): string[] {
  const out: string[] = [];
  let size = 0;
  for (const l of lines) {
    if (size + l.length + 1 > room) {
      out.push(`- … and ${lines.length - out.length} more ${what} (see the full plan)`);
      break;
    }
    out.push(l);
    size += l.length + 1;
  }
  return out;
}

function sizeOf(lines: readonly string[]): number {
  return lines.reduce((n, l) => n + l.length + 1, 0);
}
