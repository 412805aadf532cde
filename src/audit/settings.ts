/**
 * Where change audit events go: a Splunk HTTP Event Collector, configured from the environment (a
 * pipeline sets these once for every job). Unset SPS_AUDIT_HEC_URL: no auditing, nothing spooled.
 *   SPS_AUDIT_HEC_URL          https://splunk:8088 (the collector's base URL)
 *   SPS_AUDIT_HEC_TOKEN        the HEC token, or SPS_AUDIT_HEC_TOKEN_FILE: a file holding it
 *   SPS_AUDIT_HEC_INDEX        index (default: the token's default index)
 *   SPS_AUDIT_HEC_SOURCETYPE   default _json
 *   SPS_AUDIT_HEC_CA_FILE      PEM of the CA that signed the collector's certificate
 *   SPS_AUDIT_SPOOL            spool directory (default .sps-audit in the working directory)
 *   SPS_AUDIT_ACTOR            who runs the change (default GITHUB_ACTOR, GITLAB_USER_LOGIN or USER)
 *   SPS_AUDIT_WAIT             how long a run keeps retrying an unreachable or busy collector before it
 *                              leaves the events in the spool (default 0: one attempt), e.g. 60s
 *   SPS_AUDIT_ACK_TIMEOUT      with indexer acknowledgement, how long to wait for it (default 30s)
 *   SPS_AUDIT_SPOOL_LIMIT      events in the spool above which every run warns (default 1000)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DURATION_EXAMPLES, parseDuration } from '../settings';

export interface AuditSettings {
  readonly url: string;
  /** Secret: never printed. */
  readonly token: string;
  readonly index?: string;
  readonly sourcetype: string;
  readonly ca?: string;
  readonly spool: string;
  readonly actor: string;
  /** Retry an unreachable or busy collector for this long within the run (0: once). */
  readonly waitMs: number;
  /** How long to wait for the indexer's acknowledgement of what was sent. */
  readonly ackTimeoutMs: number;
  /** Spooled events above which a warning is shown. */
  readonly spoolLimit: number;
}

export class AuditSettingsError extends Error {
  readonly code = 'SPS_AUDIT_SETTINGS';
}

export function auditSettingsFrom(env: NodeJS.ProcessEnv, cwd: string): AuditSettings | undefined {
  const url = env.SPS_AUDIT_HEC_URL;
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AuditSettingsError('SPS_AUDIT_HEC_URL is not a URL (expected https://host:8088)');
  }
  if (parsed.protocol !== 'https:')
    throw new AuditSettingsError('SPS_AUDIT_HEC_URL must be https:// (the token travels with every request)');
  // a token pasted with a newline (a CI secret, `echo`) is the same token: HEC tokens hold no whitespace
  const token =
    env.SPS_AUDIT_HEC_TOKEN?.trim() ||
    readFile(env.SPS_AUDIT_HEC_TOKEN_FILE, cwd, 'SPS_AUDIT_HEC_TOKEN_FILE');
  if (!token)
    throw new AuditSettingsError(
      'SPS_AUDIT_HEC_URL is set but no token: set SPS_AUDIT_HEC_TOKEN or SPS_AUDIT_HEC_TOKEN_FILE',
    );
  const ca = readFile(env.SPS_AUDIT_HEC_CA_FILE, cwd, 'SPS_AUDIT_HEC_CA_FILE');
  return {
    url: parsed.origin,
    token,
    ...(env.SPS_AUDIT_HEC_INDEX ? { index: env.SPS_AUDIT_HEC_INDEX } : {}),
    sourcetype: env.SPS_AUDIT_HEC_SOURCETYPE || '_json',
    ...(ca ? { ca } : {}),
    spool: resolve(cwd, env.SPS_AUDIT_SPOOL || '.sps-audit'),
    actor: env.SPS_AUDIT_ACTOR || env.GITHUB_ACTOR || env.GITLAB_USER_LOGIN || env.USER || 'unknown',
    waitMs: durationOf(env, 'SPS_AUDIT_WAIT', 0),
    ackTimeoutMs: durationOf(env, 'SPS_AUDIT_ACK_TIMEOUT', 30_000),
    spoolLimit: countOf(env, 'SPS_AUDIT_SPOOL_LIMIT', 1000),
  };
}

function readFile(file: string | undefined, cwd: string, variable: string): string | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(resolve(cwd, file), 'utf8').trim();
  } catch (err) {
    throw new AuditSettingsError(
      `cannot read ${variable} ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

function durationOf(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (!text) return fallback;
  const ms = parseDuration(text);
  if (ms === undefined)
    throw new AuditSettingsError(`${name}="${text}" is not a duration (examples: ${DURATION_EXAMPLES})`);
  return ms;
}

function countOf(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (!text) return fallback;
  if (!/^\d+$/.test(text)) throw new AuditSettingsError(`${name}="${text}" is not a whole number`);
  return Number(text);
}
