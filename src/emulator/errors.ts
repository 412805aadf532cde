/**
 * Two families: ApiError is an SPS-shaped HTTP answer thrown inside request handlers (the router
 * turns it into `{error:{type,message,details},meta}`); the Emulator*Error classes are failures of
 * the emulator itself (bad options, unreadable persist file). Neither ever carries a request body.
 */
import type { JsonObject } from '../model';

export class ApiError extends Error {
  readonly code = 'EMU_API_ERROR';
  constructor(
    readonly status: number,
    /** SPS `error.type`; names not in the docs are documented as emulator choices in README.md. */
    readonly type: string,
    message: string,
    readonly details: JsonObject = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export class EmulatorOptionError extends Error {
  readonly code = 'EMU_INVALID_OPTION';
  constructor(message: string) {
    super(message);
    this.name = 'EmulatorOptionError';
  }
}

export class EmulatorPersistError extends Error {
  readonly code = 'EMU_PERSIST';
  constructor(
    readonly file: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${file}: ${message}`, options);
    this.name = 'EmulatorPersistError';
  }
}

export const notFound = (path: string): ApiError =>
  new ApiError(404, 'NotFound', `The requested resource was not found: ${path}`, { path });

export const noTransaction = (): ApiError =>
  new ApiError(
    409,
    'Conflict',
    'No open Transaction is available. Open a transaction before using this request.',
  );
