/**
 * What can go wrong reading the session database, by reason, so each front end can say what to do:
 * the CLI names the fix, a plan turns `forbidden` and `unavailable` into a note ("impact unknown")
 * rather than a failure.
 */
import { SpsError } from '../core/errors';

export type SessionSearchFailure =
  /** 401/403: the user may not search sessions (the guide's Unauthorized). */
  | 'forbidden'
  /** 404 or another answer that is not the documented search: no session database here. */
  | 'unavailable'
  /** 400 InvalidQuery, or a query the tool itself cannot send. */
  | 'invalid-query'
  /** The results kept moving while they were read (match_count changed on every attempt). */
  | 'changing'
  /** More than 10,000 sessions started within one second: no time window can hold them. */
  | 'too-dense'
  /** Whether `offset` counts from 0 or 1 could not be told from the appliance's answers. */
  | 'offset-unknown'
  /** An audit trail cannot be downloaded (not recorded, still active, archived out of reach, …). */
  | 'trail';

export class SpsSessionSearchError extends SpsError {
  readonly code = 'SPS_SESSIONS';
  readonly retryable: boolean;
  constructor(
    readonly reason: SessionSearchFailure,
    message: string,
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.retryable = reason === 'changing';
  }
}
