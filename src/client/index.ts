/**
 * The SPS REST client: the typed API, the transaction handle and the errors. Transport and
 * interceptors stay internal.
 */
export { SpsClient } from './client';
export { rollbackOutcomeOf, type RollbackOutcome } from './rollback';
export type { Transaction, TransactionControl, WithTransactionOptions } from './transaction-types';
export type { OpenOptions } from './transaction';
export type { SpsClientOptions, Logger, LogEvent, LogLevel } from './core/options';
export type {
  ObjectRef,
  LiveObject,
  TransactionChange,
  TransactionStatus,
  ApplianceInfo,
  RawRead,
} from './core/types';
export {
  SpsError,
  SpsInvalidOptionError,
  SpsUnsupportedOperationError,
  SpsApiError,
  SpsAuthError,
  SpsSessionExpiredError,
  SpsNoTransactionError,
  SpsConfigLockedError,
  SpsTimeoutError,
  SpsTlsError,
  SpsConnectionError,
  SpsManagedHostError,
} from './core/errors';
export type { SpsErrorCode, SpsApiErrorInit } from './core/errors';
