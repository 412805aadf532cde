/**
 * Terminal reconcile failures. Client/transport errors (SpsError from src/client) pass through
 * unchanged; these cover what only the reconciler can tell. Each message says what happened to the
 * appliance: nothing changed, rolled back, committed, or unknown — and whether the lock is free.
 */
import { SpsError, type RollbackOutcome } from '../client';

export interface DocumentIssue {
  /** JSON pointer in the desired document, e.g. `/backup_policies/nightly/target/server/value`. */
  readonly path: string;
  readonly message: string;
  /** Where in the source file, when the document came from one (1-based). */
  readonly line?: number;
  readonly column?: number;
}

/** `  file:12:5: /backup_policies/x/start_times/0: must be …` (the position when it is known). */
export function issueLines(issues: readonly DocumentIssue[], source?: string): string {
  return issues
    .map((i) => {
      const where = i.line !== undefined && source ? `${source}:${i.line}:${i.column ?? 1}: ` : '';
      return `  ${where}${i.path || '/'}: ${i.message}`;
    })
    .join('\n');
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
        issueLines(issues, source),
    );
  }
}

/** The plan refuses something dangerous or impossible (dangling reference, archive policy delete…). */
export class SpsPlanRefusedError extends SpsError {
  readonly code = 'SPS_PLAN_REFUSED';
  readonly retryable = false;
  constructor(
    readonly issues: readonly DocumentIssue[],
    readonly source?: string,
  ) {
    super(`the plan was refused:\n` + issueLines(issues, source));
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

/**
 * The transaction about to be committed is not the one every write went into: the appliance
 * dropped it (idle timeout, closed elsewhere) and, on a firmware that opens transactions implicitly,
 * later writes opened a new one. Committing would commit only part of the plan.
 */
export class SpsTransactionLostError extends SpsError {
  readonly code = 'SPS_TRANSACTION_LOST';
  readonly retryable = true;
  constructor(readonly missing: readonly string[]) {
    super(
      `the open transaction does not hold every write of this apply (missing from /api/transaction/changes: ${missing.join(', ')}); ` +
        'the appliance dropped the transaction part-way (idle timeout, or closed elsewhere) and later writes went into a new one',
    );
  }
}

/** Ctrl-C (SIGINT), SIGTERM, or Terraform's StopProvider arrived while the apply was running. */
export class SpsInterruptedError extends SpsError {
  readonly code = 'SPS_INTERRUPTED';
  readonly retryable = true;
  constructor(readonly reason: string) {
    super(`interrupted (${reason})`);
  }
}

/**
 * An apply failed before its commit; `rollback` says what became of the transaction and the lock.
 * `committed` is `'unknown'` only when the connection failed during the commit itself.
 */
export class SpsApplyError extends SpsError {
  readonly code = 'SPS_APPLY_FAILED';
  readonly retryable = false;
  constructor(
    readonly step: string,
    readonly committed: false | 'unknown',
    cause: unknown,
    readonly rollback: RollbackOutcome = { state: 'rolled-back' },
  ) {
    const reason = SpsError.is(cause) || cause instanceof Error ? cause.message : String(cause);
    super(`apply failed while ${step}: ${reason}\n${outcomeSentence(committed, rollback)}`, { cause });
  }
}

/** One sentence on what the appliance holds now and whether the configuration lock is free. */
export function outcomeSentence(committed: false | 'unknown', rollback: RollbackOutcome): string {
  if (committed === 'unknown')
    return 'The commit outcome is unknown (the connection failed during the commit); run plan to see what the appliance has.';
  switch (rollback.state) {
    case 'not-opened':
      return 'No transaction was opened: nothing was changed.';
    case 'rolled-back':
      return 'The transaction was rolled back: nothing was committed, and the configuration lock is released.';
    case 'expired':
      return 'The session expired and the appliance discarded the transaction with it: nothing was committed, and the lock is released.';
    case 'failed': {
      const why =
        SpsError.is(rollback.error) || rollback.error instanceof Error ? rollback.error.message : 'unknown';
      const until = rollback.lockHeldUntil;
      const when = until
        ? `in about ${Math.max(0, Math.round((until.getTime() - Date.now()) / 1000))} s (at ${until.toISOString()})`
        : "after the appliance's idle session timeout (600 s by default)";
      return (
        `Nothing was committed, but the rollback failed (${why}): the configuration lock is STILL HELD by this ` +
        `session until the appliance drops it ${when}; until then nobody else can change the configuration.`
      );
    }
  }
}

/**
 * The commit went through, but what followed it failed: the re-read shows something else for a
 * managed field (`mismatches`), or the re-read itself failed (`cause`). The change IS on the
 * appliance: `result` holds what was committed, so callers still record it (state file, Terraform state).
 */
export class SpsVerifyError extends SpsError {
  readonly code = 'SPS_VERIFY_FAILED';
  readonly retryable = false;
  constructor(
    readonly result: import('./apply').ApplyResult,
    readonly mismatches: readonly string[],
    cause?: unknown,
  ) {
    const why =
      cause !== undefined
        ? `reading the appliance back failed: ${SpsError.is(cause) || cause instanceof Error ? cause.message : String(cause)}`
        : `the appliance does not show the desired state for: ${mismatches.join(', ')}`;
    super(`The changes were committed (one transaction), but verifying them failed: ${why}`, { cause });
  }
}
