/**
 * A Terraform working directory with the sps provider installed from a filesystem mirror, for tests
 * that run the real `terraform` binary against an emulator living in the test process (so every
 * run is asynchronous: the emulator must keep answering meanwhile).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { RunningEmulator } from '../../src/emulator';
import { installIntoMirror } from '../../src/provider/install';

export const terraformAvailable = spawnSync('sh', ['-c', 'command -v terraform']).status === 0;

export interface TerraformRun {
  readonly status: number | null;
  readonly output: string;
  readonly stdout: string;
}

export interface Workspace {
  readonly dir: string;
  /** Everything terraform printed so far, for secret checks. */
  readonly transcript: () => string;
  terraform(...args: string[]): Promise<TerraformRun>;
  /** Writes `main.tf.json` (Terraform's JSON configuration syntax). */
  config(json: unknown): void;
  /** The environment Terraform runs with (SPS_* for the emulator, TF_VAR_*). */
  readonly env: NodeJS.ProcessEnv;
  /** Sets TF_VAR_<name> for the next runs. */
  setVariable(name: string, value: string): void;
  close(): void;
}

/** `env`: more variables for Terraform and the provider it starts (e.g. SPS_AUDIT_*). */
export function openWorkspace(
  emulator: RunningEmulator,
  vars: Record<string, string> = {},
  extraEnv: NodeJS.ProcessEnv = {},
): Workspace {
  const dir = mkdtempSync(path.join(tmpdir(), 'sps-tfw-'));
  const caFile = path.join(dir, 'ca.pem');
  emulator.writeCaFile(caFile);
  const mirror = installIntoMirror(path.join(dir, 'mirror'));
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('SPS_') && !k.startsWith('TF_')),
  );
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    TF_CLI_CONFIG_FILE: mirror.cliConfigFile,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    SPS_URL: emulator.url,
    SPS_USERNAME: emulator.username,
    SPS_PASSWORD: emulator.password,
    SPS_CA_FILE: caFile,
    ...Object.fromEntries(Object.entries(vars).map(([k, v]) => [`TF_VAR_${k}`, v])),
    ...extraEnv,
  };
  let transcript = '';
  return {
    dir,
    env,
    setVariable: (name, value) => void (env[`TF_VAR_${name}`] = value),
    transcript: () => transcript,
    terraform: (...args) =>
      new Promise((resolve, reject) => {
        const child = spawn('terraform', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
        child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
        const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
        child.once('error', reject);
        child.once('close', (status) => {
          clearTimeout(timer);
          transcript += stdout + stderr;
          resolve({ status, output: stdout + stderr, stdout });
        });
      }),
    config: (json) => writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify(json, null, 2)),
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `terraform {}` + provider + one sps_configuration.main holding `document`. */
export function spsConfig(document: unknown, variables: Record<string, { sensitive?: boolean }> = {}) {
  return {
    terraform: { required_providers: { sps: { source: 'sps-iac/sps', version: '0.1.0' } } },
    ...(Object.keys(variables).length
      ? {
          variable: Object.fromEntries(
            Object.entries(variables).map(([n, v]) => [n, { type: 'string', ...v }]),
          ),
        }
      : {}),
    provider: { sps: { lock_timeout: '10s' } },
    resource: { sps_configuration: { main: document } },
  };
}
