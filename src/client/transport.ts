/**
 * The only file that talks to undici: one keep-alive Pool per appliance (connections = concurrency,
 * pipelining 1, which an appliance tolerates best), TLS trust, the User-Agent, and a deadline on
 * every phase (connect, headers, body, and the whole request). Network failures leave here as
 * typed SpsErrors; HTTP statuses are left to the sps-errors interceptor.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { Pool, type Dispatcher } from 'undici';
import type { JsonObject } from '../model/types';
import { SpsConnectionError, SpsTimeoutError, SpsTlsError } from './core/errors';
import type { ResolvedOptions } from './core/options';
import type { SpsRequest, SpsResponse } from './core/types';

/** How long close() lets requests still in flight finish before the pool is destroyed. */
const CLOSE_GRACE_MS = 2000;

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
 * One request's response, collected straight from undici's dispatch hooks: no body stream and no
 * per-request AbortSignal, which together were most of the client's CPU per request in a plan of
 * thousands of GETs. The whole-request deadline and the caller's abort both go through the
 * dispatch controller.
 */
class Exchange implements Dispatcher.DispatchHandler {
  /** Why the exchange was cut short, when it was: 'timeout' (the deadline) or 'caller' (their signal). */
  abortedBy?: 'timeout' | 'caller';
  #reason?: Error;
  #controller?: Dispatcher.DispatchController;
  #status = 0;
  #headers: IncomingHttpHeaders = {};
  #chunks: Buffer[] = [];
  #settled = false;

  constructor(private readonly done: (err: Error | undefined, res?: SpsResponse) => void) {}

  abort(by: 'timeout' | 'caller', reason: Error): void {
    if (this.abortedBy || this.#settled) return;
    this.abortedBy = by;
    this.#reason = reason;
    if (this.#controller) this.#controller.abort(reason);
    else this.#settle(reason); // still queued in the pool: fail now, abort when undici starts it
  }

  onRequestStart(controller: Dispatcher.DispatchController): void {
    this.#controller = controller;
    this.#chunks = []; // undici may start a request again after a pipeline failure
    if (this.#reason) controller.abort(this.#reason);
  }

  onResponseStart(_c: Dispatcher.DispatchController, status: number, headers: IncomingHttpHeaders): void {
    this.#status = status;
    this.#headers = headers;
  }

  onResponseData(_c: Dispatcher.DispatchController, chunk: Buffer): void {
    this.#chunks.push(chunk);
  }

  onResponseEnd(): void {
    const text = Buffer.concat(this.#chunks).toString('utf8');
    this.#settle(undefined, { status: this.#status, headers: this.#headers, json: parseJson(text) });
  }

  onResponseError(_c: Dispatcher.DispatchController, err: Error): void {
    this.fail(err);
  }

  fail(err: Error): void {
    this.#settle(err);
  }

  #settle(err: Error | undefined, res?: SpsResponse): void {
    if (this.#settled) return;
    this.#settled = true;
    this.done(err, res);
  }
}

export class Transport {
  readonly #opts: ResolvedOptions;
  readonly #pool: Pool;
  readonly #inFlight = new Set<Exchange>();

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
    const reason = this.#opts.signal?.reason as Error;
    for (const exchange of this.#inFlight) exchange.abort('caller', reason);
  };

  readonly send = (req: SpsRequest): Promise<SpsResponse> => {
    if (this.#opts.signal?.aborted) return Promise.reject(this.#opts.signal.reason);
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
    return new Promise((resolve, reject) => {
      const timeoutMs = this.#opts.requestTimeoutMs;
      const exchange = new Exchange((err, res) => {
        clearTimeout(deadline);
        this.#inFlight.delete(exchange);
        if (err) reject(this.#translate(err, req, exchange));
        else resolve(res!);
      });
      const deadline = setTimeout(
        () => exchange.abort('timeout', new Error(`request deadline of ${timeoutMs} ms passed`)),
        timeoutMs,
      );
      this.#inFlight.add(exchange);
      try {
        this.#pool.dispatch({ method: req.method, path: req.path, headers, body }, exchange);
      } catch (err) {
        exchange.fail(err as Error); // undici reports most of these through the handler itself
      }
    });
  };

  /**
   * A GET whose body is handed over as it arrives (an audit trail, a CSV page) instead of being
   * collected and parsed: for answers too large to hold. Network failures are translated as for
   * `send`; the caller reads or dumps the body, and its signal cuts the transfer short.
   */
  async openStream(
    path: string,
    headers: Readonly<Record<string, string>>,
    signal?: AbortSignal,
  ): Promise<Dispatcher.ResponseData> {
    const req: SpsRequest = { method: 'GET', path, idempotent: true };
    const callerSignal = this.#opts.signal;
    const signals = [signal, callerSignal].filter((s): s is AbortSignal => s !== undefined);
    try {
      return await this.#pool.request({
        method: 'GET',
        path,
        headers: { accept: '*/*', 'user-agent': this.#opts.userAgent, ...headers },
        signal: signals.length ? AbortSignal.any(signals) : undefined,
      });
    } catch (err) {
      throw this.#translate(err, req, { abortedBy: callerSignal?.aborted ? 'caller' : undefined });
    }
  }

  /**
   * Closes the pool. With nothing of ours in flight it is destroyed at once: undici's graceful close
   * waits for every request it still queues, and after a failed TLS handshake it can keep one queued
   * forever — which left a run waiting on a promise that never settled, and the process exiting with
   * no result at all.
   */
  async close(): Promise<void> {
    this.#opts.signal?.removeEventListener('abort', this.#onCallerAbort);
    if (this.#inFlight.size === 0) return this.#pool.destroy();
    const grace = new Promise<void>((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref());
    await Promise.race([this.#pool.close(), grace]);
    await this.#pool.destroy();
  }

  #translate(err: unknown, req: SpsRequest, exchange: Pick<Exchange, 'abortedBy'>): unknown {
    const url = `${this.#opts.origin}${req.path}`;
    // The caller's own abort is not a failure of ours: hand back their reason untouched.
    if (exchange.abortedBy === 'caller') return this.#opts.signal?.reason;
    if (exchange.abortedBy === 'timeout')
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
