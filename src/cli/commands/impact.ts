/**
 * The impact check of plan, drift and apply (src/reconcile/impact.ts) from the command line:
 * `--impact-window` (SPS_IMPACT_WINDOW, default 30d) for the look-back count, SPS_SESSIONS_POLICY_FIELD
 * for the connection policy's filter name, and apply's refusal to cut active sessions: refused unless
 * `--allow-disconnect`, or `--wait-for-idle DURATION` re-checks until the sessions on the policies it
 * cuts have ended (then the apply runs, in one transaction as always) or the time is up.
 */
import type { SpsClient } from '../../client';
import { sleep } from '../../client/core/sleep';
import {
  computeImpact,
  recheckActive,
  DEFAULT_IMPACT_WINDOW_MS,
  connectionSummary,
  parseLongDuration,
  type Impact,
  type Plan,
} from '../../reconcile';
import { SpsCliError } from '../errors';
import type { CommandContext } from './context';

function duration(text: string, what: string): number {
  const ms = parseLongDuration(text);
  if (ms === undefined)
    throw new SpsCliError(
      'SPS_CLI_USAGE',
      `${what}: "${text}" is not a duration (examples: 30d, 12h, 90m, 45s)`,
    );
  return ms;
}

export interface ImpactFlags {
  impactWindow?: string;
}

export async function impactOf(
  ctx: CommandContext,
  client: SpsClient,
  plan: Plan,
  flags: ImpactFlags,
): Promise<Impact> {
  const env = ctx.out.io.env;
  const text = flags.impactWindow ?? env.SPS_IMPACT_WINDOW;
  const windowMs = text
    ? duration(text, flags.impactWindow ? '--impact-window' : 'SPS_IMPACT_WINDOW')
    : DEFAULT_IMPACT_WINDOW_MS;
  ctx.out.progress('checking the sessions the plan affects');
  try {
    return await computeImpact(client, plan, {
      windowMs,
      ...(env.SPS_SESSIONS_POLICY_FIELD ? { policyField: env.SPS_SESSIONS_POLICY_FIELD } : {}),
    });
  } finally {
    ctx.out.progress(undefined);
  }
}

export interface DisconnectFlags {
  allowDisconnect?: boolean;
  waitForIdle?: string;
}

/** What the apply did about sessions it could cut, for the change audit. */
export type Disconnect = 'none' | 'allowed' | 'waited';

/** Before an apply: returns when it may go ahead (with the impact it goes ahead with), else refuses. */
export async function guardActiveSessions(
  ctx: CommandContext,
  client: SpsClient,
  impact: Impact,
  flags: DisconnectFlags,
): Promise<{ impact: Impact; disconnect: Disconnect }> {
  const waitMs = flags.waitForIdle !== undefined ? duration(flags.waitForIdle, '--wait-for-idle') : undefined;
  const unknown = impact.connection_policies.filter((c) => c.active === null);
  const busy = (i: Impact) => i.connection_policies.filter((c) => (c.active?.count ?? 0) > 0);
  if (!unknown.length && !busy(impact).length) return { impact, disconnect: 'none' };
  if (flags.allowDisconnect) {
    const what = busy(impact).length
      ? `${impact.active_sessions} active session(s) may be disconnected`
      : 'the active sessions could not be checked';
    ctx.out.err(`Warning: --allow-disconnect: ${what} (${listOf(impact)})\n`);
    return { impact, disconnect: 'allowed' };
  }
  if (unknown.length)
    throw new SpsCliError(
      'SPS_CLI_ACTIVE_SESSIONS',
      `refusing to apply: the sessions active on ${unknown.map((c) => `${c.protocol} connection policy "${c.name}"`).join(', ')} cannot be checked (${impact.notes.join('; ') || 'unknown'}); nothing was changed. Pass --allow-disconnect to apply anyway.`,
    );
  if (waitMs === undefined)
    throw new SpsCliError(
      'SPS_CLI_ACTIVE_SESSIONS',
      `refusing to apply: it would cut ${impact.active_sessions} active session(s) (${listOf(impact)}); nothing was changed. Wait for them to end with --wait-for-idle DURATION, or pass --allow-disconnect.`,
    );
  const deadline = Date.now() + waitMs;
  const poll = Math.min(5000, Math.max(250, waitMs / 20));
  let now = impact;
  while (busy(now).length) {
    const left = deadline - Date.now();
    if (left <= 0)
      throw new SpsCliError(
        'SPS_CLI_ACTIVE_SESSIONS',
        `refusing to apply: after waiting ${flags.waitForIdle}, ${now.active_sessions} session(s) are still active (${listOf(now)}); nothing was changed`,
      );
    ctx.out.progress(
      `waiting for ${now.active_sessions} active session(s) to end (${Math.ceil(left / 1000)} s left)`,
    );
    await sleep(Math.min(poll, left), ctx.out.io.interrupt);
    if (ctx.out.io.interrupt?.aborted) throw ctx.out.io.interrupt.reason;
    now = await recheckActive(client, now);
  }
  ctx.out.progress(undefined);
  ctx.out.err(`The sessions on the policies this apply cuts have ended; applying.\n`);
  return { impact: now, disconnect: 'waited' };
}

function listOf(impact: Impact): string {
  return impact.connection_policies
    .filter((c) => c.active === null || c.active.count > 0)
    .map((c) => connectionSummary(c, impact.window_days))
    .join('; ');
}
