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
  #header?: { value: string | undefined; until: number };

  /** Store the `Set-Cookie` headers of a response; an expired or empty cookie deletes the entry. */
  store(headers: Record<string, string | string[] | undefined>): void {
    const h = new Headers();
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) h.append(name, v);
    }
    const now = Date.now();
    this.#header = undefined;
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
      this.#header = undefined;
      return undefined;
    }
    return c.value;
  }

  /** The `Cookie` request header value, or undefined when the jar is empty. */
  header(): string | undefined {
    // Every request asks for it: rebuild only after a change or once the first cookie expires.
    const now = Date.now();
    if (this.#header && now < this.#header.until) return this.#header.value;
    const parts: string[] = [];
    let until = Infinity;
    for (const name of [...this.#cookies.keys()]) {
      const value = this.get(name);
      if (value === undefined) continue;
      parts.push(`${name}=${value}`);
      until = Math.min(until, this.#cookies.get(name)?.expiresAt ?? Infinity);
    }
    const value = parts.length ? parts.join('; ') : undefined;
    this.#header = { value, until };
    return value;
  }

  clear(): void {
    this.#cookies.clear();
    this.#header = undefined;
  }
}
