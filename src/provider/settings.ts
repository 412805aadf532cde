/**
 * Provider settings: the `provider "sps" {}` block, with the SPS_* environment variables as
 * fallbacks (the same names the CLI reads).
 */
import { SpsClient } from '../client';
import { VERSION } from '../version';
import { SpsInterruptedError, type LiveObject, type LiveState } from '../reconcile';
import type { KindName } from '../model';
import {
  DURATION_EXAMPLES,
  ENV,
  parseDuration,
  resolveSettings,
  type SettingName,
  type SettingProblem,
  type Settings,
} from '../settings';
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
          'How long an apply waits for a configuration lock held by another session, e.g. "60s", "5m", "1h". Default "60s". Env: SPS_LOCK_TIMEOUT.',
      },
      validate_on_plan: {
        type: T.bool,
        optional: true,
        description:
          'Stage every plan in an SPS transaction and roll it back, so the plan shows what SPS itself accepts. Env: SPS_VALIDATE_ON_PLAN.',
      },
      write_concurrency: {
        type: T.number,
        optional: true,
        description:
          'Writes in flight at once inside the one transaction of an apply, where they do not depend on each other (referents are still created first, deletes go last, one at a time). The SPS documentation does not say whether an appliance serializes requests within a transaction, so the default is 1; an appliance that refuses gets the rest one at a time, with a warning. From 1 to 32. Env: SPS_WRITE_CONCURRENCY.',
      },
    },
  },
};

/** The provider's settings are the shared ones (src/settings): the same variables and defaults as the CLI. */
export type ProviderSettings = Settings;

/** The provider block's attribute for each setting (diagnostics point at it). */
const ATTRIBUTE: Partial<Record<SettingName, string>> = {
  url: 'url',
  username: 'username',
  password: 'password',
  caFile: 'ca_file',
  insecure: 'insecure',
  lockTimeout: 'lock_timeout',
  validateOnPlan: 'validate_on_plan',
  writeConcurrency: 'write_concurrency',
};

/** Returns undefined when values are still unknown (Terraform configures again later). */
export function readSettings(
  config: TfValue,
  env: NodeJS.ProcessEnv,
  diags: Diagnostics,
): ProviderSettings | undefined {
  if (!isObjectValue(config) || !isWhollyKnown(config)) return undefined;
  const str = (name: string) => (typeof config[name] === 'string' ? (config[name] as string) : undefined);
  const bool = (name: string) => (typeof config[name] === 'boolean' ? (config[name] as boolean) : undefined);
  const resolved = resolveSettings(
    {
      url: str('url'),
      username: str('username'),
      password: str('password'),
      caFile: str('ca_file'),
      insecure: bool('insecure'),
      lockTimeout: str('lock_timeout'),
      validateOnPlan: bool('validate_on_plan'),
      writeConcurrency: typeof config.write_concurrency === 'number' ? config.write_concurrency : undefined,
    },
    env,
  );
  for (const p of resolved.problems) report(p, diags);
  return resolved.settings;
}

function report(p: SettingProblem, diags: Diagnostics): void {
  const envName = ENV[p.setting as keyof typeof ENV];
  const attribute = ATTRIBUTE[p.setting] ?? envName; // settings only the environment gives
  const path = ATTRIBUTE[p.setting] ? AttributePath.root(ATTRIBUTE[p.setting]!) : undefined;
  const summary =
    p.setting === 'lockTimeout'
      ? 'Invalid lock_timeout'
      : p.setting === 'insecure'
        ? 'Conflicting TLS settings'
        : p.message.startsWith('no ')
          ? `Missing ${attribute}`
          : `Invalid ${attribute}`;
  const detail = p.message.startsWith('no ')
    ? `Set ${attribute} in the provider block or the ${envName} environment variable.`
    : `${p.message}.`;
  diags.addError(summary, detail, path);
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
    report(
      { setting: 'lockTimeout', message: `"${lockText}" is not a duration (examples: ${DURATION_EXAMPLES})` },
      diags,
    );
  if (typeof config.ca_file === 'string' && config.ca_file !== '' && config.insecure === true)
    report({ setting: 'insecure', message: 'insecure and a CA file are mutually exclusive' }, diags);
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

  /**
   * Whole kinds read by a refresh in this process (Terraform's plan walk reads, then plans): a plan
   * uses them instead of reading them again. Forgotten once anything is applied.
   */
  readonly refreshed = new RecentReads();

  configure(settings: ProviderSettings): void {
    this.#settings = settings;
    this.#planner = undefined; // Terraform configures each process (one walk) once
  }

  /**
   * The resource that planned against this provider's appliance in this walk. Terraform plans each
   * resource instance once per walk, in a process of its own per provider configuration, so a second
   * plan in one walk is a second resource managing the same appliance: undefined when `resource` may
   * plan, else the one that came first.
   */
  claim(resource: string): string | undefined {
    if (this.#planner === undefined) this.#planner = resource;
    else return this.#planner;
    return undefined;
  }
  #planner?: string;
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
      writeConcurrency: this.#settings.writeConcurrency,
      userAgent: `terraform-provider-sps/${VERSION}`,
    });
    return this.#client;
  }
  async close(): Promise<void> {
    await this.#client?.close();
  }
}

/** Kinds read whole from the appliance, as read; any sps_configuration of this provider may use them. */
export class RecentReads {
  readonly #objects = new Map<KindName, ReadonlyMap<string, LiveObject>>();
  readonly #namesByKey = new Map<KindName, ReadonlyMap<string, string>>();

  remember(live: LiveState): void {
    for (const [kind, byName] of live.objects) this.#objects.set(kind, byName);
    for (const [kind, names] of live.namesByKey) this.#namesByKey.set(kind, names);
  }

  /** What was read since the last apply, or undefined. */
  get live(): LiveState | undefined {
    if (this.#objects.size === 0) return undefined;
    return { objects: new Map(this.#objects), namesByKey: new Map(this.#namesByKey) };
  }

  forget(): void {
    this.#objects.clear();
    this.#namesByKey.clear();
  }
}
