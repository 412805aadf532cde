/**
 * Connection and behaviour settings: flags win over environment variables (SPS_URL, SPS_USERNAME,
 * SPS_PASSWORD, SPS_CA_FILE, SPS_INSECURE). The password is read from SPS_PASSWORD or from a file
 * (`--password-file`), never from a flag value, so it never shows in `ps`, shell history or CI logs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SpsClient } from '../client';
import { SpsCliError } from './errors';
import type { CliIo, Output } from './io';

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
  readonly concurrency?: number;
  /** Prove from the changelog, before committing, that the transaction holds every write.  @default true */
  readonly checkTransaction?: boolean;
}

const TRUE = new Set(['1', 'true', 'yes']);

export function resolveSettings(flags: ConnectionFlags, io: CliIo, out: Output): Settings {
  const env = io.env;
  const url = flags.url ?? env.SPS_URL;
  if (!url)
    throw new SpsCliError(
      'SPS_CLI_SETTINGS',
      'no appliance URL: pass --url or set SPS_URL (https://host[:port])',
    );
  const username = flags.username ?? env.SPS_USERNAME;
  if (!username)
    throw new SpsCliError('SPS_CLI_SETTINGS', 'no user name: pass --username or set SPS_USERNAME');
  const password = readPassword(flags.passwordFile, io);
  out.secrets.add(password);
  const insecure = flags.insecure === true || TRUE.has((env.SPS_INSECURE ?? '').toLowerCase());
  const caFile = flags.caFile ?? env.SPS_CA_FILE;
  if (insecure && caFile) {
    throw new SpsCliError(
      'SPS_CLI_SETTINGS',
      '--insecure (SPS_INSECURE) and --ca-file (SPS_CA_FILE) are mutually exclusive',
    );
  }
  if (insecure)
    out.err(
      `Warning: TLS certificate verification is OFF (${flags.insecure ? '--insecure' : 'SPS_INSECURE'}): anyone on the network path to ${url} can read and change what is sent, credentials included.\n`,
    );
  const checkOff = /^(0|off|false|no)$/i.test(env.SPS_TRANSACTION_CHECK ?? '');
  return {
    url,
    username,
    password,
    ...(caFile ? { caFile: resolve(io.cwd ?? process.cwd(), caFile) } : {}),
    insecure,
    lockTimeoutMs: parseDuration(flags.lockTimeout ?? env.SPS_LOCK_TIMEOUT ?? '60s', '--lock-timeout'),
    checkTransaction: flags.transactionCheck !== false && !checkOff,
    ...(flags.concurrency !== undefined
      ? { concurrency: parsePositiveInt(flags.concurrency, '--concurrency') }
      : {}),
  };
}

function readPassword(passwordFile: string | undefined, io: CliIo): string {
  if (passwordFile) {
    try {
      return readFileSync(resolve(io.cwd ?? process.cwd(), passwordFile), 'utf8').replace(/\r?\n$/, '');
    } catch (err) {
      throw new SpsCliError(
        'SPS_CLI_SETTINGS',
        `cannot read --password-file ${passwordFile} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
  }
  const password = io.env.SPS_PASSWORD;
  if (!password)
    throw new SpsCliError('SPS_CLI_SETTINGS', 'no password: set SPS_PASSWORD or pass --password-file FILE');
  return password;
}

/** `90s`, `2m`, `1h`, `500ms`, or plain seconds. */
export function parseDuration(text: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  if (!m)
    throw new SpsCliError(
      'SPS_CLI_USAGE',
      `${flag}: "${text}" is not a duration (examples: 60s, 2m, 1h, 500ms)`,
    );
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(m[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
  return Math.round(Number(m[1]) * unit);
}

function parsePositiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 64)
    throw new SpsCliError('SPS_CLI_USAGE', `${flag}: expected an integer from 1 to 64, got "${text}"`);
  return n;
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
  });
}
