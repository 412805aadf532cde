/**
 * Terminal reconcile failures. Client/transport errors (SpsError from src/client) pass through
 * unchanged; these cover what only the reconciler can tell.
 */
import { SpsError } from '../client';

export interface DocumentIssue {
  /** JSON pointer in the desired document, e.g. `/backup_policies/nightly/target/server/value`. */
  readonly path: string;
  readonly message: string;
}

/** The desired document is invalid; every problem is listed, nothing was sent. */
export class SpsDesiredStateError extends SpsError {
  readonly code = 'SPS_INVALID_DESIRED_STATE';
  readonly retryable = false;
  constructor(
    readonly issues: readonly DocumentIssue[],
    readonly source = 'desired state',
  ) {
    super(
      `${source} is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  ${i.path || '/'}: ${i.message}`).join('\n'),
    );
  }
}

/** The plan refuses something dangerous or impossible (dangling reference, archive policy delete…). */
export class SpsPlanRefusedError extends SpsError {
  readonly code = 'SPS_PLAN_REFUSED';
  readonly retryable = false;
  constructor(readonly issues: readonly DocumentIssue[]) {
    super(`the plan was refused:\n` + issues.map((i) => `  ${i.path || '/'}: ${i.message}`).join('\n'));
  }
}

/** Live configuration changed between plan and apply. */
export class SpsStalePlanError extends SpsError {
  readonly code = 'SPS_STALE_PLAN';
  readonly retryable = false;
  constructor(readonly changed: readonly string[]) {
    super(
      `the appliance changed since the plan was made (${changed.join(', ')}); nothing was committed. Run plan again.`,
    );
  }
}

/** The commit went through but a re-read does not match the desired state. */
export class SpsVerifyError extends SpsError {
  readonly code = 'SPS_VERIFY_FAILED';
  readonly retryable = false;
  constructor(readonly mismatches: readonly string[]) {
    super(`committed, but the appliance does not show the desired state for: ${mismatches.join(', ')}`);
  }
}
