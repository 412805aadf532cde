/**
 * The one redaction every message passes before it is shown, logged or stored: appliance error text
 * (which may echo a submitted body), our own errors, and the CLI's whole output. It hides each
 * known secret as written, as it appears inside JSON (a PEM's line breaks become `\n`), and each
 * long line of a multi-line secret on its own. It uses plain substring search (a secret is never
 * turned into a regular expression, which a long one would overflow), and it cannot fail open:
 * if redacting throws for any reason, the whole text is withheld.
 */
import type { JsonObject, JsonValue } from '../../model/types';

export const MASK = '***';
/** Secrets shorter than this would mask ordinary words ("on", "1"); such values are weak anyway. */
const MIN_SECRET_LENGTH = 4;
/** Lines of a multi-line secret (PEM bodies) hidden on their own from this length. */
const MIN_LINE_LENGTH = 16;
const WITHHELD = '(message withheld: it could not be checked for secrets)';

const HEADER_PATTERNS: readonly RegExp[] = [
  /(authorization\s*[:=]\s*)(basic|bearer|splunk)\s+[A-Za-z0-9+/=._~-]+/gi,
  /(session_id\s*=\s*)[^;,\s"]+/gi,
  /(x-token\s*[:=]\s*)[^;,\s"]+/gi,
];

/** Every form in which `secret` may show up in text. */
function formsOf(secret: string): string[] {
  const forms = new Set<string>([secret]);
  const escaped = JSON.stringify(secret).slice(1, -1);
  forms.add(escaped);
  forms.add(escaped.replace(/\//g, '\\/')); // some serializers escape "/"
  for (const line of secret.split(/\r?\n/)) {
    const t = line.trim();
    if (t.length >= MIN_LINE_LENGTH) forms.add(t);
  }
  return [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH);
}

export class Redactor {
  readonly #forms = new Set<string>();
  #sorted?: string[];
  #mask: string;

  constructor(secrets: Iterable<string> = [], mask = MASK) {
    this.#mask = mask;
    for (const s of secrets) this.add(s);
  }

  /** Remember a value that must never appear in output (the password, a cookie, a body secret). */
  add(secret: string | undefined): void {
    if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) return;
    for (const f of formsOf(secret)) this.#forms.add(f);
    this.#sorted = undefined;
  }

  /** A redactor that also hides `extra` (e.g. the secrets of the body being written), for one request. */
  with(extra: Iterable<string>): Redactor {
    const r = new Redactor([], this.#mask);
    for (const f of this.#forms) r.#forms.add(f);
    for (const s of extra) r.add(s);
    return r;
  }

  text(input: string): string {
    try {
      let out = input;
      for (const p of HEADER_PATTERNS) out = out.replace(p, `$1${this.#mask}`);
      // longest first, so a secret that contains another is masked whole
      this.#sorted ??= [...this.#forms].sort((a, b) => b.length - a.length);
      for (const s of this.#sorted) if (out.includes(s)) out = out.split(s).join(this.#mask);
      return out;
    } catch {
      return WITHHELD;
    }
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
