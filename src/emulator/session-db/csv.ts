/**
 * `?format=csv` as the guide's examples show it: every value quoted, a header of `"Key"` and one
 * readable name per field (`"End time"`, `"Gateway username"`, `"Server IP"`), one row per session
 * and, for a field holding a list (`analytics.interesting_events`), one row per item, the other
 * list fields empty on the extra rows and the scalars repeated. Paging works as for JSON (limit and offset count sessions).
 */
import { Readable } from 'node:stream';
import type { Reply } from '../context';
import type { FieldContext, FieldDef } from './fields';
import type { SessionRecord } from './records';

/** The guide's own headers; other fields get their path in words. */
const HEADERS: Record<string, string> = {
  protocol: 'Protocol',
  end_time: 'End time',
  start_time: 'Start time',
  'user.gateway_username': 'Gateway username',
  'server.ip': 'Server IP',
  'client.ip': 'Client IP',
  'client.port': 'Client port',
  'recording.session_id': 'Recording Session ID',
  'analytics.interesting_events': 'Analytics Interesting events',
  'analytics.similar_sessions': 'Similar Sessions',
  trail_download_link: 'Audit trail download link',
};

export function headerOf(field: string): string {
  if (HEADERS[field]) return HEADERS[field];
  const words = field
    .split(/[._]/)
    .map((w) => (w === 'ip' || w === 'id' ? w.toUpperCase() : w))
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
const text = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);

export function csvText(
  page: readonly SessionRecord[],
  names: readonly string[],
  table: ReadonlyMap<string, FieldDef>,
  ctx: FieldContext,
): string {
  const shown = names.filter((n) => table.get(n)?.display);
  const lines = [[quote('Key'), ...shown.map((n) => quote(headerOf(n)))].join(',')];
  for (const r of page) {
    const values = shown.map((n) => table.get(n)!.value(r, ctx));
    const rows = Math.max(1, ...values.map((v) => (Array.isArray(v) ? v.length : 1)));
    for (let i = 0; i < rows; i++) {
      // a scalar repeats on every row of its session, as in the guide's example
      const cells = values.map((v) => (Array.isArray(v) ? text(v[i]) : text(v)));
      lines.push([quote(r.key), ...cells.map(quote)].join(','));
    }
  }
  return lines.join('\n') + '\n';
}

export function csvReply(
  page: readonly SessionRecord[],
  names: readonly string[],
  table: ReadonlyMap<string, FieldDef>,
  ctx: FieldContext,
): Reply {
  const body = Buffer.from(csvText(page, names, table, ctx), 'utf8');
  return {
    status: 200,
    body: {},
    raw: { contentType: 'text/csv; charset=utf-8', length: body.length, open: () => Readable.from([body]) },
  };
}
