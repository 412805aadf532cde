/**
 * What a Terraform plan does to live sessions and recordings (src/reconcile/impact.ts), as
 * diagnostics: a warning in the plan per connection policy it cuts with sessions active on it (and
 * per retention cut with the recordings it makes eligible for cleanup), and an impact that cannot be
 * checked (a user who may not search sessions) a warning, never an error. The provider settings
 * `impact_window` (SPS_IMPACT_WINDOW, default "30d") and `refuse_disconnect` (SPS_REFUSE_DISCONNECT):
 * with the latter, cutting active sessions (or sessions that cannot be checked) is an error in the
 * plan, and the apply checks again before it opens the transaction — the CLI's default refusal.
 */
import type { SpsClient } from '../client';
import {
  computeImpact,
  connectionSummary,
  parseLongDuration,
  retentionSummary,
  DEFAULT_IMPACT_WINDOW_MS,
  type Impact,
  type Plan,
} from '../reconcile';
import type { ProviderRuntime } from './settings';
import { AttributePath, T, isObjectValue, type Attribute, type Diagnostics, type TfValue } from './tf';

export const IMPACT_ATTRIBUTES: Record<string, Attribute> = {
  impact_window: {
    type: T.string,
    optional: true,
    description:
      'How far back a plan counts the sessions of a connection policy it cuts, e.g. "30d", "12h". Default "30d". Env: SPS_IMPACT_WINDOW.',
  },
  refuse_disconnect: {
    type: T.bool,
    optional: true,
    description:
      'Refuse (an error in the plan, checked again before the apply) a change that would cut sessions active on a connection policy, or whose sessions cannot be checked; otherwise the plan warns. Env: SPS_REFUSE_DISCONNECT.',
  },
};

interface ImpactSettings {
  readonly windowMs: number;
  readonly refuse: boolean;
  readonly policyField?: string;
}

const settingsOf = new WeakMap<ProviderRuntime, ImpactSettings>();

export function configureImpact(
  runtime: ProviderRuntime,
  config: TfValue,
  env: NodeJS.ProcessEnv,
  diags: Diagnostics,
): void {
  const block = isObjectValue(config) ? config : {};
  const windowText = typeof block.impact_window === 'string' ? block.impact_window : env.SPS_IMPACT_WINDOW;
  const windowMs = windowText ? parseLongDuration(windowText) : DEFAULT_IMPACT_WINDOW_MS;
  if (windowMs === undefined) {
    diags.addError(
      'Invalid impact_window',
      `"${windowText}" is not a duration (examples: 30d, 12h, 90m).`,
      AttributePath.root('impact_window'),
    );
    return;
  }
  const refuse =
    typeof block.refuse_disconnect === 'boolean'
      ? block.refuse_disconnect
      : /^(1|true|yes|on)$/i.test(env.SPS_REFUSE_DISCONNECT ?? '');
  settingsOf.set(runtime, {
    windowMs,
    refuse,
    ...(env.SPS_SESSIONS_POLICY_FIELD ? { policyField: env.SPS_SESSIONS_POLICY_FIELD } : {}),
  });
}

export function validateImpactBlock(config: TfValue, diags: Diagnostics): void {
  if (!isObjectValue(config) || typeof config.impact_window !== 'string') return;
  if (parseLongDuration(config.impact_window) === undefined)
    diags.addError(
      'Invalid impact_window',
      `"${config.impact_window}" is not a duration (examples: 30d, 12h, 90m).`,
      AttributePath.root('impact_window'),
    );
}

async function impactOf(runtime: ProviderRuntime, client: SpsClient, plan: Plan): Promise<Impact> {
  const s = settingsOf.get(runtime);
  return computeImpact(client, plan, {
    windowMs: s?.windowMs ?? DEFAULT_IMPACT_WINDOW_MS,
    ...(s?.policyField ? { policyField: s.policyField } : {}),
  });
}

/** The plan's impact as diagnostics; errors (refuse_disconnect) when it cuts active sessions. */
export async function reportImpact(
  runtime: ProviderRuntime,
  client: SpsClient,
  plan: Plan,
  diags: Diagnostics,
): Promise<void> {
  const impact = await impactOf(runtime, client, plan);
  if (impact.status === 'none') return;
  const refuse = settingsOf.get(runtime)?.refuse === true;
  for (const c of impact.connection_policies) {
    const cuts = c.active === null || c.active.count > 0;
    if (!cuts) continue;
    const sessions = (c.active?.first ?? []).map(
      (s) =>
        `  ${s.key}: ${s.user ?? '?'} from ${s.client ?? '?'} to ${s.target ?? '?'} since ${s.start ?? '?'}`,
    );
    const detail = [connectionSummary(c, impact.window_days), ...sessions, ...impact.notes].join('\n');
    const summary =
      c.active === null
        ? 'The plan may cut active sessions (they cannot be checked)'
        : 'The plan would cut active sessions';
    if (refuse)
      diags.addError(
        summary,
        `${detail}\n\nrefuse_disconnect is set: wait for the sessions to end, or set it to false to apply anyway.`,
      );
    else diags.addWarning(summary, detail);
  }
  for (const r of impact.retention)
    if (r.eligible === null || r.eligible > 0)
      diags.addWarning(
        'Recordings become eligible for cleanup',
        [retentionSummary(r), ...impact.notes].join('\n'),
      );
  if (impact.status === 'unknown' && !impact.connection_policies.length)
    diags.addWarning('The impact on recordings is unknown', impact.notes.join('\n'));
}

/** Before an apply opens its transaction: with refuse_disconnect, throws when it would cut active sessions. */
export async function refuseCutting(runtime: ProviderRuntime, client: SpsClient, plan: Plan): Promise<void> {
  if (settingsOf.get(runtime)?.refuse !== true) return;
  const impact = await impactOf(runtime, client, plan);
  const cut = impact.connection_policies.filter((c) => c.active === null || c.active.count > 0);
  if (cut.length)
    throw new Error(
      `refuse_disconnect is set and the apply would cut active sessions (${cut.map((c) => connectionSummary(c, impact.window_days)).join('; ')}); nothing was changed`,
    );
}
