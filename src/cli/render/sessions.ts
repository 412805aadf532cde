/**
 * Session search results as a table (a terminal), JSON (`--json`, manual/cli-json.md) or CSV made by
 * the tool (`--csv`: one row per session, columns `key` and the field names, RFC 4180 quoting).
 * The appliance's own CSV (`--appliance-csv`) is printed as it came.
 */
import type { ExportResult, SessionItem } from '../../client/sessions';
import { fieldOf } from '../../client/sessions';

/** A cell: strings as they are, other values as JSON, missing ones empty. */
export function cellOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const CELL_WIDTH = 40;

export function renderSessionTable(sessions: readonly SessionItem[], fields: readonly string[]): string {
  const header = ['key', ...fields];
  const rows = sessions.map((s) => [s.key, ...fields.map((f) => cellOf(fieldOf(s.body, f)))]);
  const clip = (c: string) => (c.length > CELL_WIDTH ? c.slice(0, CELL_WIDTH - 1) + '…' : c);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => clip(r[i]).length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => clip(c).padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

export function renderSessionCsv(sessions: readonly SessionItem[], fields: readonly string[]): string {
  const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  const lines = [['key', ...fields].map(quote).join(',')];
  for (const s of sessions)
    lines.push([s.key, ...fields.map((f) => cellOf(fieldOf(s.body, f)))].map(quote).join(','));
  return lines.join('\n') + '\n';
}

export interface SessionsReport {
  readonly format_version: '1';
  readonly appliance: string;
  readonly match_count: number;
  readonly count: number;
  readonly windows: number;
  readonly requests: number;
  readonly offset_base: 'zero' | 'one' | null;
  readonly sessions: readonly { readonly key: string; readonly fields: Readonly<Record<string, unknown>> }[];
}

export function sessionsReport(url: string, r: ExportResult): SessionsReport {
  return {
    format_version: '1',
    appliance: url,
    match_count: r.matchCount,
    count: r.sessions.length,
    windows: r.windows,
    requests: r.requests,
    offset_base: r.offsetBase ?? null,
    sessions: r.sessions.map((s) => ({ key: s.key, fields: s.body })),
  };
}

export function summaryLine(
  r: { matchCount: number; windows: number; requests: number },
  shown: number,
): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const windows = r.windows > 1 ? `${n(r.windows)} time windows, ` : '';
  return `${n(shown)} session${shown === 1 ? '' : 's'} (match_count ${n(r.matchCount)}; ${windows}${n(r.requests)} request${r.requests === 1 ? '' : 's'})\n`;
}
