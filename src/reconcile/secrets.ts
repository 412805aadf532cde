/**
 * Secrets are compared when the appliance returns them and fingerprinted when it masks them (or,
 * like private keys, never returns them). Fingerprints are salted HMACs: safe to keep in Terraform
 * state or a CLI state file, useless for guessing a short secret without the salt... and the salt
 * alone does not help either, since the HMAC is one-way.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What we remember about one secret after an apply. */
export interface SecretRecord {
  readonly fingerprint: string;
  /** For inline secret references (private keys): the key of the object we created. */
  readonly key?: string;
}

/** Keyed by `secretId(kind, name, pointer)`. */
export type SecretRecords = Readonly<Record<string, SecretRecord>>;

export const secretId = (kind: string, name: string, pointer: string): string => `${kind}/${name}${pointer}`;

export function fingerprint(secret: string, salt = randomBytes(8).toString('hex')): string {
  return `v1:${salt}:${createHmac('sha256', salt).update(secret, 'utf8').digest('hex').slice(0, 32)}`;
}

export function matchesFingerprint(secret: string, recorded: string): boolean {
  const [version, salt] = recorded.split(':');
  if (version !== 'v1' || !salt) return false;
  const a = Buffer.from(fingerprint(secret, salt));
  const b = Buffer.from(recorded);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** How appliances hide secrets on GET: absent, or a run of asterisks. */
export function isMasked(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && /^\*+$/.test(value));
}

/** Shown in every output instead of a secret value. */
export const SENSITIVE = '(sensitive)';
