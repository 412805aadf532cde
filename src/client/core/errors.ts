/**
 * Every failure the client reports is an `SpsError` with a stable `code` (for programs) and a message
 * that names what failed and where (for people). Messages and fields never carry secrets: no
 * passwords, cookies, Authorization headers or request bodies (server text passes the redactor).
 *
 * Recognition goes through a `Symbol.for` brand, as undici does, so `SpsError.is()` works even when
 * two copies of this package are loaded (a CLI and a provider bundling their own).
 */
import type { JsonObject } from '../../model/types';

const BRAND = Symbol.for('sps-iac.error');

export type SpsErrorCode =
  | 'SPS_INVALID_OPTION'
  | 'SPS_API'
  | 'SPS_AUTH'
  | 'SPS_SESSION_EXPIRED'
  | 'SPS_NO_TRANSACTION'
  | 'SPS_CONFIG_LOCKED'
  | 'SPS_TIMEOUT'
  | 'SPS_TLS'
  | 'SPS_CONNECTION'
  | 'SPS_MANAGED_HOST'
  | 'SPS_UNSUPPORTED';

/**
 * Base of every error this project raises about an appliance. Layers above the client (the
 * reconciler) add their own codes; the client names only its own.
 */
export abstract class SpsError extends Error {
  /** Stable, for programs: the client's `SpsErrorCode`s, or a code of the layer that raised it. */
  abstract readonly code: string;
  /** True when the same call may succeed later without any change by the caller. */
  abstract readonly retryable: boolean;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    Object.defineProperty(this, BRAND, { value: true });
  }

  static is(x: unknown): x is SpsError {
    return typeof x === 'object' && x !== null && BRAND in x;
  }
}

/** A client option is missing, malformed or contradicts another one. Raised before any socket opens. */
export class SpsInvalidOptionError extends SpsError {
  readonly code: SpsErrorCode = 'SPS_INVALID_OPTION';
  readonly retryable = false;
  constructor(
    readonly option: string,
    message: string,
  ) {
    super(message);
  }
}

/** The operation does not exist for this kind (e.g. listing passwords, deleting a singleton). */
export class SpsUnsupportedOperationError extends SpsError {
  readonly code = 'SPS_UNSUPPORTED';
  readonly retryable = false;
}

export interface SpsApiErrorInit {
  status: number;
  method: string;
  path: string;
  /** SPS `error.type`, verbatim (e.g. `NotFound`); undefined when the response had no SPS error body. */
  spsType?: string;
  /** SPS `error.message`, verbatim after redaction. */
  spsMessage?: string;
  /** SPS `error.details`, after redaction (e.g. `{ path }`, or a validation pointer). */
  details?: JsonObject;
  /** Parsed `Retry-After`, in milliseconds, when the server sent one. */
  retryAfterMs?: number;
}

/**
 * The appliance answered with an HTTP error. A server-side validation failure is this class with
 * status 400 and the field in `details`. Subclasses below refine it where the status alone decides.
 */
export class SpsApiError extends SpsError {
  readonly code = 'SPS_API';
  readonly retryable: boolean;
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly spsType?: string;
  readonly spsMessage?: string;
  readonly details?: JsonObject;
  readonly retryAfterMs?: number;

  constructor(init: SpsApiErrorInit, options?: ErrorOptions & { message?: string }) {
    super(options?.message ?? SpsApiError.describe(init), options);
    this.status = init.status;
    this.method = init.method;
    this.path = init.path;
    this.spsType = init.spsType;
    this.spsMessage = init.spsMessage;
    this.details = init.details;
    this.retryAfterMs = init.retryAfterMs;
    this.retryable = init.status === 429 || init.status >= 500;
  }

  /** `PUT /api/x: 400 SyntacticError: name is required` — same layout as safeguard-ps' `type: message`. */
  static describe(init: SpsApiErrorInit): string {
    const what = init.spsMessage ?? 'no SPS error body';
    return `${init.method} ${init.path}: ${init.status} ${init.spsType ?? '-'}: ${what}`;
  }
}

/** Login refused (401/403 on `GET /api/authentication`), or it gave no usable session cookie. */
export class SpsAuthError extends SpsError {
  readonly code = 'SPS_AUTH';
  readonly retryable = false;
  constructor(
    readonly url: string,
    readonly username: string,
    readonly status: number,
    readonly spsType?: string,
    reason = 'check the user name and password (the user also needs the REST server privilege)',
  ) {
    super(`login to ${url} as "${username}" failed: ${status} ${spsType ?? '-'}; ${reason}`);
  }
}

/**
 * The session died while this client had a transaction open (idle timeout, or a commit that
 * restarted services). The transaction and its staged changes are gone on the appliance, so the
 * client reports it instead of logging in again behind the caller's back.
 */
export class SpsSessionExpiredError extends SpsError {
  readonly code = 'SPS_SESSION_EXPIRED';
  readonly retryable = false;
  constructor(
    readonly method: string,
    readonly path: string,
    options?: ErrorOptions,
  ) {
    super(
      `${method} ${path}: the session expired while a transaction was open; its uncommitted changes were` +
        ' discarded by the appliance, start again with a new transaction',
      options,
    );
  }
}

/** A write was refused because no transaction is open (409 while this client holds none, or lost it). */
export class SpsNoTransactionError extends SpsError {
  readonly code = 'SPS_NO_TRANSACTION';
  readonly retryable = false;
  constructor(
    readonly method: string,
    readonly path: string,
    reason: string,
    options?: ErrorOptions,
  ) {
    super(`${method} ${path}: no open transaction: ${reason}`, options);
  }
}

/** Another session (web UI, another REST client, console) holds the configuration lock. */
export class SpsConfigLockedError extends SpsError {
  readonly code = 'SPS_CONFIG_LOCKED';
  readonly retryable = true;
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly spsMessage: string | undefined,
    options?: ErrorOptions,
  ) {
    super(
      `${method} ${path}: the configuration is locked by another session (${status}` +
        `${spsMessage ? `: ${spsMessage}` : ''}); retry when it is released`,
      options,
    );
  }
}

/** A connect, header, body or overall request deadline passed. */
export class SpsTimeoutError extends SpsError {
  readonly code = 'SPS_TIMEOUT';
  readonly retryable = true;
  constructor(
    readonly method: string,
    readonly url: string,
    readonly phase: 'connect' | 'headers' | 'body' | 'request',
    readonly timeoutMs: number,
    options?: ErrorOptions,
  ) {
    super(`${method} ${url}: ${phase} timed out after ${timeoutMs} ms`, options);
  }
}

/** The appliance's certificate was not trusted (or did not match the host name). */
export class SpsTlsError extends SpsError {
  readonly code = 'SPS_TLS';
  readonly retryable = false;
  constructor(
    readonly url: string,
    readonly tlsCode: string,
    options?: ErrorOptions,
  ) {
    super(
      tlsCode === 'ERR_TLS_CERT_ALTNAME_INVALID'
        ? `TLS handshake with ${url} failed (${tlsCode}): the appliance certificate is not issued for this host` +
            ' name; use a URL with a name the certificate lists (or have the certificate reissued)'
        : `TLS handshake with ${url} failed (${tlsCode}): the appliance certificate is not trusted; pass its CA` +
            ' certificate with caFile (SPS_CA_FILE), or opt out of verification with insecure (SPS_INSECURE=1)',
      options,
    );
  }
}

/** The connection was refused, reset or closed before a full response arrived. */
export class SpsConnectionError extends SpsError {
  readonly code = 'SPS_CONNECTION';
  readonly retryable = true;
  constructor(
    readonly method: string,
    readonly url: string,
    readonly reason: string,
    options?: ErrorOptions,
  ) {
    super(`${method} ${url}: connection failed (${reason})`, options);
  }
}

/** The target is a managed host of a cluster: its configuration is overwritten from Central Management. */
export class SpsManagedHostError extends SpsError {
  readonly code = 'SPS_MANAGED_HOST';
  readonly retryable = false;
  constructor(
    readonly url: string,
    readonly nodeId: string | undefined,
  ) {
    super(
      `${url} is a managed host of an SPS cluster (node ${nodeId ?? 'unknown'}); managed hosts take their` +
        ' configuration from the Central Management node, point the client at that node instead',
    );
  }
}
