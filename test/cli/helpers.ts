/**
 * Runs the real CLI in-process (`run(argv, io)`) against a real emulator over HTTPS, and gives
 * tests the pieces they need: a scratch directory, documents written to it, committed-state helpers.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { SpsClient } from '../../src/client';
import { run } from '../../src/cli/main';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../src/emulator';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Harness {
  readonly emu: RunningEmulator;
  readonly dir: string;
  readonly env: NodeJS.ProcessEnv;
  /** Runs `sps <argv>` with SPS_* pointing at the emulator; `env` adds or overrides variables. */
  cli(argv: string[], env?: NodeJS.ProcessEnv): Promise<CliRun>;
  /** Writes a desired document (YAML unless the name ends in .json) and returns its path. */
  write(name: string, doc: unknown): string;
  /** A second, independent REST client (another session) for changing the appliance behind the CLI's back. */
  client(): SpsClient;
  close(): Promise<void>;
}

/** One throwaway RSA key per test run, for rsync `auth_key`. */
export const TEST_PRIVATE_KEY = generateKeyPairSync('rsa', { modulusLength: 1024 })
  .privateKey.export({ type: 'pkcs1', format: 'pem' })
  .toString();

export async function startHarness(
  extraEnv: NodeJS.ProcessEnv = {},
  emulator: EmulatorOptions = {},
): Promise<Harness> {
  const emu = await startEmulator(emulator);
  const dir = mkdtempSync(join(tmpdir(), 'sps-cli-test-'));
  const caFile = join(dir, 'ca.pem');
  emu.writeCaFile(caFile);
  const env: NodeJS.ProcessEnv = {
    SPS_URL: emu.url,
    SPS_USERNAME: emu.username,
    SPS_PASSWORD: emu.password,
    SPS_CA_FILE: caFile,
    TEST_RSYNC_KEY: TEST_PRIVATE_KEY,
    TEST_SMB_PASSWORD: 'smb-test-password',
    TEST_HEC_TOKEN: 'hec-test-token',
    ...extraEnv,
  };
  const clients: SpsClient[] = [];
  return {
    emu,
    dir,
    env,
    async cli(argv, more = {}) {
      let stdout = '';
      let stderr = '';
      const code = await run(argv, {
        stdout: (s) => (stdout += s),
        stderr: (s) => (stderr += s),
        env: { ...env, ...more },
        isTTY: { stdout: false, stderr: false, stdin: false },
        cwd: dir,
      });
      return { code, stdout, stderr };
    },
    write(name, doc) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(
        path,
        name.endsWith('.json')
          ? JSON.stringify(doc, null, 2)
          : typeof doc === 'string'
            ? doc
            : stringify(doc),
      );
      return path;
    },
    client() {
      const c = new SpsClient({
        url: emu.url,
        username: emu.username,
        password: emu.password,
        ca: emu.caPem,
      });
      clients.push(c);
      return c;
    },
    async close() {
      await Promise.all(clients.map((c) => c.close()));
      await emu.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Names of the committed objects of one kind. */
export function committedNames(emu: RunningEmulator, kind: string): string[] {
  return Object.values(emu.committed()[kind] ?? {})
    .map((b) => String(b.name))
    .sort();
}

/** The committed body of the object called `name` (or the singleton). */
export function committedBody(emu: RunningEmulator, kind: string, name?: string) {
  const objects = Object.entries(emu.committed()[kind] ?? {});
  const found = name === undefined ? objects[0] : objects.find(([, b]) => b.name === name);
  return found ? { key: found[0], body: found[1] } : undefined;
}
