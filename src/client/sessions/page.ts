/**
 * One page of a session search: `GET /api/audit/sessions?…` through the client's read path (its
 * session, bounded concurrency and retries), read as the guide documents it: `items[{key, body}]`
 * and `meta.match_count`. Refusals become SpsSessionSearchError by reason.
 */
import type { SpsClient } from '../client';
import { SpsSessionSearchError } from './errors';

export interface SessionItem {
  readonly key: string;
  /** The chosen fields as the appliance returned them. */
  readonly body: Readonly<Record<string, unknown>>;
}

export interface SessionPage {
  readonly items: readonly SessionItem[];
  /** The number of results matching the query (all of them, not only the reachable 10,000). */
  readonly matchCount: number;
}

export async function fetchPage(client: SpsClient, path: string): Promise<SessionPage> {
  const read = await client.readPath(path);
  if (read.status !== 200) throw refusal(read.status, read.error);
  const items = read.json?.items;
  const meta = read.json?.meta as { match_count?: unknown } | undefined;
  if (!Array.isArray(items) || typeof meta?.match_count !== 'number')
    throw new SpsSessionSearchError(
      'unavailable',
      `${client.url}${path.split('?')[0]} did not answer as the session database search does (no items and meta.match_count)`,
      read.status,
    );
  return {
    matchCount: meta.match_count,
    items: items.map((item: unknown) => {
      const i = item as { key?: unknown; body?: unknown };
      return {
        key: String(i.key),
        body: typeof i.body === 'object' && i.body !== null ? (i.body as Record<string, unknown>) : {},
      };
    }),
  };
}

export function refusal(status: number, error?: { type?: string; message?: string }): SpsSessionSearchError {
  const said =
    error?.type || error?.message ? ` (${[error.type, error.message].filter(Boolean).join(': ')})` : '';
  if (status === 401 || status === 403)
    return new SpsSessionSearchError(
      'forbidden',
      `the user may not search the session database: HTTP ${status}${said}; it needs the privilege for Search (the /api/audit endpoints)`,
      status,
    );
  if (status === 400)
    return new SpsSessionSearchError(
      'invalid-query',
      `the appliance refused the search: HTTP 400${said}`,
      status,
    );
  return new SpsSessionSearchError(
    'unavailable',
    `the session database cannot be searched: HTTP ${status}${said}`,
    status,
  );
}
