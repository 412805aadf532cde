/**
 * `--anonymize`: host names, addresses and user names replaced consistently — the same input gives
 * the same placeholder everywhere in the file, so every reference between objects (by key, by name,
 * by address) still holds, and every placeholder still has its original's form (an IPv4 address
 * stays one, from 198.18.0.0/15; IPv6 from 2001:db8::/32; host names under example.invalid), so the
 * twin accepts and serves them like the originals.
 *
 * What is replaced:
 *   - IPv4 and IPv6 addresses anywhere in a string (CIDRs keep their prefix; 0.0.0.0, loopback and
 *     netmasks are kept: they say "any", "this host" and "how wide", not who);
 *   - e-mail addresses, the host of any URL, and domain names anywhere (`CN=sps-1.corp.example`; a
 *     file name such as `trail.tar.gz` looks like one and is replaced too: better too much than a leak);
 *   - the whole value of fields that
 *     hold a host (`hostname`, `fqdn`, `server`, `domainname`, a `{selection: fqdn, value}`);
 *   - the whole value of fields that hold a user (`username`, `user`, `bind_dn`, `locked_by`, …) and
 *     the items of user lists (`users`).
 * Object keys, object names and references (`{key, meta}`) are never touched.
 */
import { isIP } from 'node:net';
import type { JsonObject, JsonValue } from '../model/types';

const HOST_FIELD =
  /^(host|hostname|hosts|fqdn|server|server_name|domain|domainname|nickname|server_url|url|address)$/i;
const USER_FIELD =
  /^(user|username|user_name|users|usernames|login|bind_dn|owner|locked_by|.+_user|.+_username)$/i;
const KEPT_IPV4 = /^(0\.0\.0\.0|127\.\d+\.\d+\.\d+|255\.\d+\.\d+\.\d+)$/;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,22}[a-z0-9]\.?$/i;
const SINGLE_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i;

/** One pass over a string: e-mail addresses, URL hosts, IPv4 (with an optional prefix), IPv6. */
const IN_TEXT = new RegExp(
  [
    String.raw`(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})`,
    String.raw`(?<scheme>[a-z][a-z0-9+.-]*:\/\/)(?<urlhost>\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)`,
    String.raw`(?<![\w.])(?<ipv4>\d{1,3}(?:\.\d{1,3}){3})(?![\w.])`,
    String.raw`(?<![\w:.])(?<ipv6>[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})(?![\w:])`,
    // a domain name inside text (`CN=sps-1.corp.example`): labels, then an alphabetic top-level one
    String.raw`(?<![\w.@-])(?<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z][A-Za-z0-9-]{0,22}[A-Za-z0-9])(?![\w.-])`,
  ].join('|'),
  'g',
);

export class Anonymizer {
  readonly #ipv4 = new Map<string, string>();
  readonly #ipv6 = new Map<string, string>();
  readonly #hosts = new Map<string, string>();
  readonly #users = new Map<string, string>();

  /** How many distinct values of each sort were replaced. */
  counts(): { addresses: number; hosts: number; users: number } {
    return { addresses: this.#ipv4.size + this.#ipv6.size, hosts: this.#hosts.size, users: this.#users.size };
  }

  /** A captured body (or any JSON value), anonymized; `field` is the name the value sits under. */
  json(value: JsonValue, field?: string, siblings?: JsonObject): JsonValue {
    if (typeof value === 'string') return this.#string(value, field, siblings);
    if (Array.isArray(value)) return value.map((v) => this.json(v, field, siblings));
    if (value === null || typeof value !== 'object') return value;
    if (isReference(value)) return value; // keys and hrefs name objects, not hosts
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === 'meta' ? v : this.json(v, k, value);
    return out;
  }

  /** `https://sps.example.com:8443` → `https://host-1.example.invalid:8443`. */
  url(origin: string): string {
    return this.text(origin);
  }

  text(value: string): string {
    return value.replace(IN_TEXT, (whole, ...args) => {
      const g = args[args.length - 1] as Record<string, string | undefined>;
      if (g.email) {
        const at = g.email.lastIndexOf('@');
        return `${this.user(g.email.slice(0, at))}@${this.host(g.email.slice(at + 1))}`;
      }
      if (g.scheme && g.urlhost) return g.scheme + this.address(g.urlhost.replace(/^\[|\]$/g, ''), g.urlhost);
      if (g.ipv4) return isIP(g.ipv4) === 4 ? this.ipv4(g.ipv4) : whole;
      if (g.ipv6) return isIP(g.ipv6) === 6 ? this.ipv6(g.ipv6) : whole;
      if (g.domain) return this.host(g.domain);
      return whole;
    });
  }

  #string(value: string, field: string | undefined, siblings: JsonObject | undefined): string {
    if (value === '') return value;
    if (field !== undefined && USER_FIELD.test(field)) return this.user(value);
    const hostField =
      (field !== undefined && HOST_FIELD.test(field)) ||
      (field === 'value' && siblings?.selection === 'fqdn');
    if (hostField && (SINGLE_LABEL.test(value) || DOMAIN.test(value))) return this.host(value);
    if (DOMAIN.test(value) && !/^\d[\d.]*$/.test(value)) return this.host(value);
    return this.text(value);
  }

  /** A host given as a name or an address (a URL's host part; `bracketed` keeps IPv6 brackets). */
  address(host: string, bracketed = host): string {
    const v = isIP(host);
    if (v === 4) return this.ipv4(host);
    if (v === 6) return bracketed.startsWith('[') ? `[${this.ipv6(host)}]` : this.ipv6(host);
    return this.host(host);
  }

  ipv4(address: string): string {
    if (KEPT_IPV4.test(address)) return address;
    return remember(this.#ipv4, address, (n) => `198.${18 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`);
  }

  ipv6(address: string): string {
    if (address === '::' || address === '::1') return address;
    return remember(this.#ipv6, address.toLowerCase(), (n) => `2001:db8::${n.toString(16)}`);
  }

  host(name: string): string {
    const key = name.toLowerCase().replace(/\.$/, '');
    return remember(this.#hosts, key, (n) => (key.includes('.') ? `host-${n}.example.invalid` : `host-${n}`));
  }

  user(name: string): string {
    return remember(this.#users, name, (n) => `user-${n}`);
  }
}

/** The n-th distinct value (from 1) gets `make(n)`, always the same one. */
function remember(map: Map<string, string>, value: string, make: (n: number) => string): string {
  let placeholder = map.get(value);
  if (placeholder === undefined) map.set(value, (placeholder = make(map.size + 1)));
  return placeholder;
}

function isReference(v: JsonObject): boolean {
  const meta = v.meta;
  return (
    typeof v.key === 'string' &&
    typeof meta === 'object' &&
    meta !== null &&
    !Array.isArray(meta) &&
    typeof meta.href === 'string'
  );
}
