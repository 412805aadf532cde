/**
 * Construct-side checks. The model's rules (names, patterns, ranges, conditional fields) are checked
 * by the model itself, through the generated `gen/model` (SpsConfiguration runs it on every object it
 * registers); what is here is only what the model cannot know: settings of the constructs
 * themselves. Each check returns a problem message or nothing; unresolved tokens are skipped (their
 * value is only known to Terraform, and the plan checks it).
 */
import { checkName as modelName } from '../gen/model';
import { Token } from './cdktf';

type Problem = string | undefined;

/** An object name as the model wants it (e.g. for `fromName` imports, which render nowhere else). */
export function checkName(kind: string, name: string): Problem {
  if (Token.isUnresolved(name)) return undefined;
  const problem = modelName(kind as never, name);
  return problem ? `name ${JSON.stringify(name)} ${problem}` : undefined;
}

/** A construct setting (not an SPS field) that must be a positive integer. */
export function checkPositiveInteger(field: string, value: number | undefined): Problem {
  if (value === undefined || Token.isUnresolved(value)) return undefined;
  if (!Number.isInteger(value) || value < 1) return `${field} must be a positive integer, got ${value}`;
  return undefined;
}

export function problems(...found: (Problem | Problem[])[]): string[] {
  return found.flat().filter((p): p is string => typeof p === 'string');
}
