/**
 * The packed package, as a user without this repository gets it: `npm pack` of the checkout, then
 * `npm install` of the tarball (dev dependencies left out) into throwaway npm projects.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';

export const ROOT = path.resolve(__dirname, '../..');
export const run = promisify(execFile);

/** `npm pack` rebuilds dist/ (prepack), so test files that pack at the same time take turns. */
const PACK_LOCK = path.join(ROOT, 'dist', '.pack-lock');
const PACK_LOCK_WAIT_MS = 300_000;

function holderAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    return true; // just created, its pid not written yet
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function withPackLock<T>(fn: () => Promise<T>): Promise<T> {
  mkdirSync(path.dirname(PACK_LOCK), { recursive: true });
  const deadline = Date.now() + PACK_LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(PACK_LOCK);
      writeFileSync(path.join(PACK_LOCK, 'pid'), String(process.pid));
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    // the holder was killed (an interrupted test run): its lock is taken over
    if (!holderAlive(PACK_LOCK)) rmSync(PACK_LOCK, { recursive: true, force: true });
    else if (Date.now() > deadline) throw new Error(`${PACK_LOCK} held by another process for too long`);
    else await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    return await fn();
  } finally {
    rmSync(PACK_LOCK, { recursive: true, force: true });
  }
}

/** Packs the checkout into `dest`; the tarball's path. */
export function packTarball(dest: string): Promise<string> {
  return withPackLock(async () => {
    const packed = await run('npm', ['pack', '--pack-destination', dest, '--loglevel=error'], {
      cwd: ROOT,
      maxBuffer: 64 << 20,
    });
    return path.join(dest, packed.stdout.trim().split('\n').pop()!);
  });
}

/** A throwaway npm project in `parent` with the tarball and `extra` packages installed, dev dependencies left out. */
export async function installApp(
  parent: string,
  name: string,
  tarball: string,
  extra: string[],
): Promise<string> {
  const dir = path.join(parent, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', private: true }));
  await run(
    'npm',
    [
      'install',
      '--omit=dev',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      tarball,
      ...extra,
    ],
    { cwd: dir, env: { ...process.env, CHECKPOINT_DISABLE: '1' }, maxBuffer: 16 << 20 },
  );
  return dir;
}

export interface Finished {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function spawnAsync(
  cmd: string,
  args: string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The sps_configuration resource of a synthesized stack, its metadata left out, with provider and required_providers. */
export function synthesizedConfiguration(stackFile: string): object {
  const json = JSON.parse(readFileSync(stackFile, 'utf8'));
  const { ['//']: meta, ...resource } = Object.values(json.resource.sps_configuration)[0] as Record<
    string,
    unknown
  >;
  void meta;
  return { resource, provider: json.provider, terraform: json.terraform.required_providers };
}
