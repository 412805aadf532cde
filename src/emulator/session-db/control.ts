/**
 * The session database's part of the control API (`/_emulator/sessions…`, the control token as for
 * the rest of `/_emulator/`), so tests and benchmarks make the sessions they need:
 *   GET    /_emulator/sessions              {total, active}
 *   DELETE /_emulator/sessions              remove every session
 *   POST   /_emulator/sessions/seed         {from, to, total? | perPolicy?, activePerPolicy?, policies?, trailBytes?}
 *          closed sessions spread over [from, to) on the committed connection policies (or `policies`,
 *          [{protocol, key, name}]), plus active ones started in the last hour
 *   POST   /_emulator/sessions              {policy (key or name), protocol?, user?, serverUser?, clientIp?,
 *          targetIp?, targetPort?, start?, end?, trailBytes? (null: not recorded), archived?,
 *          archiveReachable?, content?}: one session, active unless `end` is given → {key, session_id}
 *   POST   /_emulator/sessions/<key>/end    end an active session now → {key, end_time}
 * Times are ISO 8601 strings or epoch milliseconds.
 */
import type { EmulatorState } from '../state';
import { EmulatorOptionError } from '../errors';
import { connectionPoliciesOf, sessionDatabaseOf } from './database';
import { isoOf, type NewSession, type PolicyRef } from './records';

const HOUR = 3_600_000;

export function sessionControl(state: EmulatorState, method: string, path: string, body: unknown): unknown {
  const db = sessionDatabaseOf(state);
  if (path === '/_emulator/sessions' && method === 'GET') {
    const active = db.records.filter((r) => r.end === null).length;
    return { total: db.size, active };
  }
  if (path === '/_emulator/sessions' && method === 'DELETE') return { removed: db.clear() };
  if (path === '/_emulator/sessions/seed' && method === 'POST') return seed(state, object(body));
  if (path === '/_emulator/sessions' && method === 'POST') {
    const a = object(body);
    const policy = findPolicy(state, a.policy, a.protocol);
    const r = db.add({
      policy,
      start: time(a.start, 'start') ?? Date.now(),
      end: time(a.end, 'end') ?? null,
      ...optional(a),
    });
    return { key: r.key, session_id: r.sessionId };
  }
  const end = /^\/_emulator\/sessions\/([^/]+)\/end$/.exec(path);
  if (end && method === 'POST') {
    const r = db.end(decodeURIComponent(end[1]));
    if (!r) throw new EmulatorOptionError(`no session ${end[1]}`);
    return { key: r.key, end_time: r.end === null ? null : isoOf(r.end) };
  }
  return undefined;
}

type Args = Record<string, unknown>;

function seed(state: EmulatorState, a: Args): unknown {
  const given = time(a.from, 'from');
  const to = time(a.to, 'to') ?? Date.now();
  if (given === undefined || !(given < to)) throw new EmulatorOptionError('seed needs from < to');
  const from = given;
  const policies = Array.isArray(a.policies) ? a.policies.map(policyRef) : connectionPoliciesOf(state);
  if (!policies.length)
    throw new EmulatorOptionError('seed: no connection policies (create some, or pass policies)');
  const perPolicy = count(a.perPolicy, 'perPolicy');
  const total = count(a.total, 'total') ?? (perPolicy ?? 0) * policies.length;
  const active = count(a.activePerPolicy, 'activePerPolicy') ?? 0;
  const trailBytes = a.trailBytes === undefined ? undefined : (count(a.trailBytes, 'trailBytes') ?? null);
  const db = sessionDatabaseOf(state);
  const span = to - from;
  function* sessions(): Generator<NewSession> {
    for (let i = 0; i < total; i++) {
      const start = from + Math.floor(db.random() * span);
      const end = Math.min(start + 60_000 + Math.floor(db.random() * 2 * HOUR), to);
      yield {
        policy: policies[i % policies.length],
        start,
        end,
        ...(trailBytes !== undefined ? { trailBytes } : {}),
      };
    }
    for (const policy of policies)
      for (let i = 0; i < active; i++)
        yield { policy, start: to - Math.floor(db.random() * HOUR), end: null };
  }
  const created = db.addAll(sessions());
  return { created, active: active * policies.length, total: db.size };
}

function optional(a: Args): Partial<NewSession> {
  const out: { -readonly [K in keyof NewSession]?: NewSession[K] } = {};
  if (typeof a.user === 'string') out.gatewayUser = a.user;
  if (typeof a.serverUser === 'string') out.serverUser = a.serverUser;
  if (typeof a.clientIp === 'string') out.clientIp = a.clientIp;
  if (typeof a.targetIp === 'string') out.targetIp = a.targetIp;
  if (typeof a.targetPort === 'number') out.targetPort = a.targetPort;
  if (a.trailBytes === null) out.trailBytes = null;
  else if (a.trailBytes !== undefined) out.trailBytes = count(a.trailBytes, 'trailBytes');
  if (typeof a.archived === 'boolean') out.archived = a.archived;
  if (typeof a.archiveReachable === 'boolean') out.archiveReachable = a.archiveReachable;
  if (a.content === null) out.content = null;
  else if (Array.isArray(a.content)) out.content = a.content.map(String);
  return out;
}

function findPolicy(state: EmulatorState, policy: unknown, protocol: unknown): PolicyRef {
  if (typeof policy !== 'string' || !policy) throw new EmulatorOptionError('a session needs "policy"');
  const found = connectionPoliciesOf(state).filter(
    (p) => (p.key === policy || p.name === policy) && (protocol === undefined || p.protocol === protocol),
  );
  if (found.length === 1) return found[0];
  throw new EmulatorOptionError(
    found.length
      ? `"${policy}" names connection policies of several protocols: give "protocol"`
      : `no committed connection policy "${policy}"${protocol ? ` (${String(protocol)})` : ''}`,
  );
}

function policyRef(v: unknown): PolicyRef {
  const p = object(v);
  if (typeof p.protocol !== 'string' || typeof p.key !== 'string' || typeof p.name !== 'string')
    throw new EmulatorOptionError('each of "policies" needs protocol, key and name');
  return { protocol: p.protocol, key: p.key, name: p.name };
}

function object(v: unknown): Args {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new EmulatorOptionError('this control request needs a JSON object body');
  return v as Args;
}

function time(v: unknown, name: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  const ms = typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : NaN;
  if (!Number.isFinite(ms)) throw new EmulatorOptionError(`${name} must be a date (ISO 8601 or epoch ms)`);
  return ms;
}

function count(v: unknown, name: string): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    throw new EmulatorOptionError(`${name} must be a non-negative integer`);
  return v;
}
