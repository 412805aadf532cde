/**
 * The appliance's own CSV (`?format=csv`, seeds/001): its headers ("End time", "Gateway username"),
 * its quoting, and a row per item of a list field. A CSV page has no `match_count`, so windows and
 * counts come from JSON answers (export.ts) and the rows from CSV pages at the same offsets; the
 * pages are joined under one header, a session's rows kept from the first page that has it, and each
 * window's distinct keys must add up to its count, else the window is read again.
 */
import type { SpsClient } from '../client';
import { SpsSessionSearchError } from './errors';
import { ExportRun, PAGE_SIZE, RESULT_CAP, type ExportOptions } from './export';
import { offsetFor } from './offset';
import { pathOf, type SessionQuery, type TimeWindow } from './query';

export interface CsvExport {
  /** The header line and every row, each ending in a newline. */
  readonly text: string;
  /** Distinct sessions (rows may be more: one per list item). */
  readonly sessions: number;
  readonly matchCount: number;
  readonly windows: number;
  readonly requests: number;
}

interface CsvWindow {
  readonly header: string;
  readonly rows: readonly { readonly key: string; readonly line: string }[];
}

const ATTEMPTS = 3;

export async function exportApplianceCsv(
  client: SpsClient,
  query: SessionQuery,
  opts: ExportOptions = {},
): Promise<CsvExport> {
  const run = new ExportRun(client, query, opts);
  const first = await run.page(undefined, 0, 1);
  const total = first.matchCount;
  const limited = opts.limit !== undefined && opts.limit < RESULT_CAP;
  const read = (w: TimeWindow | undefined, count: number) =>
    readWindow(run, w, limited ? Math.min(opts.limit!, count) : count).then((x) => [x]);
  const windows =
    limited || total < RESULT_CAP
      ? await read(undefined, total)
      : await run.allWindows(total, (w, page) => read(w, page.matchCount));
  const owner = new Map<string, number>(); // a session's rows come from the first window that has it
  const lines: string[] = [];
  windows.forEach((w, i) => {
    for (const r of w.rows) {
      if ((owner.get(r.key) ?? i) !== i) continue;
      owner.set(r.key, i);
      lines.push(r.line);
    }
  });
  const header = windows.find((w) => w.header)?.header ?? '"Key"';
  return {
    text: [header, ...lines].map((l) => l + '\n').join(''),
    sessions: owner.size,
    matchCount: total,
    windows: windows.length,
    requests: run.requests,
  };
}

async function readWindow(run: ExportRun, w: TimeWindow | undefined, want: number): Promise<CsvWindow> {
  for (let attempt = 1; ; attempt++) {
    const base = want > PAGE_SIZE ? await run.offsetBase(w) : 'zero';
    const pages: Promise<string>[] = [];
    for (let at = 0; at < want; at += PAGE_SIZE)
      pages.push(csvPage(run, w, offsetFor(at, base), Math.min(PAGE_SIZE, want - at)));
    const texts = await Promise.all(pages);
    let header = '';
    const rows: { key: string; line: string }[] = [];
    const owner = new Map<string, number>(); // the page a session's rows are taken from
    texts.forEach((text, page) => {
      const [head, ...body] = records(text);
      header ||= head ?? '';
      for (const line of body) {
        const key = firstField(line);
        if ((owner.get(key) ?? page) !== page) continue;
        owner.set(key, page);
        rows.push({ key, line });
      }
    });
    if (owner.size === want) return { header, rows };
    if (attempt >= ATTEMPTS)
      throw new SpsSessionSearchError(
        'changing',
        `the sessions kept changing while the CSV was read (${owner.size} of ${want} distinct): try again, or narrow the query`,
      );
    want = Math.min(want, (await run.page(w, 0, 1)).matchCount);
  }
}

async function csvPage(
  run: ExportRun,
  w: TimeWindow | undefined,
  offset: number,
  limit: number,
): Promise<string> {
  run.requests++;
  const res = await run.client.stream(pathOf(run.query, { limit, offset, window: w, format: 'csv' }));
  const chunks: Buffer[] = [];
  for await (const chunk of res.body as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** CSV records (RFC 4180: a quoted field may hold newlines and doubled quotes), without line ends. */
export function records(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) {
      out.push(text.slice(start, text[i - 1] === '\r' ? i - 1 : i));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(text.slice(start));
  return out.filter((l) => l !== '');
}

function firstField(line: string): string {
  if (!line.startsWith('"')) return line.split(',')[0];
  let out = '';
  for (let i = 1; i < line.length; i++) {
    if (line[i] === '"') {
      if (line[i + 1] === '"') {
        out += '"';
        i++;
      } else break;
    } else out += line[i];
  }
  return out;
}
