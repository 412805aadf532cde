/**
 * The CLI's side of the shared settings (src/settings): flags win over the SPS_* environment
 * variables. The password is read from SPS_PASSWORD or from a file (`--password-file`), never from
 * a flag value, so it never shows in `ps`, shell history or CI logs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SpsClient } from '../client';
import {
  ENV,
  insecureWarning,
  resolveSettings as resolveShared,
  type SettingName,
  type Settings,
} from '../settings';
import { SpsCliError } from './errors';
import type { CliIo, Output } from './io';

export type { Settings } from '../settings';

/** Flags shared by every command that talks to an appliance. */
export interface ConnectionFlags {
  url?: string;
  username?: string;
  passwordFile?: string;
  caFile?: string;
  insecure?: boolean;
  lockTimeout?: string;
  concurrency?: string;
  /** commander's `--no-transaction-check` sets this false. */
  transactionCheck?: boolean;
  /** `apply --write-concurrency`. */
  writeConcurrency?: string;
}

/** The flag a setting is given with (the password has none: SPS_PASSWORD or --password-file). */
const FLAG: Partial<Record<SettingName, string>> = {
  url: '--url',
  username: '--username',
  password: '--password-file',
  caFile: '--ca-file',
  insecure: '--insecure',
  lockTimeout: '--lock-timeout',
  concurrency: '--concurrency',
  transactionCheck: '--no-transaction-check',
  writeConcurrency: '--write-concurrency',
};

export function resolveSettings(flags: ConnectionFlags, io: CliIo, out: Output): Settings {
  const cwd = io.cwd ?? process.cwd();
  const password = flags.passwordFile ? readPasswordFile(flags.passwordFile, cwd) : undefined;
  const resolved = resolveShared(
    {
      url: flags.url,
      username: flags.username,
      password,
      caFile: flags.caFile,
      insecure: flags.insecure ? true : undefined,
      lockTimeout: flags.lockTimeout,
      concurrency: flags.concurrency,
      transactionCheck: flags.transactionCheck === false ? false : undefined,
      writeConcurrency: flags.writeConcurrency,
    },
    io.env,
  );
  if (!resolved.settings) {
    const p = resolved.problems[0];
    const where = FLAG[p.setting]
      ? `${FLAG[p.setting]} / ${ENV[p.setting as keyof typeof ENV] ?? ''}`.replace(/ \/ $/, '')
      : p.setting;
    throw new SpsCliError('SPS_CLI_SETTINGS', `${where}: ${p.message}`);
  }
  const settings = resolved.settings;
  out.secrets.add(settings.password);
  if (settings.insecure)
    out.err(`Warning: ${insecureWarning(settings.url, flags.insecure ? '--insecure' : 'SPS_INSECURE')}.\n`);
  return settings.caFile ? { ...settings, caFile: resolve(cwd, settings.caFile) } : settings;
}

function readPasswordFile(file: string, cwd: string): string {
  try {
    return readFileSync(resolve(cwd, file), 'utf8').replace(/\r?\n$/, '');
  } catch (err) {
    throw new SpsCliError(
      'SPS_CLI_SETTINGS',
      `cannot read --password-file ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

export function connect(settings: Settings, signal?: AbortSignal): SpsClient {
  return new SpsClient({
    ...(signal ? { signal } : {}),
    url: settings.url,
    username: settings.username,
    password: settings.password,
    ...(settings.ca ? { ca: settings.ca } : settings.caFile ? { caFile: settings.caFile } : {}),
    insecure: settings.insecure,
    ...(settings.concurrency ? { concurrency: settings.concurrency } : {}),
    writeConcurrency: settings.writeConcurrency,
  });
}
