/**
 * What a plan does to live privileged sessions and to the recordings kept (DESIGN.md, decision 18),
 * from SPS's own session database, computed after planning by the CLI and the provider alike:
 *   - per connection policy the plan deletes, deactivates, narrows or changes the access control of:
 *     the sessions active on it now (count, the first few) and how many used it in a look-back window;
 *   - per archive/cleanup policy whose retention goes down: the recordings that become eligible for
 *     cleanup — sessions that ended after now − old retention and before now − new retention — over
 *     the whole appliance (which connection policies use an archive policy the guide does not show).
 * Active sessions are read with every field (`fields=*`) and matched to policies by key or name under
 * whichever names the appliance uses; look-back counts filter by the name the appliance answers to
 * (client/sessions/policy-field.ts). A user who may not search sessions, or an appliance without the
 * database, gets an impact marked unknown with the reason — never a failed plan.
 */
import type { SpsClient } from '../client';
import { SpsError } from '../client/core/errors';
import {
  exportSessions,
  fetchPage,
  fieldOf,
  policyFilterOf,
  policyOfBody,
  policyTerm,
  type SessionItem,
} from '../client/sessions';
import type { Plan } from './plan';
import { cuttingChanges, retentionCuts, type CuttingChange, type RetentionCut } from './impact-changes';

export type { CutReason, CuttingChange, RetentionCut } from './impact-changes';

export const DEFAULT_IMPACT_WINDOW_MS = 30 * 86_400_000;
const FIRST_FEW = 5;
const DAY = 86_400_000;

export interface SessionBrief {
  readonly key: string;
  readonly user: string | null;
  readonly client: string | null;
  readonly target: string | null;
  readonly start: string | null;
}

export interface ConnectionImpact extends CuttingChange {
  /** Sessions active on the policy now; null when they could not be counted. */
  readonly active: { readonly count: number; readonly first: readonly SessionBrief[] } | null;
  /** Sessions that started on it within the look-back window; null when they could not be counted. */
  readonly recent: number | null;
}

export interface RetentionImpact extends RetentionCut {
  /** Recordings that become eligible for cleanup; null when they could not be counted. */
  readonly eligible: number | null;
}

export interface Impact {
  /** `none`: nothing in the plan can cut sessions or recordings; `unknown`: it can, and could not be checked. */
  readonly status: 'none' | 'checked' | 'unknown';
  readonly window_days: number;
  readonly connection_policies: readonly ConnectionImpact[];
  readonly retention: readonly RetentionImpact[];
  /** Active sessions on the policies the plan cuts (counted ones). */
  readonly active_sessions: number;
  readonly notes: readonly string[];
}

export interface ImpactOptions {
  /** The look-back window.  @default 30 days */
  readonly windowMs?: number;
  readonly now?: number;
  /** The connection policy's filter name, instead of asking the appliance (SPS_SESSIONS_POLICY_FIELD). */
  readonly policyField?: string;
}

export async function computeImpact(
  client: SpsClient,
  plan: Plan,
  opts: ImpactOptions = {},
): Promise<Impact> {
  const now = opts.now ?? Date.now();
  const windowMs = opts.windowMs ?? DEFAULT_IMPACT_WINDOW_MS;
  const cuts = cuttingChanges(plan);
  const retention = retentionCuts(plan);
  // no time of the check: two plans of the same appliance state must be the same document
  const base = { window_days: round(windowMs / DAY) };
  if (!cuts.length && !retention.length)
    return { status: 'none', ...base, connection_policies: [], retention: [], active_sessions: 0, notes: [] };
  const notes: string[] = [];
  try {
    const [connection_policies, eligible] = await Promise.all([
      connectionImpacts(client, cuts, now - windowMs, opts, notes),
      Promise.all(retention.map((r) => eligibleFor(client, r, now))),
    ]);
    return {
      status: 'checked',
      ...base,
      connection_policies,
      retention: retention.map((r, i) => ({ ...r, eligible: eligible[i] })),
      active_sessions: connection_policies.reduce((n, c) => n + (c.active?.count ?? 0), 0),
      notes: [
        ...notes,
        ...(retention.length
          ? [
              'eligible recordings are counted over every connection policy: the guide does not show which ones use an archive/cleanup policy',
            ]
          : []),
      ],
    };
  } catch (err) {
    if (!SpsError.is(err)) throw err;
    return {
      status: 'unknown',
      ...base,
      connection_policies: cuts.map((c) => ({ ...c, active: null, recent: null })),
      retention: retention.map((r) => ({ ...r, eligible: null })),
      active_sessions: 0,
      notes: [`the impact on sessions is unknown: ${err.message}`],
    };
  }
}

/** Active sessions only, again (waiting for the policies to be idle before an apply). */
export async function recheckActive(client: SpsClient, impact: Impact): Promise<Impact> {
  const active = await activeByPolicy(client, impact.connection_policies);
  const connection_policies = impact.connection_policies.map((c, i) => ({ ...c, active: active[i] }));
  return {
    ...impact,
    connection_policies,
    active_sessions: connection_policies.reduce((n, c) => n + (c.active?.count ?? 0), 0),
  };
}

async function connectionImpacts(
  client: SpsClient,
  cuts: readonly CuttingChange[],
  since: number,
  opts: ImpactOptions,
  notes: string[],
): Promise<ConnectionImpact[]> {
  if (!cuts.length) return [];
  const [active, filter] = await Promise.all([
    activeByPolicy(client, cuts),
    policyFilterOf(client, opts.policyField),
  ]);
  if (active.some((a) => a === null))
    notes.push(
      'active sessions could not be matched to connection policies: the appliance names the policy in no field this tool knows (connection_policy, recording.connection_policy, recording.connection_policy_id)',
    );
  if (filter === undefined)
    notes.push(
      'sessions in the look-back window could not be counted: no filter name the appliance answers to finds a session by its connection policy (set SPS_SESSIONS_POLICY_FIELD)',
    );
  const recent = await Promise.all(
    cuts.map(async (c) => {
      if (filter === 'empty') return 0;
      if (filter === undefined) return null;
      const q = encodeURIComponent(`protocol:${c.protocol} AND ${policyTerm(filter.field, c)}`);
      const page = await fetchPage(
        client,
        `/api/audit/sessions?limit=1&offset=0&q=${q}&start=${encodeURIComponent(new Date(since).toISOString())}`,
      );
      return page.matchCount;
    }),
  );
  return cuts.map((c, i) => ({ ...c, active: active[i], recent: recent[i] }));
}

/** Every active session, read once, matched to each policy by protocol and key or name. */
async function activeByPolicy(
  client: SpsClient,
  policies: readonly CuttingChange[],
): Promise<ConnectionImpact['active'][]> {
  const { sessions } = await exportSessions(client, { q: 'active:true', fields: ['*'] });
  // sessions whose connection policy goes by no name we know: they cannot be told apart, so not counted
  if (sessions.length && sessions.every((s) => !Object.keys(policyOfBody(s.body)).length))
    return policies.map(() => null);
  return policies.map((p) => {
    const on = sessions.filter((s) => {
      if (String(fieldOf(s.body, 'protocol') ?? '').toLowerCase() !== p.protocol) return false;
      const of = policyOfBody(s.body);
      return (of.key !== undefined && of.key === p.key) || (of.name !== undefined && of.name === p.name);
    });
    return { count: on.length, first: on.slice(0, FIRST_FEW).map(brief) };
  });
}

async function eligibleFor(client: SpsClient, r: RetentionCut, now: number): Promise<number> {
  // ended before now − new retention, minus ended before now − old: the ones in between
  const endedBefore = async (days: number) =>
    (
      await fetchPage(
        client,
        `/api/audit/sessions?limit=1&offset=0&end=${encodeURIComponent(new Date(now - days * DAY).toISOString())}`,
      )
    ).matchCount;
  const [newCut, oldCut] = await Promise.all([endedBefore(r.to_days), endedBefore(r.from_days)]);
  return Math.max(0, newCut - oldCut);
}

function brief(s: SessionItem): SessionBrief {
  const text = (...names: string[]) => {
    for (const n of names) {
      const v = fieldOf(s.body, n);
      if (v !== undefined && v !== null && v !== '') return String(v);
    }
    return null;
  };
  const target = text('target.address', 'target.ip', 'server.address', 'server.ip');
  const port = text('target.port', 'server.port');
  return {
    key: s.key,
    user: text('name', 'user.gateway_username', 'user.name', 'server_username'),
    client: text('client.address', 'client.ip'),
    target: target && port ? `${target}:${port}` : target,
    start: text('start_time'),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
