/**
 * Latency and fault injection. Request faults are one-shot and count matching requests from the
 * moment they are set; the commit fault stays until cleared. Only SPS API requests are subject to
 * them, never the control API.
 */
import { EmulatorOptionError } from './errors';
import { checkLatency, isHttpErrorStatus } from './options';
import type { FaultController, LatencySetting } from './types';

interface RequestRule {
  readonly action: 'fail' | 'reset' | 'lose-reply' | 'echo-body';
  readonly status: number;
  readonly method?: string;
  readonly pathPrefix?: string;
  remaining: number;
}

/**
 * - `fail`: answered with `status`, nothing done;
 * - `reset`: the socket is destroyed before anything is done;
 * - `lose-reply`: the request is carried out, then the socket is destroyed instead of answering;
 * - `echo-body`: answered 400 with a message that quotes the submitted body (as some validators do).
 */
export type FaultAction =
  | { readonly type: 'none' }
  | { readonly type: 'fail'; readonly status: number }
  | { readonly type: 'reset' }
  | { readonly type: 'lose-reply' }
  | { readonly type: 'echo-body' };

export class Faults implements FaultController {
  #latency: LatencySetting | null;
  #rules: RequestRule[] = [];
  #commit: { status: number; message?: string } | null = null;
  /** Successful configuration writes to go before the open transaction is dropped. */
  #dropAfterWrites: number | null = null;
  /** Status every GET gets once the next commit has gone through (`armed`) or after it (`active`). */
  #readsAfterCommit: { status: number; active: boolean } | null = null;

  constructor(latency: LatencySetting | null) {
    this.#latency = latency;
  }

  setLatency(l: LatencySetting | null): void {
    this.#latency = l ? checkLatency(l) : null;
  }

  failRequest(f: { nth: number; status: number; method?: string; pathPrefix?: string }): void {
    if (!isHttpErrorStatus(f.status))
      throw new EmulatorOptionError(`invalid failRequest.status: ${String(f.status)} (400-599)`);
    this.#addRule('fail', f.status, f);
  }

  resetConnection(f: { nth: number; method?: string; pathPrefix?: string }): void {
    this.#addRule('reset', 0, f);
  }

  loseReply(f: { nth: number; method?: string; pathPrefix?: string }): void {
    this.#addRule('lose-reply', 0, f);
  }

  echoBody(f: { nth: number; method?: string; pathPrefix?: string }): void {
    this.#addRule('echo-body', 400, f);
  }

  dropTransaction(f: { afterWrites: number } | null): void {
    if (f && (!Number.isInteger(f.afterWrites) || f.afterWrites < 1))
      throw new EmulatorOptionError(`invalid afterWrites: ${String(f?.afterWrites)} (a positive integer)`);
    this.#dropAfterWrites = f ? f.afterWrites : null;
  }

  failReadsAfterCommit(f: { status: number } | null): void {
    if (f && !isHttpErrorStatus(f.status))
      throw new EmulatorOptionError(`invalid failReadsAfterCommit.status: ${String(f.status)} (400-599)`);
    this.#readsAfterCommit = f ? { status: f.status, active: false } : null;
  }

  /** A commit went through (the reads-after-commit fault starts now). */
  onCommit(): void {
    if (this.#readsAfterCommit) this.#readsAfterCommit.active = true;
  }

  /** Counts a successful configuration write; true when the open transaction must be dropped now. One-shot. */
  onWrite(): boolean {
    if (this.#dropAfterWrites === null) return false;
    this.#dropAfterWrites -= 1;
    if (this.#dropAfterWrites > 0) return false;
    this.#dropAfterWrites = null;
    return true;
  }

  failCommit(f: { status: number; message?: string } | null): void {
    if (f && !isHttpErrorStatus(f.status))
      throw new EmulatorOptionError(`invalid failCommit.status: ${String(f.status)} (400-599)`);
    this.#commit = f ? { ...f } : null;
  }

  clear(): void {
    this.#latency = null;
    this.#rules = [];
    this.#commit = null;
    this.#dropAfterWrites = null;
    this.#readsAfterCommit = null;
  }

  /** Delay for this request: fixed plus uniform jitter. */
  delayMs(): number {
    const l = this.#latency;
    if (!l) return 0;
    return l.fixedMs + Math.random() * (l.jitterMs ?? 0);
  }

  /** Counts this request against every pending rule; the first rule that reaches its nth fires. */
  onRequest(method: string, path: string): FaultAction {
    if (this.#readsAfterCommit?.active && method === 'GET' && path !== '/api/authentication')
      return { type: 'fail', status: this.#readsAfterCommit.status };
    let fired: FaultAction = { type: 'none' };
    for (const rule of this.#rules) {
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      if (rule.pathPrefix && !path.startsWith(rule.pathPrefix)) continue;
      // A second rule due on the same request waits for the next matching one instead of vanishing.
      if (rule.remaining === 1 && fired.type !== 'none') continue;
      rule.remaining -= 1;
      if (rule.remaining === 0)
        fired = rule.action === 'fail' ? { type: 'fail', status: rule.status } : { type: rule.action };
    }
    this.#rules = this.#rules.filter((r) => r.remaining > 0);
    return fired;
  }

  commitFault(): { status: number; message?: string } | null {
    return this.#commit;
  }

  describe(): object {
    return {
      latency: this.#latency,
      pending: this.#rules.map((r) => ({ ...r })),
      commit: this.#commit,
      dropTransactionAfterWrites: this.#dropAfterWrites,
      readsAfterCommit: this.#readsAfterCommit,
    };
  }

  #addRule(
    action: RequestRule['action'],
    status: number,
    f: { nth: number; method?: string; pathPrefix?: string },
  ): void {
    if (!Number.isInteger(f.nth) || f.nth < 1)
      throw new EmulatorOptionError(`invalid nth: ${String(f.nth)} (a positive integer)`);
    this.#rules.push({ action, status, method: f.method, pathPrefix: f.pathPrefix, remaining: f.nth });
  }
}
