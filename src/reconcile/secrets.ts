/**
 * Secrets are compared when the appliance returns them and fingerprinted when it masks them (or,
 * like private keys, never returns them). A fingerprint sits in Terraform state and in the CLI's
 * state file, next to its salt, so it must make guessing expensive: it is scrypt (memory-hard,
 * ≈ 40 ms and 16 MiB per guess on a current core), not a fast hash — a stolen state file gives no
 * cheap way to confirm a short password or token offline.
 */
import { createHash, randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';

/** What we remember about one secret after an apply. */
export interface SecretRecord {
  readonly fingerprint: string;
  /** For inline secret references (private keys): the key of the object we created. */
  readonly key?: string;
}

/** Keyed by `secretId(kind, name, pointer)`. */
export type SecretRecords = Readonly<Record<string, SecretRecord>>;

export const secretId = (kind: string, name: string, pointer: string): string => `${kind}/${name}${pointer}`;

/** scrypt cost: N = 2^14, r = 8, p = 1 (16 MiB); kept in the fingerprint so it can be raised later. */
const COST = { log2N: 14, r: 8, p: 1 } as const;
const FORMAT = 'v2';
const HASH_BYTES = 24;

interface Parsed {
  readonly log2N: number;
  readonly r: number;
  readonly p: number;
  readonly salt: Buffer;
  readonly hash: Buffer;
}

function parse(recorded: string): Parsed | undefined {
  const [format, algorithm, log2N, r, p, salt, hash] = recorded.split(':');
  if (format !== FORMAT || algorithm !== 'scrypt' || !salt || !hash) return undefined;
  const n = Number(log2N);
  const rr = Number(r);
  const pp = Number(p);
  // bounds keep a tampered file from asking for gigabytes of memory
  if (![n, rr, pp].every(Number.isInteger) || n < 10 || n > 20 || rr < 1 || rr > 16 || pp < 1 || pp > 4)
    return undefined;
  return { log2N: n, r: rr, p: pp, salt: Buffer.from(salt, 'base64'), hash: Buffer.from(hash, 'base64') };
}

const options = (c: { log2N: number; r: number; p: number }) => ({
  N: 2 ** c.log2N,
  r: c.r,
  p: c.p,
  maxmem: 256 * 2 ** c.log2N * c.r + 1024 * 1024,
});

const format = (salt: Buffer, hash: Buffer): string =>
  `${FORMAT}:scrypt:${COST.log2N}:${COST.r}:${COST.p}:${salt.toString('base64')}:${hash.toString('base64')}`;

/**
 * Verdicts already computed in this process, keyed by the fingerprint and a digest of the secret:
 * a plan, its apply and the verification after it ask the same question several times.
 */
const verdicts = new Map<string, boolean>();
const memoKey = (secret: string, recorded: string): string =>
  `${recorded}\u0000${createHash('sha256').update(secret, 'utf8').digest('base64')}`;

export function fingerprint(secret: string): string {
  const salt = randomBytes(16);
  const out = format(salt, scryptSync(secret, salt, HASH_BYTES, options(COST)));
  verdicts.set(memoKey(secret, out), true);
  return out;
}

/** As `fingerprint`, off the event loop (writes of many secrets in one apply run in parallel). */
export function fingerprintAsync(secret: string): Promise<string> {
  const salt = randomBytes(16);
  return new Promise((resolve, reject) =>
    scrypt(secret, salt, HASH_BYTES, options(COST), (err, hash) => {
      if (err) return reject(err);
      const out = format(salt, hash);
      verdicts.set(memoKey(secret, out), true);
      resolve(out);
    }),
  );
}

/** Whether `secret` is the one `recorded` was made from. Unknown formats (older, tampered) never match. */
export function matchesFingerprint(secret: string, recorded: string): boolean {
  const memo = memoKey(secret, recorded);
  const known = verdicts.get(memo);
  if (known !== undefined) return known;
  const p = parse(recorded);
  const verdict = p !== undefined && sameBytes(scryptSync(secret, p.salt, p.hash.length, options(p)), p.hash);
  verdicts.set(memo, verdict);
  return verdict;
}

/**
 * Checks many (secret, fingerprint) pairs at once on libuv's thread pool, so that the synchronous
 * `matchesFingerprint` calls of a plan afterwards only read the verdicts.
 */
export async function prepareFingerprints(
  pairs: Iterable<{ secret: string; fingerprint: string }>,
): Promise<void> {
  const pending: Promise<void>[] = [];
  for (const { secret, fingerprint: recorded } of pairs) {
    const memo = memoKey(secret, recorded);
    if (verdicts.has(memo)) continue;
    const p = parse(recorded);
    if (!p) {
      verdicts.set(memo, false);
      continue;
    }
    pending.push(
      new Promise<void>((resolve) =>
        scrypt(secret, p.salt, p.hash.length, options(p), (err, hash) => {
          verdicts.set(memo, !err && sameBytes(hash, p.hash));
          resolve();
        }),
      ),
    );
  }
  await Promise.all(pending);
}

function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** How appliances hide secrets on GET: absent, or a run of asterisks. */
export function isMasked(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && /^\*+$/.test(value));
}

/** Shown in every output instead of a secret value. */
export const SENSITIVE = '(sensitive)';
