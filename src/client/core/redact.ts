/**
 * Server text (error messages and details) is copied into our errors verbatim, so it passes
 * through here first: an appliance that echoes a submitted value must not leak a password, HEC
 * token or session cookie into a log line or a CI comment.
 */
import type { JsonObject, JsonValue } from '../../model/types';

const MASK = '***';
/** Secrets shorter than this would mask ordinary words ("on", "1"); such values are weak anyway. */
const MIN_SECRET_LENGTH = 4;

const HEADER_PATTERNS: readonly RegExp[] = [
  /(authorization\s*[:=]\s*)(basic|bearer)\s+[A-Za-z0-9+/=._~-]+/gi,
  /(session_id\s*=\s*)[^;,\s"]+/gi,
  /(x-token\s*[:=]\s*)[^;,\s"]+/gi,
];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class Redactor {
  readonly #secrets = new Set<string>();

  constructor(secrets: Iterable<string> = []) {
    for (const s of secrets) this.add(s);
  }

  /** Remember a value that must never appear in output (the password, a cookie, a body secret). */
  add(secret: string | undefined): void {
    if (typeof secret === 'string' && secret.length >= MIN_SECRET_LENGTH) this.#secrets.add(secret);
  }

  /** A redactor that also hides `extra` (e.g. the secrets of the body being written), for one request. */
  with(extra: Iterable<string>): Redactor {
    const r = new Redactor(this.#secrets);
    for (const s of extra) r.add(s);
    return r;
  }

  text(input: string): string {
    let out = input;
    for (const p of HEADER_PATTERNS) out = out.replace(p, `$1${MASK}`);
    // Longest first, so a secret that contains another is masked whole.
    for (const s of [...this.#secrets].sort((a, b) => b.length - a.length)) {
      out = out.replace(new RegExp(escapeRegExp(s), 'g'), MASK);
    }
    return out;
  }

  json<T extends JsonValue>(input: T): T {
    if (typeof input === 'string') return this.text(input) as T;
    if (Array.isArray(input)) return input.map((v) => this.json(v)) as T;
    if (input !== null && typeof input === 'object') {
      const out: JsonObject = {};
      for (const [k, v] of Object.entries(input)) out[k] = this.json(v);
      return out as T;
    }
    return input;
  }
}
