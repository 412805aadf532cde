/**
 * Failures only the command line can tell: bad flags, unreadable input, a saved plan that no longer
 * holds. Like SpsError they carry a stable `code`, name what failed and where, and never a secret.
 */
import type { DocumentIssue } from '../reconcile';

export type CliErrorCode =
  | 'SPS_CLI_USAGE'
  | 'SPS_CLI_SETTINGS'
  | 'SPS_CLI_INPUT'
  | 'SPS_CLI_PLAN_FILE'
  | 'SPS_CLI_STALE_PLAN'
  | 'SPS_CLI_NOT_CONFIRMED'
  | 'SPS_CLI_STATE'
  | 'SPS_CLI_OUTPUT'
  | 'SPS_CLI_INTERRUPTED'
  | 'SPS_CLI_DEMO'
  | 'SPS_CLI_ACTIVE_SESSIONS';

export class SpsCliError extends Error {
  constructor(
    readonly code: CliErrorCode,
    message: string,
    /** For input problems: each one with its JSON pointer in the document. */
    readonly issues?: readonly DocumentIssue[],
    /** The file the issues are in, as shown to the user. */
    readonly source?: string,
  ) {
    super(message);
    this.name = 'SpsCliError';
  }
}
