/**
 * Client options: the public shape, validation (one message per option) and defaults, all in one
 * place, as undici's Client constructor does. Validation runs before any socket is opened.
 */
import { readFileSync } from 'node:fs';
import { SpsInvalidOptionError } from './errors';
import { VERSION as version } from '../../version';

export type LogLevel = 'debug' | 'info' | 'warn';
export interface LogEvent {
  level: LogLevel;
  msg: string;
  [k: string]: unknown;
}
export type Logger = (event: LogEvent) => void;

export interface SpsClientOptions {
  /** Base URL of the appliance, `https://host[:port]`; anything after the origin is rejected. */
  url: string;
  username: string;
  password: string;
  /** PEM file of the CA that signed the appliance certificate.  @default - the system trust store */
  caFile?: string;
  /** PEM text of that CA (same as caFile, for callers that hold it in memory). */
  ca?: string;
  /** Skip certificate verification. Explicit opt-in; excludes caFile/ca.  @default false */
  insecure?: boolean;
  /** Parallel reads, and the size of the connection pool.  @default 8 */
  concurrency?: number;
  /**
   * Writes in flight at once inside an open transaction (the engine's write scheduling decides which
   * may overlap; outside a transaction writes always go one at a time).  @default 1
   */
  writeConcurrency?: number;
  /** Deadline for one request, headers and body included.  @default 30000 */
  requestTimeoutMs?: number;
  /** Deadline for the TCP + TLS handshake.  @default 10000 */
  connectTimeoutMs?: number;
  /** Extra attempts for idempotent requests (GETs, rollback) on network errors, 429 and 5xx.  @default 2 */
  retries?: number;
  /**
   * Sent on every request. Non-browser on purpose: SPS 7.5+ demands an X-Token on writes from
   * browser-like agents.  @default 'sps-iac/<version> (node)'
   */
  userAgent?: string;
  /** Aborts every in-flight and future request of this client. */
  signal?: AbortSignal;
  /** Receives request events (method, path, status, ms); never bodies, cookies or credentials. */
  logger?: Logger;
}

export interface ResolvedOptions {
  readonly origin: string;
  readonly username: string;
  readonly password: string;
  /** Trusted CA PEM, undefined = system store. */
  readonly ca?: string;
  readonly insecure: boolean;
  readonly concurrency: number;
  readonly writeConcurrency: number;
  readonly requestTimeoutMs: number;
  readonly connectTimeoutMs: number;
  readonly retries: number;
  readonly userAgent: string;
  readonly signal?: AbortSignal;
  readonly logger: Logger;
}

const BROWSER_UA = /mozilla|chrome|safari|firefox|edg\//i;
const MAX_TIMEOUT_MS = 3_600_000;

function fail(option: string, message: string): never {
  throw new SpsInvalidOptionError(option, message);
}

function positiveInt(option: string, value: number | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    fail(option, `invalid ${option}: expected an integer from 1 to ${max}, got ${String(value)}`);
  }
  return value;
}

function parseOrigin(url: unknown): string {
  if (typeof url !== 'string' || url === '') fail('url', 'invalid url: expected https://host[:port]');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    fail('url', `invalid url: "${url}" is not a URL, expected https://host[:port]`);
  }
  if (parsed.protocol !== 'https:')
    fail('url', `invalid url: "${url}" must use https (SPS serves REST over TLS only)`);
  if (parsed.username || parsed.password)
    fail('url', 'invalid url: put credentials in username/password, not the URL');
  if ((parsed.pathname !== '/' && parsed.pathname !== '') || parsed.search || parsed.hash) {
    fail(
      'url',
      `invalid url: "${parsed.origin}${parsed.pathname}" must be the appliance origin only (the client adds /api/...)`,
    );
  }
  return parsed.origin;
}

function readCa(caFile: string | undefined, ca: string | undefined): string | undefined {
  if (caFile !== undefined && ca !== undefined) fail('caFile', 'caFile and ca are mutually exclusive');
  if (ca !== undefined) {
    if (typeof ca !== 'string' || !ca.includes('-----BEGIN CERTIFICATE-----')) {
      fail('ca', 'invalid ca: expected PEM text containing -----BEGIN CERTIFICATE-----');
    }
    return ca;
  }
  if (caFile === undefined) return undefined;
  if (typeof caFile !== 'string' || caFile === '') fail('caFile', 'invalid caFile: expected a file path');
  let pem: string;
  try {
    pem = readFileSync(caFile, 'utf8');
  } catch (err) {
    fail(
      'caFile',
      `invalid caFile: cannot read ${caFile} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----'))
    fail('caFile', `invalid caFile: ${caFile} holds no PEM certificate`);
  return pem;
}

export function resolveOptions(opts: SpsClientOptions): ResolvedOptions {
  if (typeof opts !== 'object' || opts === null) fail('options', 'invalid options: expected an object');
  const origin = parseOrigin(opts.url);
  if (typeof opts.username !== 'string' || opts.username === '')
    fail('username', 'invalid username: expected a non-empty string');
  if (opts.username.includes(':'))
    fail('username', 'invalid username: HTTP Basic auth cannot carry ":" in a user name');
  if (typeof opts.password !== 'string' || opts.password === '')
    fail('password', 'invalid password: expected a non-empty string');
  if (opts.insecure !== undefined && typeof opts.insecure !== 'boolean')
    fail('insecure', 'invalid insecure: expected a boolean');
  if (opts.insecure && (opts.caFile !== undefined || opts.ca !== undefined)) {
    fail(
      'insecure',
      'caFile/ca and insecure are mutually exclusive: trust the CA or skip verification, not both',
    );
  }
  const userAgent = opts.userAgent ?? `sps-iac/${version} (node)`;
  if (typeof userAgent !== 'string' || userAgent.trim() === '')
    fail('userAgent', 'invalid userAgent: expected a non-empty string');
  if (BROWSER_UA.test(userAgent)) {
    fail(
      'userAgent',
      `invalid userAgent: "${userAgent}" looks like a browser; SPS 7.5+ would demand an X-Token on writes`,
    );
  }
  if (opts.signal !== undefined && !(opts.signal instanceof AbortSignal))
    fail('signal', 'invalid signal: expected an AbortSignal');
  if (opts.logger !== undefined && typeof opts.logger !== 'function')
    fail('logger', 'invalid logger: expected a function');
  const retries = opts.retries ?? 2;
  if (!Number.isInteger(retries) || retries < 0 || retries > 10) {
    fail('retries', `invalid retries: expected an integer from 0 to 10, got ${String(retries)}`);
  }
  return {
    origin,
    username: opts.username,
    password: opts.password,
    ca: readCa(opts.caFile, opts.ca),
    insecure: opts.insecure ?? false,
    concurrency: positiveInt('concurrency', opts.concurrency, 8, 64),
    writeConcurrency: positiveInt('writeConcurrency', opts.writeConcurrency, 1, 32),
    requestTimeoutMs: positiveInt('requestTimeoutMs', opts.requestTimeoutMs, 30_000, MAX_TIMEOUT_MS),
    connectTimeoutMs: positiveInt('connectTimeoutMs', opts.connectTimeoutMs, 10_000, MAX_TIMEOUT_MS),
    retries,
    userAgent,
    signal: opts.signal,
    logger: opts.logger ?? (() => undefined),
  };
}
