/**
 * The impact on sessions and recordings (src/reconcile/impact.ts) in the text plan and the markdown
 * comment. In `--json` it is the report's `impact` object as computed (manual/cli-json.md).
 */
import { connectionSummary, retentionSummary, type Impact } from '../../reconcile';

const n = (x: number) => x.toLocaleString('en-US');
import type { Style } from './style';

export function impactText(impact: Impact | undefined, style: Style): string[] {
  if (!impact || impact.status === 'none') return [];
  const lines = [style.bold(`Impact on sessions (look-back ${impact.window_days} days):`)];
  for (const c of impact.connection_policies) {
    const line = `  - ${connectionSummary(c, impact.window_days)}`;
    lines.push(c.active === null || c.active.count > 0 ? style.red(line) : line);
    for (const s of c.active?.first ?? [])
      lines.push(
        style.dim(
          `      ${s.key}  ${s.user ?? '?'} from ${s.client ?? '?'} to ${s.target ?? '?'} since ${s.start ?? '?'}`,
        ),
      );
    const more = (c.active?.count ?? 0) - (c.active?.first.length ?? 0);
    if (more > 0) lines.push(style.dim(`      … and ${n(more)} more`));
  }
  for (const r of impact.retention) lines.push(`  - ${retentionSummary(r)}`);
  for (const note of impact.notes) lines.push(style.dim(`  note: ${note}`));
  return [...lines, ''];
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The markdown section, within `room` characters (the comment's budget for it). */
export function impactMarkdown(impact: Impact | undefined, room: number): string[] {
  if (!impact || impact.status === 'none') return [];
  const lines = ['', '**Impact on sessions**'];
  const items: string[] = [];
  for (const c of impact.connection_policies) {
    const cut = c.active === null || c.active.count > 0;
    items.push(`- ${cut ? '⚠️ ' : ''}${cell(connectionSummary(c, impact.window_days))}`);
    for (const s of c.active?.first ?? [])
      items.push(
        `  - \`${cell(s.key)}\` ${cell(s.user ?? '?')} from ${cell(s.client ?? '?')} to ${cell(s.target ?? '?')} since ${cell(s.start ?? '?')}`,
      );
  }
  for (const r of impact.retention) items.push(`- ${cell(retentionSummary(r))}`);
  for (const note of impact.notes) items.push(`- _note:_ ${cell(note)}`);
  let size = lines.reduce((x, l) => x + l.length + 1, 0);
  for (let i = 0; i < items.length; i++) {
    if (size + items[i].length + 1 > room) {
      lines.push(`- … and ${items.length - i} more lines (see \`sps plan --json\`)`);
      break;
    }
    lines.push(items[i]);
    size += items[i].length + 1;
  }
  return lines;
}
