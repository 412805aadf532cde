/**
 * Provider settings: the `provider "sps" {}` block, with the SPS_* environment variables as
 * fallbacks (the same names the CLI reads).
 */
import { SpsClient } from '../client';
import { VERSION } from '../version';
import { SpsInterruptedError } from '../reconcile';
import { Diagnostics, AttributePath, T, isObjectValue, isWhollyKnown, type Schema, type TfValue } from './tf';

export const providerSchema: Schema = {
  block: {
    description: 'Connection to one SPS appliance (the Central Management node in a cluster).',
    attributes: {
      url: {
        type: T.string,
        optional: true,
        description: 'Base URL of the appliance, e.g. https://sps.example.com. Env: SPS_URL.',
      },
      username: {
        type: T.string,
        optional: true,
        description: 'REST user with the REST server privilege. Env: SPS_USERNAME.',
      },
      password: {
        type: T.string,
        optional: true,
        sensitive: true,
        description: 'Password of the user. Env: SPS_PASSWORD.',
      },
      ca_file: {
        type: T.string,
        optional: true,
        description: 'PEM file of the CA that signed the appliance certificate. Env: SPS_CA_FILE.',
      },
      insecure: {
        type: T.bool,
        optional: true,
        description: 'Skip TLS verification (explicit opt-in, testing only). Env: SPS_INSECURE.',
      },
      lock_timeout: {
        type: T.string,
        optional: true,
        description:
          'How long an apply waits for a configuration lock held by another session, e.g. "60s", "5m". Default "60s".',
      },
      validate_on_plan: {
        type: T.bool,
        optional: true,
        description:
          'Stage every plan in an SPS transaction and roll it back, so the plan shows what SPS itself accepts.',
      },
    },
  },
};

export interface ProviderSettings {
  readonly url: string;
  readonly username: string;
  readonly password: string;
  readonly caFile?: string;
  readonly insecure: boolean;
  readonly lockTimeoutMs: number;
  readonly validateOnPlan: boolean;
  /** Prove from the changelog, before committing, that the transaction holds every write. */
  readonly checkTransaction: boolean;
}

/** Parses `90s`, `5m`, `1h`, or a bare number of seconds. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m) return undefined;
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return Math.round(Number(m[1]) * unit);
}

/** Returns undefined when values are still unknown (Terraform configures again later). */
export function readSettings(
  config: TfValue,
  env: NodeJS.ProcessEnv,
  diags: Diagnostics,
): ProviderSettings | undefined {
  if (!isObjectValue(config) || !isWhollyKnown(config)) return undefined;
  const str = (name: string, envName: string): string | undefined => {
    const v = config[name];
    return typeof v === 'string' && v !== '' ? v : env[envName] || undefined;
  };
  const bool = (name: string, envName: string): boolean => {
    const v = config[name];
    if (typeof v === 'boolean') return v;
    return /^(1|true|yes)$/i.test(env[envName] ?? '');
  };
  const url = str('url', 'SPS_URL');
  const username = str('username', 'SPS_USERNAME');
  const password = str('password', 'SPS_PASSWORD');
  for (const [name, value, envName] of [
    ['url', url, 'SPS_URL'],
    ['username', username, 'SPS_USERNAME'],
    ['password', password, 'SPS_PASSWORD'],
  ] as const) {
    if (!value)
      diags.addError(
        `Missing ${name}`,
        `Set ${name} in the provider block or the ${envName} environment variable.`,
        AttributePath.root(name),
      );
  }
  const lockText = str('lock_timeout', 'SPS_LOCK_TIMEOUT') ?? '60s';
  const lockTimeoutMs = parseDuration(lockText);
  if (lockTimeoutMs === undefined) invalidLockTimeout(lockText, diags);
  const caFile = str('ca_file', 'SPS_CA_FILE');
  const insecure = bool('insecure', 'SPS_INSECURE');
  if (caFile && insecure) conflictingTls(diags);
  if (diags.hasError()) return undefined;
  return {
    url: url!,
    username: username!,
    password: password!,
    caFile,
    insecure,
    lockTimeoutMs: lockTimeoutMs!,
    validateOnPlan: bool('validate_on_plan', 'SPS_VALIDATE_ON_PLAN'),
    checkTransaction: !/^(0|off|false|no)$/i.test(env.SPS_TRANSACTION_CHECK ?? ''),
  };
}

/**
 * `terraform validate`: what the provider block itself gets wrong, judged without the environment
 * (Terraform validates before it configures, and SPS_* may fill what the block leaves out).
 * Unknown values are skipped; configure checks them once known.
 */
export function validateSettingsBlock(config: TfValue, diags: Diagnostics): void {
  if (!isObjectValue(config)) return;
  const lockText = config.lock_timeout;
  if (typeof lockText === 'string' && parseDuration(lockText) === undefined)
    invalidLockTimeout(lockText, diags);
  if (typeof config.ca_file === 'string' && config.ca_file !== '' && config.insecure === true)
    conflictingTls(diags);
}

function invalidLockTimeout(text: string, diags: Diagnostics): void {
  diags.addError(
    'Invalid lock_timeout',
    `"${text}" is not a duration such as "60s" or "5m".`,
    AttributePath.root('lock_timeout'),
  );
}

function conflictingTls(diags: Diagnostics): void {
  diags.addError(
    'Conflicting TLS settings',
    'ca_file and insecure are mutually exclusive.',
    AttributePath.root('insecure'),
  );
}

/**
 * One client per provider process: one keep-alive pool per appliance. Also the stop switch:
 * StopProvider (Ctrl-C in Terraform) and SIGTERM interrupt the work in flight — an apply rolls back
 * and releases the configuration lock — and `stop()` resolves once that work has ended.
 */
export class ProviderRuntime {
  #settings?: ProviderSettings;
  #client?: SpsClient;
  readonly #stop = new AbortController();
  readonly #working = new Set<Promise<unknown>>();

  /** Aborted by StopProvider; its reason is an SpsInterruptedError. */
  get interrupt(): AbortSignal {
    return this.#stop.signal;
  }

  /** Runs work that `stop()` must wait for (applies, device validation). */
  async track<T>(work: () => Promise<T>): Promise<T> {
    const running = work();
    this.#working.add(running);
    try {
      return await running;
    } finally {
      this.#working.delete(running);
    }
  }

  async stop(reason = 'StopProvider'): Promise<void> {
    if (!this.#stop.signal.aborted) this.#stop.abort(new SpsInterruptedError(reason));
    await Promise.allSettled([...this.#working]);
  }

  configure(settings: ProviderSettings): void {
    this.#settings = settings;
  }
  get settings(): ProviderSettings | undefined {
    return this.#settings;
  }
  client(): SpsClient {
    if (!this.#settings)
      throw new Error('the sps provider is not configured (url, username and password are needed)');
    this.#client ??= new SpsClient({
      url: this.#settings.url,
      username: this.#settings.username,
      password: this.#settings.password,
      caFile: this.#settings.caFile,
      insecure: this.#settings.insecure,
      userAgent: `terraform-provider-sps/${VERSION}`,
    });
    return this.#client;
  }
  async close(): Promise<void> {
    await this.#client?.close();
  }
}
