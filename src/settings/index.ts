/**
 * Where the appliance is and how to apply to it, for the CLI and the Terraform provider alike: the
 * same SPS_* environment variables, the same duration syntax, one set of defaults. Each front end
 * passes what its user wrote (flags, the provider block); anything left unset falls back to the
 * environment, then to the defaults here. Problems are returned per setting, for each front end to
 * report its own way (an error naming the flag; a diagnostic at the attribute).
 */
import { DEFAULT_LOCK_TIMEOUT_MS } from '../reconcile';

/** The environment variable behind every setting. */
export const ENV = {
  url: 'SPS_URL',
  username: 'SPS_USERNAME',
  password: 'SPS_PASSWORD',
  caFile: 'SPS_CA_FILE',
  insecure: 'SPS_INSECURE',
  lockTimeout: 'SPS_LOCK_TIMEOUT',
  transactionCheck: 'SPS_TRANSACTION_CHECK',
  validateOnPlan: 'SPS_VALIDATE_ON_PLAN',
  writeConcurrency: 'SPS_WRITE_CONCURRENCY',
} as const;

export type SettingName = keyof typeof ENV | 'concurrency';

/** What the user wrote; undefined = not given (the environment, then the default, decide). */
export interface SettingsInput {
  readonly url?: string;
  readonly username?: string;
  readonly password?: string;
  readonly caFile?: string;
  readonly insecure?: boolean;
  /** A duration: `90s`, `5m`, `1h`, `500ms`, or plain seconds. */
  readonly lockTimeout?: string;
  readonly concurrency?: number | string;
  readonly transactionCheck?: boolean;
  readonly validateOnPlan?: boolean;
  readonly writeConcurrency?: number | string;
}

export interface Settings {
  readonly url: string;
  readonly username: string;
  readonly password: string;
  readonly caFile?: string;
  /** CA PEM held in memory (the embedded emulator's). */
  readonly ca?: string;
  readonly insecure: boolean;
  readonly lockTimeoutMs: number;
  /** Parallel reads; undefined = the client's default. */
  readonly concurrency?: number;
  /** Prove from the changelog, before committing, that the transaction holds every write. */
  readonly checkTransaction: boolean;
  /** Stage every plan in a transaction and roll it back (the provider's validate_on_plan). */
  readonly validateOnPlan: boolean;
  /** Independent writes in flight at once inside the transaction (1: one at a time). */
  readonly writeConcurrency: number;
}

export interface SettingProblem {
  readonly setting: SettingName;
  readonly message: string;
}

export type Resolved =
  | { readonly settings: Settings; readonly problems: readonly [] }
  | {
      readonly settings?: undefined;
      readonly problems: readonly SettingProblem[];
    };

const TRUE = /^(1|true|yes|on)$/i;
const FALSE = /^(0|false|no|off)$/i;

/** `90s`, `5m`, `1h`, `500ms`, or plain seconds; undefined when it is none of these. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return Math.round(Number(m[1]) * unit);
}

export const DURATION_EXAMPLES = '60s, 5m, 1h, 500ms';

export function resolveSettings(given: SettingsInput, env: NodeJS.ProcessEnv): Resolved {
  const problems: SettingProblem[] = [];
  const text = (name: keyof typeof ENV, value: string | undefined): string | undefined =>
    value !== undefined && value !== '' ? value : env[ENV[name]] || undefined;
  const flag = (name: keyof typeof ENV, value: boolean | undefined, fallback: boolean): boolean => {
    if (value !== undefined) return value;
    const raw = env[ENV[name]];
    if (raw === undefined || raw === '') return fallback;
    if (TRUE.test(raw)) return true;
    if (FALSE.test(raw)) return false;
    problems.push({
      setting: name,
      message: `${ENV[name]}="${raw}" is not a yes/no value (1, true, yes, on / 0, false, no, off)`,
    });
    return fallback;
  };

  const url = text('url', given.url);
  const username = text('username', given.username);
  const password = text('password', given.password);
  for (const [name, value] of [
    ['url', url],
    ['username', username],
    ['password', password],
  ] as const)
    if (!value)
      problems.push({
        setting: name,
        message: `no ${name === 'url' ? 'appliance URL' : name}: set ${ENV[name]}`,
      });

  const caFile = text('caFile', given.caFile);
  const insecure = flag('insecure', given.insecure, false);
  if (insecure && caFile)
    problems.push({ setting: 'insecure', message: 'insecure and a CA file are mutually exclusive' });

  const lockText = text('lockTimeout', given.lockTimeout);
  const lockTimeoutMs = lockText === undefined ? DEFAULT_LOCK_TIMEOUT_MS : parseDuration(lockText);
  if (lockTimeoutMs === undefined)
    problems.push({
      setting: 'lockTimeout',
      message: `"${lockText}" is not a duration (examples: ${DURATION_EXAMPLES})`,
    });

  let concurrency: number | undefined;
  if (given.concurrency !== undefined) {
    concurrency = Number(given.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
      problems.push({
        setting: 'concurrency',
        message: `expected an integer from 1 to 64, got "${given.concurrency}"`,
      });
  }

  const writeText =
    given.writeConcurrency !== undefined && given.writeConcurrency !== ''
      ? String(given.writeConcurrency)
      : env[ENV.writeConcurrency] || undefined;
  const writeConcurrency = writeText === undefined ? 1 : Number(writeText);
  if (!Number.isInteger(writeConcurrency) || writeConcurrency < 1 || writeConcurrency > 32)
    problems.push({
      setting: 'writeConcurrency',
      message: `expected an integer from 1 to 32 (writes in flight at once), got "${writeText}"`,
    });

  const checkTransaction = flag('transactionCheck', given.transactionCheck, true);
  const validateOnPlan = flag('validateOnPlan', given.validateOnPlan, false);
  if (problems.length) return { problems };
  return {
    settings: {
      url: url!,
      username: username!,
      password: password!,
      ...(caFile ? { caFile } : {}),
      insecure,
      lockTimeoutMs: lockTimeoutMs!,
      ...(concurrency !== undefined ? { concurrency } : {}),
      checkTransaction,
      validateOnPlan,
      writeConcurrency,
    },
    problems: [],
  };
}

/** The one warning for switched-off TLS verification, shown on every run. */
export function insecureWarning(url: string, source: string): string {
  return `TLS certificate verification is OFF (${source}): anyone on the network path to ${url} can read and change what is sent, credentials included`;
}
