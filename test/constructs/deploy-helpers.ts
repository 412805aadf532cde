/**
 * What the deploy tests share: the real `cdktf` CLI run asynchronously (the emulator lives in the test
 * process and must keep serving), the sps CLI run in-process against any emulator, and the scan for
 * secret canaries in files at rest.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { run as runSps } from '../../src/cli/main';
import type { RunningEmulator } from '../../src/emulator';
import { REPO_ROOT } from './helpers';

export const BIN = path.join(REPO_ROOT, 'node_modules', '.bin');

/** Runs a command asynchronously and collects everything it printed. */
export function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeout = 120_000,
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** `sps <argv>` in-process against `emulator` (its CA in `caFile`), with `env` added. */
export async function sps(
  emulator: RunningEmulator,
  caFile: string,
  argv: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runSps(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    env: {
      SPS_URL: emulator.url,
      SPS_USERNAME: emulator.username,
      SPS_PASSWORD: emulator.password,
      SPS_CA_FILE: caFile,
      ...env,
    },
    isTTY: { stdout: false, stderr: false, stdin: false },
    cwd,
  });
  return { code, stdout, stderr };
}

/** Every file under `dir`, as text (binary bytes decoded lossily: a canary is ASCII). */
export function filesUnder(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile())
    .map((file) => ({ file, text: readFileSync(file).toString('latin1') }));
}

/** Throws, naming the place and the canary's start (never all of it), when `text` holds one. */
export function expectNoCanary(canaries: readonly string[], where: string, text: string): void {
  for (const canary of canaries)
    if (text.includes(canary)) throw new Error(`${where} holds the secret canary ${canary.slice(0, 12)}…`);
}
