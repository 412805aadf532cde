/**
 * The emulator's public contract (re-exported by index.ts). Other engineers code against these
 * names; additions are fine, changes are not.
 */
import type { JsonObject } from '../model';

export interface EmulatorSwitches {
  /** A configuration write with no open transaction: 409 Conflict (newest docs) or open one (6.9+ docs).  @default 'conflict' */
  noTransactionWrites: 'conflict' | 'auto-open';
  /** Verbs the splunk/universal SIEM forwarder singletons accept; the other one gets 405.  @default 'put' */
  forwarderMethod: 'put' | 'post' | 'both';
  /** Sensitive fields on reads and in the changelog: returned as written, or masked.  @default 'clear' */
  secrets: 'clear' | 'masked';
  /** HTTP status for a second session's open/write while another session holds the lock.  @default 409 */
  lockStatus: number;
  /** What /api/cluster/nodes says about this node.  @default 'standalone' */
  clusterRole: 'standalone' | 'central-management' | 'managed-host';
  /** When references are checked: only at commit, or also on every write.  @default 'commit' */
  referenceCheck: 'commit' | 'write';
  /**
   * Objects carry fields the model does not know (appliance-fields.ts), as every real appliance's do:
   * returned on GET, reset to their default when a PUT leaves them out.  @default 'on'
   */
  unmodelledFields: 'on' | 'off';
  /**
   * A configuration write that arrives while another is in progress: carried out, or refused with
   * 409 and nothing done (whether SPS serializes requests within one transaction is not documented).
   * @default 'serve'
   */
  concurrentWrites: 'serve' | 'refuse';
  /**
   * How `/api/audit/sessions?offset=` counts: `zero` (offset 500 is the 501st result; the guide's
   * meta sample) or `one` (offset 501 is the 501st, offset 0 and 1 the first; the guide's paging
   * example). The guide reads both ways.  @default 'zero'
   */
  sessionOffsetBase: 'zero' | 'one';
  /**
   * The one name the session database gives the connection policy, of the guide's three: the filter
   * list's `psm.connection_policy` (a key; shown as `connection_policy`), the field list's
   * `connection_policy` (a key, shown and filtered), or the session body's
   * `recording.connection_policy` (the name) with `recording.connection_policy_id` (the key).
   * @default 'psm.connection_policy'
   */
  sessionPolicyField: 'psm.connection_policy' | 'connection_policy' | 'recording.connection_policy';
}

export interface LatencySetting {
  readonly fixedMs: number;
  /** A uniformly random extra delay in [0, jitterMs] per request.  @default 0 */
  readonly jitterMs?: number;
}

export interface EmulatorOptions {
  /** @default '127.0.0.1' */
  host?: string;
  /** 0 picks a free port.  @default 0 */
  port?: number;
  /** @default 'admin' */
  username?: string;
  /** @default - a random password, readable from RunningEmulator.password */
  password?: string;
  /** Idle (sliding) session timeout; an expired session's transaction is rolled back.  @default 600 */
  sessionTimeoutSeconds?: number;
  switches?: Partial<EmulatorSwitches>;
  /** @default - no latency */
  latency?: LatencySetting;
  /** Committed configuration is loaded from here at start (if the file exists) and saved on every commit. */
  persistFile?: string;
  /** Start with built-in policies, default options and referenceable identities.  @default true */
  seedDefaults?: boolean;
  /**
   * Host names the server certificate is issued for, instead of localhost and the listen address:
   * a certificate signed by the right CA for the wrong host (name-mismatch tests).
   */
  certificateHosts?: readonly string[];
  /** What `GET /api/info` reports as `firmware_version` (a plan warns outside the model's band).  @default '7.0.5' */
  firmwareVersion?: string;
  /**
   * More accounts that may read but not change: every configuration write and every open or commit
   * of a transaction answers 403 `Unauthorized` (a REST user whose groups have read privileges only).
   * @default - none
   */
  readOnlyUsers?: readonly { readonly username: string; readonly password: string }[];
  /**
   * Paths (and everything under them) every session is refused with 403 `Unauthorized`, as for a user
   * whose groups lack that page's privilege (the REST and web-UI ACLs are the same).  @default - none
   */
  deniedPaths?: readonly string[];
  /** Serve a certificate whose validity ended 29 days ago (`CERT_HAS_EXPIRED` for a client).  @default false */
  certificateExpired?: boolean;
}

export interface RunningEmulator {
  /** `https://127.0.0.1:<port>` (no trailing slash). */
  readonly url: string;
  /** The self-signed CA the server certificate chains to (it is the certificate itself). */
  readonly caPem: string;
  writeCaFile(path: string): void;
  readonly username: string;
  readonly password: string;
  /** Guards the `/_emulator/` control API (header `X-Emulator-Token` or `Authorization: Bearer`). */
  readonly controlToken: string;
  /** Mutable at runtime: assignments take effect on the next request. */
  readonly switches: EmulatorSwitches;
  readonly faults: FaultController;
  stats(): EmulatorStats;
  /** GETs so far per configuration path (e.g. `/api/configuration/policies/audit_policies/<key>`). */
  readsByPath(): Record<string, number>;
  /** Deep copy of the committed configuration, for "nothing changed" assertions. */
  committed(): Snapshot;
  /** Stops listening and drops open connections and held answers. Idempotent. */
  close(): Promise<void>;
}

export interface FaultController {
  setLatency(l: LatencySetting | null): void;
  /** Answer the nth matching request from now (1-based) with `status` instead of handling it. One-shot. */
  failRequest(f: { nth: number; status: number; method?: string; pathPrefix?: string }): void;
  /** Destroy the socket of the nth matching request from now instead of answering. One-shot. */
  resetConnection(f: { nth: number; method?: string; pathPrefix?: string }): void;
  /** Carry out the nth matching request from now, then destroy its socket instead of answering. One-shot. */
  loseReply(f: { nth: number; method?: string; pathPrefix?: string }): void;
  /** Answer the nth matching request with a 400 whose message quotes the submitted body. One-shot. */
  echoBody(f: { nth: number; method?: string; pathPrefix?: string }): void;
  /**
   * After the nth successful configuration write from now, drop the open transaction as an idle
   * timeout would (its writes are discarded, the lock released, the session kept). One-shot.
   */
  dropTransaction(f: { afterWrites: number } | null): void;
  /** Once the next commit has gone through, every GET (but login) fails with `status`, until set to null. */
  failReadsAfterCommit(f: { status: number } | null): void;
  /** Every commit fails with `status` (transaction stays open, nothing committed) until set to null. */
  failCommit(f: { status: number; message?: string } | null): void;
  /** Removes latency, pending request faults and the commit fault. */
  clear(): void;
}

export interface EmulatorStats {
  /** SPS API requests (control API requests are not counted). */
  requests: number;
  byMethod: Record<string, number>;
  /** Successful logins. */
  logins: number;
  /** Explicit POSTs plus auto-opens. */
  transactionsOpened: number;
  commits: number;
  /** Explicit DELETE /api/transaction that discarded an open transaction. */
  rollbacks: number;
  /** Successful configuration writes (POST/PUT/DELETE under /api/configuration). */
  writes: number;
  /** The most configuration writes in progress at once (arrival to answer). */
  peakConcurrentWrites: number;
}

/** Configuration in the written (canonical) form: kind name → object key → body. Singletons use their endpoint's last segment as key. */
export interface Snapshot {
  [kind: string]: { [key: string]: JsonObject };
}
