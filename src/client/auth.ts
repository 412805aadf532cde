/**
 * The REST session: `GET /api/authentication` with Basic credentials yields a `session_id` cookie
 * that every later request carries. Logs in lazily on first use.
 *
 * On 401 from any other request: outside a transaction, log in again once and resend (a 401 means
 * the appliance did nothing, so even a write is safe to resend). Inside a transaction the session's
 * transaction and lock died with it, so a fresh login would silently continue in a new, empty
 * context: that is reported as `SpsSessionExpiredError` instead.
 */
import { SpsApiError, SpsAuthError, SpsSessionExpiredError, SpsTlsError } from './core/errors';
import { CookieJar } from './core/cookie-jar';
import type { ResolvedOptions } from './core/options';
import type { Redactor } from './core/redact';
import type { Interceptor, Send, SpsRequest, SpsResponse } from './core/types';

export const SESSION_COOKIE = 'session_id';
const LOGIN_PATH = '/api/authentication';

export interface SessionHooks {
  /** True while this client holds an open transaction. */
  isTransactionOpen(): boolean;
  /** Called when the session (and so the transaction) is gone. */
  onSessionLost(): void;
}

export class Session {
  readonly #jar = new CookieJar();
  readonly #send: Send;
  readonly #opts: ResolvedOptions;
  readonly #redactor: Redactor;
  readonly #hooks: SessionHooks;
  #pendingLogin?: Promise<void>;
  #expiresAt?: Date;
  #refused?: SpsAuthError | SpsTlsError;

  /** `send` is the chain below the session (retry, errors, log, transport). */
  constructor(send: Send, opts: ResolvedOptions, redactor: Redactor, hooks: SessionHooks) {
    this.#send = send;
    this.#opts = opts;
    this.#redactor = redactor;
    this.#hooks = hooks;
    redactor.add(opts.password);
    redactor.add(Buffer.from(`${opts.username}:${opts.password}`, 'utf8').toString('base64'));
  }

  /**
   * When the appliance drops this session if nothing more is sent: the last `meta.remaining_seconds`
   * it reported, counted from when that answer arrived. The session's transaction and the
   * configuration lock go with it.
   */
  get expiresAt(): Date | undefined {
    return this.#expiresAt;
  }

  get loggedIn(): boolean {
    return this.#jar.get(SESSION_COOKIE) !== undefined;
  }

  /**
   * Log in now; concurrent callers share one login request. A login refused for good (bad
   * credentials, an untrusted certificate) is not tried again by every request queued behind it.
   */
  login(): Promise<void> {
    if (this.#refused) return Promise.reject(this.#refused);
    this.#pendingLogin ??= this.#login()
      .catch((err: unknown) => {
        if (err instanceof SpsAuthError || err instanceof SpsTlsError) this.#refused = err;
        throw err;
      })
      .finally(() => {
        this.#pendingLogin = undefined;
      });
    return this.#pendingLogin;
  }

  async #login(): Promise<void> {
    this.#jar.clear();
    const credentials = Buffer.from(`${this.#opts.username}:${this.#opts.password}`, 'utf8').toString(
      'base64',
    );
    let res;
    try {
      res = await this.#send({
        method: 'GET',
        path: LOGIN_PATH,
        headers: { authorization: `Basic ${credentials}` },
        idempotent: true,
      });
    } catch (err) {
      if (err instanceof SpsApiError && (err.status === 401 || err.status === 403)) {
        throw new SpsAuthError(this.#opts.origin, this.#opts.username, err.status, err.spsType);
      }
      throw err;
    }
    this.#jar.store(res.headers);
    const sessionId = this.#jar.get(SESSION_COOKIE);
    if (sessionId === undefined) {
      // Documented symptom of clock skew: login "succeeds" but the cookie is already expired.
      throw new SpsAuthError(
        this.#opts.origin,
        this.#opts.username,
        res.status,
        undefined,
        `no ${SESSION_COOKIE} cookie was set (check the clock of this host against the appliance)`,
      );
    }
    this.#redactor.add(sessionId);
  }

  /** The Cookie header of this session, logging in first when there is none (for streamed reads). */
  async cookieHeader(): Promise<string | undefined> {
    if (!this.loggedIn) await this.login();
    return this.#jar.header();
  }

  /** Forget the session locally (SPS has no logout call; the session times out on the appliance). */
  forget(): void {
    this.#jar.clear();
  }

  readonly interceptor: Interceptor = (next) => async (req) => {
    if (!this.loggedIn) {
      if (this.#hooks.isTransactionOpen()) this.#lost(req);
      await this.login();
    }
    try {
      return this.#seen(await next(this.#withCookie(req)));
    } catch (err) {
      if (!(err instanceof SpsApiError) || err.status !== 401) throw err;
      if (this.#hooks.isTransactionOpen()) this.#lost(req, err);
      await this.login();
      return this.#seen(await next(this.#withCookie(req)));
    }
  };

  #seen(res: SpsResponse): SpsResponse {
    const meta = res.json?.meta;
    const remaining =
      meta && typeof meta === 'object' && !Array.isArray(meta) ? meta.remaining_seconds : undefined;
    if (typeof remaining === 'number' && Number.isFinite(remaining))
      this.#expiresAt = new Date(Date.now() + remaining * 1000);
    return res;
  }

  #lost(req: SpsRequest, cause?: unknown): never {
    this.#jar.clear();
    this.#hooks.onSessionLost();
    throw new SpsSessionExpiredError(req.method, req.path, { cause });
  }

  #withCookie(req: SpsRequest): SpsRequest {
    const cookie = this.#jar.header();
    return cookie ? { ...req, headers: { ...req.headers, cookie } } : req;
  }
}
