/** The per-request view handed to route handlers, and the shape of what they answer. */
import type { IncomingHttpHeaders } from 'node:http';
import type { JsonObject } from '../model';
import type { Session } from './sessions';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Reply {
  readonly status: number;
  readonly body: JsonObject;
  readonly headers?: Record<string, string>;
}

export interface RequestContext {
  readonly method: string;
  /** Normalized: no query, no trailing slash. */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The request's session: always set on routes that are not anonymous, set on anonymous ones when valid. */
  readonly session: Session | undefined;
  /** Parsed JSON request body; throws a 400 ApiError for malformed JSON, undefined for an empty body. */
  json(): unknown;
  /** A `meta` object for `href`: parent, sibling links, remaining_seconds, transaction link. */
  meta(href: string, extra?: JsonObject): JsonObject;
}

export interface Route {
  readonly allow: readonly Method[];
  /** Reachable without a session cookie (login, login methods). */
  readonly anonymous?: boolean;
  handle(ctx: RequestContext): Reply;
}

export const reply = (status: number, body: JsonObject, headers?: Record<string, string>): Reply => ({
  status,
  body,
  headers,
});
