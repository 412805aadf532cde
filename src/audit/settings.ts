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
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface AuditSettings {
  readonly url: string;
  /** Secret: never printed. */
  readonly token: string;
  readonly index?: string;
  readonly sourcetype: string;
  readonly ca?: string;
  readonly spool: string;
  readonly actor: string;
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
