/**
 * Field checks shared by the constructs. Each returns a problem message (lower case, no final
 * period: what is wrong, the value given, what is allowed) or nothing. Unresolved tokens are skipped:
 * their value is only known to Terraform.
 */
import { Token } from './cdktf';

type Problem = string | undefined;

const isToken = (v: unknown): boolean => Token.isUnresolved(v);

/** SPS names: non-empty, no whitespace (they are also shown in the web UI). */
export function checkName(what: string, name: string): Problem {
  if (isToken(name)) return undefined;
  if (name.length === 0 || /\s/.test(name)) {
    return `${what} name must be non-empty and contain no whitespace, got ${JSON.stringify(name)}`;
  }
  return undefined;
}

const START_TIME = /^([01]?[0-9]|2[0-3]):[0-5][0-9]$/;

export function checkStartTimes(field: string, times: readonly string[]): Problem[] {
  if (times.length === 0) return [`${field} must list at least one start time such as "1:30"`];
  return times
    .filter((t) => !isToken(t) && !START_TIME.test(t))
    .map((t) => `${field} must be times in H:MM or HH:MM format (0:00 to 23:59), got ${JSON.stringify(t)}`);
}

export function checkPort(field: string, port: number | undefined): Problem {
  if (port === undefined || isToken(port)) return undefined;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    return `${field} must be an integer from 1 to 65535, got ${port}`;
  return undefined;
}

export function checkPositiveInteger(field: string, value: number | undefined): Problem {
  if (value === undefined || isToken(value)) return undefined;
  if (!Number.isInteger(value) || value < 1) return `${field} must be a positive integer, got ${value}`;
  return undefined;
}

export function checkNonEmpty(field: string, value: string | undefined): Problem {
  if (value === undefined || isToken(value)) return undefined;
  if (value.trim().length === 0) return `${field} must not be empty`;
  return undefined;
}

export function problems(...found: (Problem | Problem[])[]): string[] {
  return found.flat().filter((p): p is string => typeof p === 'string');
}
