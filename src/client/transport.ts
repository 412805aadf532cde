/**
 * The only file that talks to undici: one keep-alive Pool per appliance (connections = concurrency,
 * pipelining 1, which an appliance tolerates best), TLS trust, the User-Agent, and a deadline on
 * every phase (connect, headers, body, and the whole request). Network failures leave here as
 * typed SpsErrors; HTTP statuses are left to the sps-errors interceptor.
 */
import { EventEmitter } from 'node:events';
import { Pool } from 'undici';
import type { JsonObject } from '../model/types';
import { SpsConnectionError, SpsTimeoutError, SpsTlsError } from './core/errors';
import type { ResolvedOptions } from './core/options';
import type { SpsRequest, SpsResponse } from './core/types';

/** Node/OpenSSL verification failures: the certificate chain or name was not accepted. */
const TLS_CODE = /CERT|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)|ERR_TLS|ERR_SSL|HOSTNAME/;
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_DESTROYED',
]);

function errorCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/**
 * The whole-request deadline of one request, as the abort signal undici is given. undici accepts
 * an EventEmitter there; it costs a fraction of an AbortSignal (whose EventTarget machinery was a
 * measurable share of a thousand-object plan), and the caller's own signal is watched once per
 * transport instead of once per request.
 */
class Deadline extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;
  /** 'timeout' when the deadline passed, 'caller' when the caller's signal aborted. */
  by?: 'timeout' | 'caller';
  readonly #timer: NodeJS.Timeout;

  constructor(ms: number) {
    super();
    this.#timer = setTimeout(
      () => this.abort('timeout', new Error(`request deadline of ${ms} ms passed`)),
      ms,
    );
  }

  abort(by: 'timeout' | 'caller', reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.by = by;
    this.reason = reason;
    clearTimeout(this.#timer);
    this.emit('abort');
  }

  settle(): void {
    clearTimeout(this.#timer);
  }
}

export class Transport {
  readonly #opts: ResolvedOptions;
  readonly #pool: Pool;
  readonly #inFlight = new Set<Deadline>();

  constructor(opts: ResolvedOptions) {
    this.#opts = opts;
    this.#pool = new Pool(opts.origin, {
      connections: opts.concurrency,
      pipelining: 1,
      headersTimeout: opts.requestTimeoutMs,
      bodyTimeout: opts.requestTimeoutMs,
      connect: {
        timeout: opts.connectTimeoutMs,
        rejectUnauthorized: !opts.insecure,
        ...(opts.ca !== undefined ? { ca: opts.ca } : {}),
      },
    });
    opts.signal?.addEventListener('abort', this.#onCallerAbort, { once: true });
  }

  readonly #onCallerAbort = (): void => {
    for (const d of this.#inFlight) d.abort('caller', this.#opts.signal?.reason);
  };

  readonly send = async (req: SpsRequest): Promise<SpsResponse> => {
    if (this.#opts.signal?.aborted) throw this.#opts.signal.reason;
    const deadline = new Deadline(this.#opts.requestTimeoutMs);
    this.#inFlight.add(deadline);
    const headers: Record<string, string> = {
      accept: 'application/json',
      'user-agent': this.#opts.userAgent,
      ...req.headers,
    };
    let body: string | undefined;
    if (req.body !== undefined) {
      body = req.body === '' ? '' : JSON.stringify(req.body);
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(body));
    }
    try {
      const res = await this.#pool.request({
        method: req.method,
        path: req.path,
        headers,
        body,
        signal: deadline,
      });
      const text = await res.body.text();
      return { status: res.statusCode, headers: res.headers, json: parseJson(text) };
    } catch (err) {
      throw this.#translate(err, req, deadline);
    } finally {
      deadline.settle();
      this.#inFlight.delete(deadline);
    }
  };

  close(): Promise<void> {
    this.#opts.signal?.removeEventListener('abort', this.#onCallerAbort);
    return this.#pool.close();
  }

  #translate(err: unknown, req: SpsRequest, deadline: Deadline): unknown {
    const url = `${this.#opts.origin}${req.path}`;
    // The caller's own abort is not a failure of ours: hand back their reason untouched.
    if (deadline.by === 'caller') return deadline.reason;
    if (deadline.by === 'timeout')
      return new SpsTimeoutError(req.method, url, 'request', this.#opts.requestTimeoutMs, { cause: err });
    const code = errorCode(err) ?? 'unknown';
    if (code === 'UND_ERR_CONNECT_TIMEOUT') {
      return new SpsTimeoutError(req.method, url, 'connect', this.#opts.connectTimeoutMs, { cause: err });
    }
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') {
      const phase = code === 'UND_ERR_HEADERS_TIMEOUT' ? 'headers' : 'body';
      return new SpsTimeoutError(req.method, url, phase, this.#opts.requestTimeoutMs, { cause: err });
    }
    if (TLS_CODE.test(code)) return new SpsTlsError(this.#opts.origin, code, { cause: err });
    if (CONNECTION_CODES.has(code)) return new SpsConnectionError(req.method, url, code, { cause: err });
    return new SpsConnectionError(req.method, url, `${code}: ${(err as Error)?.message ?? String(err)}`, {
      cause: err,
    });
  }
}

function parseJson(text: string): JsonObject | undefined {
  if (text.trim() === '') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as JsonObject)
      : undefined;
  } catch {
    return undefined;
  }
}
