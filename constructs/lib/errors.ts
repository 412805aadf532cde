/**
 * Construct errors, after aws-cdk's ValidationError: the message says what is wrong and how to fix
 * it, and the construct path says where it was written. Never carries secret values.
 */
import type { IConstruct } from 'constructs';

const BRAND = Symbol.for('sps-iac.construct-error');

export class SpsValidationError extends Error {
  readonly code = 'SPS_CONSTRUCT_INVALID';
  /** The path of the construct the error is attached to, e.g. `prod/Sps/Nightly`. */
  readonly constructPath: string;

  constructor(message: string, scope: IConstruct) {
    const at = scope.node.path;
    super(`${message}\n    at path [${at}]`);
    this.name = 'SpsValidationError';
    this.constructPath = at;
    Object.defineProperty(this, BRAND, { value: true });
  }

  static is(x: unknown): x is SpsValidationError {
    return typeof x === 'object' && x !== null && BRAND in x;
  }
}

/** Throws one error listing every problem found in a construct's props (at least one). */
export function throwIfProblems(problems: readonly string[], scope: IConstruct): void {
  if (problems.length === 0) return;
  throw new SpsValidationError(problems.join('; '), scope);
}
