/** Every emulator default lives here, next to the check of the value that replaces it. */
import { randomBytes } from 'node:crypto';
import { EmulatorOptionError } from './errors';
import type { EmulatorOptions, EmulatorSwitches, LatencySetting } from './types';

export const DEFAULT_SWITCHES: Readonly<EmulatorSwitches> = Object.freeze({
  noTransactionWrites: 'conflict',
  forwarderMethod: 'put',
  secrets: 'clear',
  lockStatus: 409,
  clusterRole: 'standalone',
  referenceCheck: 'commit',
  unmodelledFields: 'on',
  concurrentWrites: 'serve',
  sessionOffsetBase: 'zero',
  sessionPolicyField: 'psm.connection_policy',
});

const ALLOWED: { [K in keyof EmulatorSwitches]?: readonly string[] } = {
  noTransactionWrites: ['conflict', 'auto-open'],
  forwarderMethod: ['put', 'post', 'both'],
  secrets: ['clear', 'masked'],
  clusterRole: ['standalone', 'central-management', 'managed-host'],
  referenceCheck: ['commit', 'write'],
  unmodelledFields: ['on', 'off'],
  concurrentWrites: ['serve', 'refuse'],
  sessionOffsetBase: ['zero', 'one'],
  sessionPolicyField: ['psm.connection_policy', 'connection_policy', 'recording.connection_policy'],
};

export interface ResolvedOptions {
  readonly host: string;
  readonly port: number;
  readonly username: string;
  readonly password: string;
  readonly sessionTimeoutSeconds: number;
  readonly switches: EmulatorSwitches;
  readonly latency: LatencySetting | null;
  readonly persistFile: string | undefined;
  readonly seedDefaults: boolean;
  readonly certificateHosts: readonly string[] | undefined;
  readonly readOnlyUsers: ReadonlyMap<string, string>;
  readonly deniedPaths: readonly string[];
}

export function resolveOptions(opts: EmulatorOptions = {}): ResolvedOptions {
  const port = opts.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new EmulatorOptionError(`invalid port: ${port}`);
  const timeout = opts.sessionTimeoutSeconds ?? 600;
  if (!(timeout > 0) || !Number.isFinite(timeout))
    throw new EmulatorOptionError(`invalid sessionTimeoutSeconds: ${timeout}`);
  const username = opts.username ?? 'admin';
  if (!username || username.includes(':'))
    throw new EmulatorOptionError('invalid username: must be non-empty without ":"');
  if (opts.password === '') throw new EmulatorOptionError('invalid password: must be non-empty');
  const readOnlyUsers = new Map<string, string>();
  for (const u of opts.readOnlyUsers ?? []) {
    if (!u.username || u.username.includes(':') || u.username === username || readOnlyUsers.has(u.username))
      throw new EmulatorOptionError(
        `invalid read-only user "${u.username}": must be non-empty, without ":", and unique`,
      );
    if (!u.password) throw new EmulatorOptionError(`invalid password of read-only user "${u.username}"`);
    readOnlyUsers.set(u.username, u.password);
  }
  for (const p of opts.deniedPaths ?? [])
    if (!/^\/api\/[^?#]*[^/]$/.test(p))
      throw new EmulatorOptionError(`invalid denied path "${p}": e.g. /api/configuration/ssh`);
  return {
    host: opts.host ?? '127.0.0.1',
    port,
    username,
    password: opts.password ?? randomBytes(12).toString('base64url'),
    sessionTimeoutSeconds: timeout,
    switches: mergeSwitches({ ...DEFAULT_SWITCHES }, opts.switches ?? {}),
    latency: opts.latency ? checkLatency(opts.latency) : null,
    persistFile: opts.persistFile,
    seedDefaults: opts.seedDefaults ?? true,
    certificateHosts: opts.certificateHosts,
    readOnlyUsers,
    deniedPaths: opts.deniedPaths ?? [],
  };
}

/** Validates `patch` field by field and applies it to `target` in place (so runtime changes are seen). */
export function mergeSwitches(target: EmulatorSwitches, patch: Partial<EmulatorSwitches>): EmulatorSwitches {
  if (typeof patch !== 'object' || patch === null)
    throw new EmulatorOptionError('invalid switches: must be an object');
  for (const [name, value] of Object.entries(patch)) {
    if (!(name in DEFAULT_SWITCHES)) throw new EmulatorOptionError(`unknown switch: ${name}`);
    if (name === 'lockStatus') {
      if (!isHttpErrorStatus(value))
        throw new EmulatorOptionError(`invalid lockStatus: ${String(value)} (400-599)`);
    } else {
      const allowed = ALLOWED[name as keyof EmulatorSwitches] ?? [];
      if (!allowed.includes(value as string)) {
        throw new EmulatorOptionError(
          `invalid ${name}: ${JSON.stringify(value)} (allowed: ${allowed.join(', ')})`,
        );
      }
    }
  }
  return Object.assign(target, patch);
}

export function checkLatency(l: LatencySetting): LatencySetting {
  const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (!ok(l.fixedMs)) throw new EmulatorOptionError(`invalid latency.fixedMs: ${String(l.fixedMs)}`);
  if (l.jitterMs !== undefined && !ok(l.jitterMs))
    throw new EmulatorOptionError(`invalid latency.jitterMs: ${String(l.jitterMs)}`);
  return { fixedMs: l.fixedMs, jitterMs: l.jitterMs ?? 0 };
}

export function isHttpErrorStatus(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 400 && v <= 599;
}
