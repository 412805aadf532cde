/**
 * Every session a search matches, however many: the appliance returns at most 500 per request
 * (`limit`) and at most 10,000 per query (seeds/001), so a larger result is read in time windows —
 * the query narrowed to sessions that started in [from, until), windows split until each one holds
 * at most 10,000 — and each window page by page, the pages of all windows in flight at once within the
 * client's read concurrency. Results are deduplicated by session key, and every window's keys must
 * add up to its `match_count` with every page reporting the same count: otherwise the results moved
 * while they were read (a session started or ended) and the window is read again. Windows end when the
 * export began, so sessions that start meanwhile do not move them.
 */
import type { SpsClient } from '../client';
import { SpsSessionSearchError } from './errors';
import { offsetBaseOf, offsetFor, type OffsetBase, type OffsetSetting } from './offset';
import { fetchPage, type SessionItem, type SessionPage } from './page';
import { fieldOf, pathOf, type SessionQuery, type TimeWindow } from './query';

export const PAGE_SIZE = 500;
export const RESULT_CAP = 10_000;
/** Windows are cut to hold about this many, so that a few more sessions do not overflow them. */
const WINDOW_TARGET = 8_000;
const ATTEMPTS = 3;

export interface ExportOptions {
  /** How `offset` counts; `auto` asks the appliance (offset.ts).  @default 'auto' */
  readonly offsetBase?: OffsetSetting;
  /** At most this many results (the first in the query's order).  @default - all */
  readonly limit?: number;
  readonly onProgress?: (p: { readonly fetched: number; readonly expected: number }) => void;
  /** Epoch ms the windows end at.  @default Date.now() */
  readonly now?: number;
}

export interface ExportResult {
  /** Each matching session once, in the query's order. */
  readonly sessions: readonly SessionItem[];
  /** The query's `match_count` when the export began. */
  readonly matchCount: number;
  /** Time windows read (1: the query fitted under the cap). */
  readonly windows: number;
  /** Requests sent to the appliance. */
  readonly requests: number;
  /** How the appliance counts offsets, when more than one page was read. */
  readonly offsetBase?: OffsetBase;
}

export async function exportSessions(
  client: SpsClient,
  query: SessionQuery,
  opts: ExportOptions = {},
): Promise<ExportResult> {
  const run = new ExportRun(client, query, opts);
  const first = await run.page(undefined, 0, PAGE_SIZE);
  const total = first.matchCount;
  // more than a page: ask how offsets count now, beside the requests that follow (one round, not two)
  if (total > PAGE_SIZE && first.items.length >= 2) run.offsetBase(undefined).catch(() => undefined);
  const limited = opts.limit !== undefined && opts.limit < RESULT_CAP;
  run.expected = limited ? Math.min(opts.limit!, total) : total;
  // a count of exactly 10,000 may be an appliance that caps match_count: it is split like a larger one
  if (limited || total < RESULT_CAP) {
    const sessions = await run.window(undefined, first, limited ? opts.limit : undefined);
    return run.result(sessions, total, 1);
  }
  // a sort of the caller's own must be redone over all windows: its fields must come back
  const windowed: SessionQuery = {
    ...query,
    ...(query.sort?.length && !query.fields?.includes('*')
      ? { fields: [...new Set([...(query.fields ?? []), ...query.sort.map((s) => s.replace(/^-/, ''))])] }
      : {}),
  };
  run.query = windowed;
  let sessions = dedupe(await run.allWindows(total, (w, first) => run.window(w, first)));
  if (query.sort?.length) sessions = sortedBy(sessions, query.sort);
  if (opts.limit !== undefined) sessions = sessions.slice(0, opts.limit);
  return run.result(sessions, total, run.windows);
}

/** Reads one window whose first page (and so its match_count) is known. */
export type WindowReader<T> = (w: TimeWindow | undefined, first: SessionPage) => Promise<T[]>;

export class ExportRun {
  requests = 0;
  windows = 0;
  fetched = 0;
  expected = 0;
  base?: OffsetBase;

  constructor(
    readonly client: SpsClient,
    public query: SessionQuery,
    readonly opts: ExportOptions,
  ) {}

  async page(
    window: TimeWindow | undefined,
    index: number,
    limit: number,
    base: OffsetBase = 'zero',
  ): Promise<SessionPage> {
    this.requests++;
    return fetchPage(this.client, pathOf(this.query, { limit, offset: offsetFor(index, base), window }));
  }

  /** Every window from the oldest match to `now`, each under the cap, read by `read`, in time order. */
  async allWindows<T>(total: number, read: WindowReader<T>): Promise<T[]> {
    const from = await this.oldestStart();
    const until = Math.ceil((this.opts.now ?? Date.now()) / 1000);
    const parts = await Promise.all(split({ from, until }, total).map((w) => this.windowed(w, read)));
    return parts.flat();
  }

  /** A window that may hold more than the cap: read it, or split it and read its parts. */
  async windowed<T>(w: TimeWindow & { from: number }, read: WindowReader<T>): Promise<T[]> {
    const first = await this.page(w, 0, PAGE_SIZE);
    if (first.matchCount < RESULT_CAP) return read(w, first);
    if (w.until - w.from <= 1)
      throw new SpsSessionSearchError(
        'too-dense',
        `more than ${RESULT_CAP.toLocaleString('en-US')} sessions started within one second (${new Date(w.from * 1000).toISOString()}); narrow the query`,
      );
    const parts = await Promise.all(split(w, first.matchCount).map((p) => this.windowed(p, read)));
    return parts.flat();
  }

  /** Reads one window (at most `cap` of it) page by page; again when its results moved meanwhile. */
  async window(w: TimeWindow | undefined, first: SessionPage, cap?: number): Promise<SessionItem[]> {
    this.windows++;
    for (let attempt = 1; ; attempt++) {
      const want = cap === undefined ? first.matchCount : Math.min(cap, first.matchCount);
      const pages = [first];
      if (first.items.length < want) {
        const base = await this.offsetBase(w);
        const rest: Promise<SessionPage>[] = [];
        for (let at = PAGE_SIZE; at < want; at += PAGE_SIZE)
          rest.push(this.page(w, at, Math.min(PAGE_SIZE, want - at), base).then((p) => this.progress(p)));
        pages.push(...(await Promise.all(rest)));
      }
      const items = dedupe(pages.flatMap((p) => p.items)).slice(0, want);
      const steady = pages.every((p) => p.matchCount === first.matchCount);
      if (steady && items.length === want) {
        this.progress(first);
        return items;
      }
      if (attempt >= ATTEMPTS)
        throw new SpsSessionSearchError(
          'changing',
          `the pages did not add up to the match_count (the sessions changed while they were read, or the offset is counted differently than set with SPS_SESSIONS_OFFSET_BASE; match_count ${pages.map((p) => p.matchCount).join(', ')}; ${items.length} of ${want} distinct): try again, or narrow the query with --start/--end`,
        );
      first = await this.page(w, 0, PAGE_SIZE);
    }
  }

  /** How the appliance counts offsets (asked with this window's query the first time it matters). */
  async offsetBase(w: TimeWindow | undefined): Promise<OffsetBase> {
    this.#base ??= offsetBaseOf(this.client, this.opts.offsetBase ?? 'auto', (limit, offset) => {
      this.requests++;
      return pathOf(this.query, { limit, offset, window: w, fields: [] });
    });
    this.base = await this.#base;
    return this.base;
  }
  #base?: Promise<OffsetBase>;

  /** Epoch seconds of the oldest match: where the first window starts. */
  async oldestStart(): Promise<number> {
    this.requests++;
    const p = await fetchPage(
      this.client,
      pathOf(this.query, { limit: 1, offset: 0, fields: ['start_time'], sort: ['start_time'] }),
    );
    const ms = Date.parse(String(fieldOf(p.items[0]?.body, 'start_time')));
    if (!Number.isFinite(ms))
      throw new SpsSessionSearchError(
        'unavailable',
        'the oldest matching session has no start_time to window by',
      );
    return Math.floor(ms / 1000);
  }

  progress(p: SessionPage): SessionPage {
    this.fetched += p.items.length;
    this.opts.onProgress?.({ fetched: Math.min(this.fetched, this.expected), expected: this.expected });
    return p;
  }

  result(sessions: readonly SessionItem[], matchCount: number, windows: number): ExportResult {
    return {
      sessions,
      matchCount,
      windows,
      requests: this.requests,
      ...(this.base ? { offsetBase: this.base } : {}),
    };
  }
}

/** [from, until) in equal parts, each expected to hold about WINDOW_TARGET of `count`. */
function split(w: TimeWindow & { from: number }, count: number): (TimeWindow & { from: number })[] {
  const span = w.until - w.from;
  const n = Math.min(span, Math.max(2, Math.ceil(count / WINDOW_TARGET)));
  const out: (TimeWindow & { from: number })[] = [];
  for (let i = 0; i < n; i++) {
    const from = w.from + Math.floor((span * i) / n);
    const until = i === n - 1 ? w.until : w.from + Math.floor((span * (i + 1)) / n);
    if (until > from) out.push({ from, until });
  }
  return out;
}

export function dedupe(items: readonly SessionItem[]): SessionItem[] {
  const seen = new Map<string, SessionItem>();
  for (const i of items) if (!seen.has(i.key)) seen.set(i.key, i);
  return [...seen.values()];
}

/** The caller's sort over results of several windows (nulls last, numbers numerically). */
function sortedBy(items: readonly SessionItem[], sort: readonly string[]): SessionItem[] {
  const keys = sort.map((s) => ({ name: s.replace(/^-/, ''), sign: s.startsWith('-') ? -1 : 1 }));
  const cmp = (x: unknown, y: unknown): number => {
    if (x === y) return 0;
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  };
  return [...items].sort((a, b) => {
    for (const k of keys) {
      const va = fieldOf(a.body, k.name);
      const vb = fieldOf(b.body, k.name);
      const c = cmp(va, vb);
      if (c !== 0) return va === null || va === undefined || vb === null || vb === undefined ? c : c * k.sign;
    }
    return 0;
  });
}
