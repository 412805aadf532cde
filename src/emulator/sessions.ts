/**
 * REST sessions: a `session_id` cookie per login, an idle (sliding) timeout, and a per-session
 * X-Token for the SPS >= 7.5 browser CSRF rule. Expiry is detected lazily on every request
 * (`sweep`), and reported through `onExpire` so the caller can roll back the session's transaction.
 */
import { randomBytes } from 'node:crypto';

export interface Session {
  /** 40 hex characters, like the documented sample cookie. */
  readonly id: string;
  readonly username: string;
  /** A read-only account: reads only (see EmulatorOptions.readOnlyUsers). */
  readonly readOnly: boolean;
  /** The X-Token browser-like clients must send on writes. */
  readonly xToken: string;
  lastSeenMs: number;
}

export class SessionStore {
  readonly #sessions = new Map<string, Session>();

  constructor(
    private readonly timeoutMs: number,
    private readonly onExpire: (s: Session) => void,
    private readonly now: () => number = Date.now,
  ) {}

  create(username: string, readOnly = false): Session {
    const s: Session = {
      id: randomBytes(20).toString('hex'),
      username,
      readOnly,
      xToken: randomBytes(16).toString('hex'),
      lastSeenMs: this.now(),
    };
    this.#sessions.set(s.id, s);
    return s;
  }

  /** The live session for a cookie value, touched (sliding expiry); undefined when unknown or expired. */
  use(id: string | undefined): Session | undefined {
    this.sweep();
    const s = id === undefined ? undefined : this.#sessions.get(id);
    if (s) s.lastSeenMs = this.now();
    return s;
  }

  remainingSeconds(s: Session): number {
    return Math.max(0, Math.round((s.lastSeenMs + this.timeoutMs - this.now()) / 1000));
  }

  sweep(): void {
    const now = this.now();
    for (const s of this.#sessions.values()) {
      if (now - s.lastSeenMs >= this.timeoutMs) {
        this.#sessions.delete(s.id);
        this.onExpire(s);
      }
    }
  }
}
