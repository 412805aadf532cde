/**
 * A search of the session database (`GET /api/audit/sessions`, seeds/001) as the caller writes it,
 * and the request paths it becomes. The query language (`q`) is the appliance's own and passed as
 * written; the tool adds only what paging needs: a time window as a `start_time` range (the form the
 * guide's own example uses, epoch seconds: `start_time:[* TO 1461654799]`, `[` inclusive, `}`
 * exclusive), `limit`, `offset`, and a last sort key (`session_id`) so ties page the same way twice.
 */
import { SpsSessionSearchError } from './errors';

export interface SessionQuery {
  /** The appliance's filter expression (`protocol:ssh AND NOT name:admin`). */
  readonly q?: string;
  /** Sessions that started after this ISO 8601 date (the documented `start`). */
  readonly start?: string;
  /** Sessions that ended before this ISO 8601 date (the documented `end`). */
  readonly end?: string;
  /** Field names to show (`fields`); empty: keys only. */
  readonly fields?: readonly string[];
  /** Sort keys, `-` for descending (`-duration`). */
  readonly sort?: readonly string[];
  /** Words to find in indexed screen content (the documented `content`). */
  readonly content?: string;
}

/** Start times in [from, until), epoch seconds; `from` undefined is open. */
export interface TimeWindow {
  readonly from?: number;
  readonly until: number;
}

export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
  readonly window?: TimeWindow;
  readonly format?: 'json' | 'csv';
  /** Replaces the query's fields (a probe needs keys and start times only). */
  readonly fields?: readonly string[];
  /** Replaces the query's sort. */
  readonly sort?: readonly string[];
}

export const SESSIONS_PATH = '/api/audit/sessions';
/** The tie-breaker appended to every sort, so that pages of equal keys do not shuffle. */
export const TIE_BREAKER = 'session_id';

export function windowFilter(w: TimeWindow): string {
  return `start_time:[${w.from ?? '*'} TO ${w.until}}`;
}

/** `q` of a request: the caller's expression, narrowed to a window when there is one. */
export function filterOf(query: SessionQuery, window?: TimeWindow): string | undefined {
  const own = query.q?.trim();
  if (!window) return own || undefined;
  return own ? `(${own}) AND ${windowFilter(window)}` : windowFilter(window);
}

export function sortOf(sort: readonly string[] | undefined): string[] {
  const keys = [...(sort ?? ['start_time'])];
  if (!keys.some((k) => k.replace(/^-/, '') === TIE_BREAKER)) keys.push(TIE_BREAKER);
  return keys;
}

export function pathOf(query: SessionQuery, page: PageRequest): string {
  const p = new URLSearchParams();
  p.set('limit', String(page.limit));
  p.set('offset', String(page.offset));
  const fields = page.fields ?? query.fields ?? [];
  if (fields.length) p.set('fields', fields.join(','));
  const q = filterOf(query, page.window);
  if (q) p.set('q', q);
  if (query.start) p.set('start', query.start);
  if (query.end) p.set('end', query.end);
  if (query.content) p.set('content', query.content);
  p.set('sort', sortOf(page.sort ?? query.sort).join(','));
  if (page.format === 'csv') p.set('format', 'csv');
  return `${SESSIONS_PATH}?${p.toString()}`;
}

/** A field of a result body, whether the appliance nests dotted names or keeps them flat. */
export function fieldOf(body: unknown, name: string): unknown {
  if (typeof body !== 'object' || body === null) return undefined;
  const flat = (body as Record<string, unknown>)[name];
  if (flat !== undefined) return flat;
  let at: unknown = body;
  for (const segment of name.split('.')) {
    if (typeof at !== 'object' || at === null || Array.isArray(at)) return undefined;
    at = (at as Record<string, unknown>)[segment];
  }
  return at;
}

/** Epoch milliseconds of an ISO 8601 date as the caller wrote it (a date alone is midnight UTC). */
export function epochOf(text: string, what: string): number {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (!Number.isFinite(ms))
    throw new SpsSessionSearchError('invalid-query', `${what} "${text}" is not an ISO 8601 date`);
  return ms;
}
