/**
 * `GET /api/audit/sessions`: search the session database (seeds/001 "Searching in the session
 * database"). `start` keeps sessions that started at or after a date, `end` those that ended at or
 * before one (a date without a time means the end of that day: `?start=2017-01-20&end=2017-01-20`
 * are the sessions of that day); `q` filters (query.ts), `content` searches indexed screen content,
 * `sort` orders by fields (`-` descending; default newest first, an emulator choice), `fields` chooses
 * the body (`*` for all; unknown names are left out), `limit` is at most 500 (larger is cut to 500),
 * and `offset` pages: zero-based or one-based per the `sessionOffsetBase` switch, since the guide's
 * own example reads both ways. At most 10,000 results of a query can be reached; an offset over
 * 10,000 is ignored (the first page again), as the guide says. `format=csv` answers CSV (csv.ts).
 * Dates without a zone are UTC here (a real appliance uses its own time zone).
 */
import { Readable } from 'node:stream';
import type { JsonObject } from '../../model';
import { ApiError } from '../errors';
import type { RequestContext, Reply } from '../context';
import type { EmulatorState } from '../state';
import { csvReply } from './csv';
import { sessionDatabaseOf, sessionSwitchesOf } from './database';
import { bodyOf, displayFields, fieldTable, type FieldContext, type FieldDef } from './fields';
import { parseQuery, QueryError, type Predicate } from './query';
import type { SessionRecord } from './records';

export const MAX_LIMIT = 500;
export const RESULT_CAP = 10_000;
const HREF = '/api/audit/sessions';

const invalid = (message: string) => new ApiError(400, 'InvalidQuery', message, { path: HREF });

export function searchSessions(state: EmulatorState, ctx: RequestContext): Reply {
  const db = sessionDatabaseOf(state);
  const switches = sessionSwitchesOf(state);
  const table = fieldTable(switches.sessionPolicyField);
  const q = ctx.query;
  const fctx: FieldContext = { now: Date.now(), origin: `https://${ctx.headers.host ?? '127.0.0.1'}` };

  const sort = parseSort(q.get('sort'), table);
  const filter = [
    q.get('q') ? `q=${q.get('q')}` : '',
    q.get('start') ? `start=${q.get('start')}` : '',
    q.get('end') ? `end=${q.get('end')}` : '',
    q.get('content') ? `content=${q.get('content')}` : '',
    `sort=${q.get('sort') ?? ''}`,
    `reading=${switches.sessionPolicyField}`,
  ].join('&');
  const tests = predicates(q, table);
  const matches = db.matching(filter, (all) =>
    all.filter((r) => tests.every((t) => t(r, fctx))).sort((a, b) => compare(a, b, sort, fctx)),
  );

  const limit = parseCount(q.get('limit'), 'limit', MAX_LIMIT, 1);
  const offset = parseCount(q.get('offset'), 'offset', 0, 0);
  const effective = offset > RESULT_CAP ? 0 : offset;
  const skip = switches.sessionOffsetBase === 'one' ? Math.max(effective - 1, 0) : effective;
  const page = matches.slice(skip, Math.max(skip, Math.min(skip + limit, RESULT_CAP)));

  const fieldsParam = q.get('fields');
  const names =
    fieldsParam === '*'
      ? displayFields(switches.sessionPolicyField)
      : (fieldsParam ?? '')
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean);
  if (q.get('format') === 'csv') return csvReply(page, names, table, fctx);
  if (q.has('format') && q.get('format') !== 'json')
    throw invalid(`unknown format "${q.get('format')}" (json or csv)`);

  const links = pageLinks(q, matches.length, skip, limit, switches.sessionOffsetBase);
  const meta = {
    fields: [...names].sort(),
    ...links,
    href: HREF,
    limit,
    match_count: matches.length,
    offset: effective,
    parent: '/api/audit',
    ...(ctx.session ? { remaining_seconds: state.sessions.remainingSeconds(ctx.session) } : {}),
  };
  const fieldsKey = `${fctx.origin}\n${switches.sessionPolicyField}\n${names.join(',')}\n`;
  const item = (r: SessionRecord) =>
    JSON.stringify({
      ...(names.length ? { body: bodyOf(r, names, table, fctx) } : {}),
      key: r.key,
      meta: { href: `${HREF}/${r.key}` },
    });
  // an active session's duration grows: only closed ones are kept serialized
  const items = page.map((r) => (r.end === null ? item(r) : db.itemJson(fieldsKey + r.key, () => item(r))));
  const text = Buffer.from(`{"items":[${items.join(',')}],"meta":${JSON.stringify(meta)}}`, 'utf8');
  return {
    status: 200,
    body: {},
    raw: { contentType: 'application/json', length: text.length, open: () => Readable.from([text]) },
  };
}

function predicates(q: URLSearchParams, table: ReadonlyMap<string, FieldDef>): Predicate[] {
  const out: Predicate[] = [];
  try {
    const text = q.get('q');
    if (text) out.push(parseQuery(text, table));
    const content = q.get('content');
    if (content) out.push(parseQuery(`screen.content:(${content})`, table));
  } catch (err) {
    if (err instanceof QueryError) throw invalid(`Invalid query: ${err.message}`);
    throw err;
  }
  const start = q.get('start');
  if (start) {
    const from = parseDate(start, 'start', false);
    out.push((r) => r.start >= from);
  }
  const end = q.get('end');
  if (end) {
    const until = parseDate(end, 'end', true);
    out.push((r) => r.end !== null && r.end <= until);
  }
  return out;
}

type SortKey = { readonly def: FieldDef; readonly descending: boolean };

function parseSort(text: string | null, table: ReadonlyMap<string, FieldDef>): SortKey[] {
  const items = (text ?? '-start_time')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.map((item) => {
    const descending = item.startsWith('-');
    const name = descending ? item.slice(1) : item;
    const def = table.get(name);
    if (!def?.display) throw invalid(`cannot sort by unknown field "${name}"`);
    return { def, descending };
  });
}

function compare(a: SessionRecord, b: SessionRecord, keys: readonly SortKey[], ctx: FieldContext): number {
  for (const { def, descending } of keys) {
    const c = def.order
      ? compareValues(def.order(a), def.order(b))
      : compareValues(def.value(a, ctx), def.value(b, ctx));
    if (c !== 0) return descending ? -c : c;
  }
  return a.seq - b.seq;
}

/** Nulls (an active session's end_time) sort last, whichever the direction of the rest. */
function compareValues(x: unknown, y: unknown): number {
  if (x === y) return 0;
  if (x === null || x === undefined) return 1;
  if (y === null || y === undefined) return -1;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x) < String(y) ? -1 : 1;
}

function parseCount(text: string | null, name: string, fallback: number, min: number): number {
  if (text === null || text === '' || text === 'null') return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min)
    throw invalid(`${name} must be an integer of at least ${min}, got "${text}"`);
  return Math.min(Number(text), name === 'limit' ? MAX_LIMIT : Number.MAX_SAFE_INTEGER);
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** ISO 8601 as the guide writes it; a bare date as `end` is the end of that day. Epoch ms. */
export function parseDate(text: string, name: string, endOfDay: boolean): number {
  const m = ISO.exec(text.trim());
  if (!m) throw invalid(`${name} must be an ISO 8601 date, e.g. 2017-01-25T10:00, got "${text}"`);
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  let ms = Date.UTC(+y, +mo - 1, +d, +(h ?? 0), +(mi ?? 0), +(s ?? 0), Math.round(Number(frac ?? 0) * 1000));
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    ms -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  if (endOfDay && h === undefined) ms += 86_400_000;
  return ms;
}

/** `first`/`last`/`next`/`previous` as queries, counted the way this appliance counts offsets. */
function pageLinks(
  q: URLSearchParams,
  matched: number,
  skip: number,
  limit: number,
  base: 'zero' | 'one',
): JsonObject {
  const reachable = Math.min(matched, RESULT_CAP);
  const at = (index: number) => {
    const p = new URLSearchParams();
    p.set('limit', String(limit));
    p.set('offset', String(base === 'one' && index > 0 ? index + 1 : index));
    for (const name of ['fields', 'q', 'start', 'end', 'content', 'sort'])
      if (q.get(name) !== null) p.set(name, q.get(name)!);
    return `${HREF}?${p.toString()}`;
  };
  const lastStart = reachable > 0 ? Math.floor((reachable - 1) / limit) * limit : 0;
  return {
    first: at(0),
    last: at(lastStart),
    next: skip + limit < reachable ? at(skip + limit) : null,
    previous: skip > 0 ? at(Math.max(skip - limit, 0)) : null,
  };
}
