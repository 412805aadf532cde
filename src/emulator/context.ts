/** The per-request view handed to route handlers, and the shape of what they answer. */
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type { JsonObject } from '../model';
import type { Session } from './sessions';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface Reply {
  readonly status: number;
  readonly body: JsonObject;
  readonly headers?: Record<string, string>;
  /** An answer that is not JSON (CSV, an audit trail): sent instead of `body`. */
  readonly raw?: RawBody;
}

/** Bytes of a non-JSON answer, streamed once the answer may leave (never held in memory whole). */
export interface RawBody {
  readonly contentType: string;
  readonly length: number;
  readonly headers?: Record<string, string>;
  open(): Readable;
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
