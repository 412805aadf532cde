/**
 * The request/response pair that flows through the interceptor chain, and the public result types.
 *
 * Why our own chain instead of undici's `compose()` interceptors: undici's dispatch interceptors see
 * raw handler callbacks, and its RetryHandler turns a failed status into `RequestRetryError`, which
 * drops the SPS `error` body we must report verbatim. One level up, with parsed JSON and an explicit
 * `idempotent` mark per request, each concern (log, errors, retry, session) stays one small file.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { JsonObject, JsonValue } from '../../model/types';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface SpsRequest {
  readonly method: HttpMethod;
  /** Absolute path on the appliance, starting with `/api`. */
  readonly path: string;
  /** JSON body; `''` sends an empty body with `Content-Length: 0` (SPS answers 411 without one). */
  readonly body?: JsonValue | '';
  readonly headers?: Readonly<Record<string, string>>;
  /** Safe to send again after a network error, 429 or 5xx: GETs and the rollback DELETE only. */
  readonly idempotent: boolean;
  /** Values (e.g. the body's secrets) to hide from any error text this request produces. */
  readonly secrets?: readonly string[];
}

export interface SpsResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** Parsed JSON body; undefined for an empty or non-JSON body. */
  readonly json: JsonObject | undefined;
}

export type Send = (req: SpsRequest) => Promise<SpsResponse>;
/** One cross-cutting behaviour, wrapped around the next sender once when the client is built. */
export type Interceptor = (next: Send) => Send;

export function compose(send: Send, ...outermostFirst: Interceptor[]): Send {
  return outermostFirst.reduceRight<Send>((next, interceptor) => interceptor(next), send);
}

/** A collection item as listed: its SPS key and href. */
export interface ObjectRef {
  key: string;
  href: string;
}

/** One object as read: key (the endpoint name for singletons), server-form body, href. */
export interface LiveObject {
  key: string;
  body: JsonObject;
  href: string;
}

/** One entry of `GET /api/transaction/changes` (SPS snake_case fields in camelCase). */
export interface TransactionChange {
  type: 'create' | 'delete' | 'reorder' | 'replace' | string;
  path: string;
  newValue?: JsonValue;
  oldValue?: JsonValue;
  newOrder?: JsonValue;
  oldOrder?: JsonValue;
}

export interface TransactionStatus {
  status: 'open' | 'closed';
  remainingSeconds?: number;
  commitMessage?: string | null;
}

/** What one GET answered: a JSON body and the `Allow` verbs, or an HTTP error status with the SPS error. */
export interface RawRead {
  readonly status: number;
  /** Verbs of the `Allow` header (successful answers only). */
  readonly allow?: readonly string[];
  readonly json: JsonObject | undefined;
  /** SPS `error.type` and `error.message` (redacted) of an error answer. */
  readonly error?: { readonly type?: string; readonly message?: string };
}

export interface ApplianceInfo {
  firmwareVersion?: string;
  nodeId?: string;
  raw: JsonObject;
}
