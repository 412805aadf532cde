/** `--markdown`: a pull-request comment. A table of objects, then one collapsible block per object. */
import { SENSITIVE } from '../../reconcile';
import { label, type Report } from './report';
import type { Wording } from './text';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (v: unknown) => '`' + JSON.stringify(v).replace(/`/g, "'") + '`';

export function renderMarkdown(report: Report, wording: Wording = 'plan'): string {
  const s = report.summary;
  const title = wording === 'drift' ? 'SPS drift check' : 'SPS plan';
  const lines = [`### ${title} for \`${report.appliance}\``, ''];
  const changing = report.operations.filter((o) => o.action !== 'noop');
  if (!report.changes_present) {
    lines.push(
      wording === 'drift' ? `No drift: ${s.noop} objects match.` : `No changes: ${s.noop} objects unchanged.`,
    );
  } else {
    lines.push(
      `**${s.create}** to create, **${s.update}** to update, **${s.delete}** to delete, ${s.noop} unchanged.`,
      '',
    );
    lines.push('| Kind | Name | Action |', '| --- | --- | --- |');
    for (const op of changing) lines.push(`| ${cell(op.kind)} | ${cell(op.name)} | ${op.action} |`);
    for (const op of changing) {
      lines.push('', `<details><summary>${op.action} ${cell(label(op))}</summary>`, '');
      for (const c of op.changes) {
        const value = c.sensitive
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
    }
  }
  if (report.results) {
    lines.push('', '| Kind | Name | Result |', '| --- | --- | --- |');
    for (const r of report.results) lines.push(`| ${cell(r.kind)} | ${cell(r.name)} | ${r.result} |`);
  }
  if (report.notes.length) lines.push('', '**Notes**', ...report.notes.map((n) => `- ${cell(n)}`));
  if (report.errors.length)
    lines.push('', '**Errors**', ...report.errors.map((e) => `- \`${e.code}\`: ${cell(e.message)}`));
  return lines.join('\n') + '\n';
}
