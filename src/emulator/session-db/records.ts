/**
 * The recorded sessions the emulated appliance keeps (its session database, seeds/001 and 002): one
 * compact record per session, from which search documents, the session body and the audit trail are
 * derived on demand, so that 50,000 sessions over a year stay a few tens of megabytes.
 *
 * Keys follow the guide: the session ID is `svc/<hash>/<connection policy>:<n>/<protocol>`, and
 * the REST key is that ID with its special characters replaced by `-` (`svc-<hash>-<policy>-<n>-ssh`).
 */

export interface Endpoint {
  readonly ip: string;
  readonly port: number;
}

export interface SessionRecord {
  /** The REST key (`/api/audit/sessions/<key>`). */
  readonly key: string;
  /** The session ID as log messages show it. */
  readonly sessionId: string;
  readonly protocol: string;
  /** The connection policy that handled it: its key and name, as committed when the session started. */
  readonly policy: { readonly key: string; readonly name: string };
  readonly channelPolicy: string;
  /** The user authenticating on the gateway (`name`), and on the server. */
  readonly gatewayUser: string;
  readonly serverUser: string;
  readonly client: Endpoint;
  readonly target: Endpoint;
  readonly local: Endpoint;
  /** Epoch milliseconds. */
  readonly start: number;
  /** Epoch milliseconds; null while the session is active. */
  end: number | null;
  readonly verdict: string;
  readonly authMethod: string;
  /** Archived audit trail, and whether the appliance can reach the archive it is in. */
  readonly archived: boolean;
  readonly archiveReachable: boolean;
  /** Size of the audit trail in bytes; null when the session was not recorded. */
  readonly trailBytes: number | null;
  /** Words of the indexed screen content; null when the trail is not indexed. */
  readonly content: readonly string[] | null;
  /** Insertion order, the last tie-breaker of every sort. */
  readonly seq: number;
}

/** A connection policy sessions can run on: its protocol, key and name. */
export interface PolicyRef {
  readonly protocol: string;
  readonly key: string;
  readonly name: string;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** mulberry32: small, fast and reproducible, so a seed gives the same database every run. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function restKeyOf(sessionId: string): string {
  return sessionId.replace(/[^A-Za-z0-9_-]/g, '-');
}

const USERS = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy'];
const WORDS = ['sudo', 'ls', 'systemctl', 'cat', 'vi', 'tail', 'grep', 'iptables', 'passwd', 'ssh'];
const DEFAULT_PORTS: Record<string, number> = { ssh: 22, rdp: 3389, telnet: 23, vnc: 5900, ica: 1494 };

export interface NewSession {
  readonly policy: PolicyRef;
  readonly start: number;
  readonly end: number | null;
  readonly gatewayUser?: string;
  readonly serverUser?: string;
  readonly clientIp?: string;
  readonly targetIp?: string;
  readonly targetPort?: number;
  readonly trailBytes?: number | null;
  readonly archived?: boolean;
  readonly archiveReachable?: boolean;
  readonly content?: readonly string[] | null;
  readonly verdict?: string;
}

/** Builds records with unique keys: one service hash per emulator, a counter per connection policy. */
export class RecordFactory {
  readonly #service: string;
  readonly #counters = new Map<string, number>();
  #seq = 0;
  readonly #random: () => number;

  constructor(seed = 1) {
    this.#random = randomSource(seed);
    this.#service = Array.from({ length: 22 }, () => BASE62[Math.floor(this.#random() * 62)]).join('');
  }

  make(s: NewSession): SessionRecord {
    const r = this.#random;
    const { protocol, name, key } = s.policy;
    const n = this.#counters.get(name) ?? 0;
    this.#counters.set(name, n + 1);
    const sessionId = `svc/${this.#service}/${name}:${n}/${protocol}`;
    const octet = () => 1 + Math.floor(r() * 253);
    const user = s.gatewayUser ?? USERS[Math.floor(r() * USERS.length)];
    return {
      key: restKeyOf(sessionId),
      sessionId,
      protocol,
      policy: { key, name },
      channelPolicy: `${protocol}-default`,
      gatewayUser: user,
      serverUser: s.serverUser ?? (r() < 0.3 ? 'root' : user),
      client: { ip: s.clientIp ?? `10.1.${octet()}.${octet()}`, port: 30000 + Math.floor(r() * 30000) },
      target: {
        ip: s.targetIp ?? `10.2.${octet()}.${octet()}`,
        port: s.targetPort ?? DEFAULT_PORTS[protocol] ?? 443,
      },
      local: { ip: '10.0.0.1', port: 40000 + Math.floor(r() * 20000) },
      start: s.start,
      end: s.end,
      verdict: s.verdict ?? 'accept',
      authMethod: r() < 0.5 ? 'password' : 'publickey',
      archived: s.archived ?? false,
      archiveReachable: s.archiveReachable ?? true,
      trailBytes: s.trailBytes === undefined ? 2048 + Math.floor(r() * 4096) : s.trailBytes,
      content:
        s.content === undefined
          ? Array.from({ length: 3 }, () => WORDS[Math.floor(r() * WORDS.length)])
          : s.content,
      seq: this.#seq++,
    };
  }

  /** A uniform draw in [0, 1), for seeding spread. */
  next(): number {
    return this.#random();
  }
}

export const isoOf = (ms: number): string => new Date(ms).toISOString().replace('Z', '+00:00');
