/**
 * undici has no cookie jar. A client talks to exactly one appliance origin, so a name → value map
 * with expiry is all the session needs (SPS sets `session_id`); full RFC 6265 matching is not.
 */
import { Headers, getSetCookies } from 'undici';

interface StoredCookie {
  value: string;
  /** Epoch ms; undefined = session cookie. */
  expiresAt?: number;
}

export class CookieJar {
  readonly #cookies = new Map<string, StoredCookie>();

  /** Store the `Set-Cookie` headers of a response; an expired or empty cookie deletes the entry. */
  store(headers: Record<string, string | string[] | undefined>): void {
    const h = new Headers();
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) h.append(name, v);
    }
    const now = Date.now();
    for (const c of getSetCookies(h)) {
      const expiresAt =
        c.maxAge !== undefined
          ? now + c.maxAge * 1000
          : c.expires instanceof Date
            ? c.expires.getTime()
            : undefined;
      if (c.value === '' || (expiresAt !== undefined && expiresAt <= now)) this.#cookies.delete(c.name);
      else this.#cookies.set(c.name, { value: c.value, expiresAt });
    }
  }

  get(name: string): string | undefined {
    const c = this.#cookies.get(name);
    if (!c) return undefined;
    if (c.expiresAt !== undefined && c.expiresAt <= Date.now()) {
      this.#cookies.delete(name);
      return undefined;
    }
    return c.value;
  }

  /** The `Cookie` request header value, or undefined when the jar is empty. */
  header(): string | undefined {
    const parts: string[] = [];
    for (const name of [...this.#cookies.keys()]) {
      const value = this.get(name);
      if (value !== undefined) parts.push(`${name}=${value}`);
    }
    return parts.length ? parts.join('; ') : undefined;
  }

  clear(): void {
    this.#cookies.clear();
  }
}
