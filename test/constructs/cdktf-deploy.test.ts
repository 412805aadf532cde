/**
 * The real thing (issue 4 §3): `cdktf deploy` of examples/basic through Terraform and our provider
 * (installed into a filesystem mirror) against the emulator over HTTPS, then `cdktf plan` must show
 * no changes. Skipped with a loud warning when terraform is not on PATH.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { installIntoMirror } from '../../src/provider/install';
import { applianceVariables, applianceVariablesEnv } from '../examples/appliance-variables';
import { REPO_ROOT } from './helpers';

const terraformAvailable = spawnSync('sh', ['-c', 'command -v terraform']).status === 0;
if (!terraformAvailable)
  console.warn('\n!!! terraform is not on PATH: SKIPPING the cdktf deploy test of examples/basic !!!\n');
const describeWithTerraform = terraformAvailable ? describe : describe.skip;

const BIN = path.join(REPO_ROOT, 'node_modules', '.bin');
const SECRETS = {
  TF_VAR_archive_share_password: 'archive-secret-1',
  TF_VAR_backup_private_key:
    '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n',
  TF_VAR_splunk_hec_token: 'hec-token-1',
};

describeWithTerraform('cdktf deploy of examples/basic against the emulator', () => {
  let dir: string;
  let emulator: RunningEmulator;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sps-cdktf-'));
    emulator = await startEmulator();
    const caFile = path.join(dir, 'sps-ca.pem');
    emulator.writeCaFile(caFile);
    const mirror = installIntoMirror(path.join(dir, 'mirror'));
    // A project of its own (state and cdktf.out stay in the temp dir), running the repo's example.
    writeFileSync(
      path.join(dir, 'cdktf.json'),
      JSON.stringify({
        language: 'typescript',
        app: `${path.join(BIN, 'tsx')} ${path.join(REPO_ROOT, 'examples/basic/main.ts')}`,
        sendCrashReports: 'false',
        terraformProviders: [],
      }),
    );
    env = {
      ...process.env,
      ...SECRETS,
      // the appliance's own objects the examples point at (TF_VAR_signing_identity_key, …)
      ...applianceVariablesEnv(emulator),
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      TF_CLI_CONFIG_FILE: mirror.cliConfigFile,
      SPS_URL: emulator.url,
      SPS_USERNAME: emulator.username,
      SPS_PASSWORD: emulator.password,
      SPS_CA_FILE: caFile,
      CI: '1',
      FORCE_COLOR: '0',
    };
  });

  afterAll(async () => {
    await emulator?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // --skip-provider-lock: cdktf otherwise runs `terraform providers lock`, which always asks
  // registry.terraform.io (the filesystem mirror does not count) and fails offline.
  // Asynchronous on purpose: the emulator lives in this process and must keep serving meanwhile.
  const cdktf = (args: string[], cwd = dir) =>
    new Promise<{ status: number | null; output: string }>((resolve, reject) => {
      const child = spawn(path.join(BIN, 'cdktf'), args, {
        cwd,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 240_000,
      });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, output }));
    });

  it('deploys the dev stack of examples/environments with SPS_* and its trusted CA list variable set, then plans no changes', async () => {
    const project = path.join(dir, 'environments');
    mkdirSync(project);
    writeFileSync(
      path.join(project, 'cdktf.json'),
      JSON.stringify({
        language: 'typescript',
        app: `${path.join(BIN, 'tsx')} ${path.join(REPO_ROOT, 'examples/environments/main.ts')}`,
        sendCrashReports: 'false',
        terraformProviders: [],
      }),
    );
    const deploy = await cdktf(['deploy', 'sps-dev', '--auto-approve', '--skip-provider-lock'], project);
    if (deploy.status !== 0)
      throw new Error(`cdktf deploy failed (exit ${deploy.status}):\n${deploy.output}`);
    const committed = JSON.stringify(emulator.committed());
    for (const name of ['dev-audit', 'trail-archive', 'dangerous-commands'])
      expect(committed).toContain(`"${name}"`);
    const plan = await cdktf(['plan', 'sps-dev', '--skip-provider-lock'], project);
    if (plan.status !== 0) throw new Error(`cdktf plan failed (exit ${plan.status}):\n${plan.output}`);
    expect(plan.output).toMatch(/No changes/);
  }, 300_000);

  it('deploys, commits every kind on the appliance, and plans no changes afterwards', async () => {
    const deploy = await cdktf(['deploy', 'sps-basic', '--auto-approve', '--skip-provider-lock']);
    if (deploy.status !== 0)
      throw new Error(`cdktf deploy failed (exit ${deploy.status}):\n${deploy.output}`);

    const committed = JSON.stringify(emulator.committed());
    for (const name of [
      'pci-audit',
      'archive-to-smb',
      'cleanup-only',
      'nightly',
      'weekly-nfs',
      'dangerous-commands',
      'soc-splunk',
    ]) {
      expect(committed).toContain(`"${name}"`);
    }
    expect(committed).toContain(`"x509_identity":"${applianceVariables(emulator).signing_identity_key}"`);
    // secrets never show in what cdktf printed
    for (const value of ['archive-secret-1', 'hec-token-1', 'b3BlbnNzaC1rZXktdjEAAAAA'])
      expect(deploy.output).not.toContain(value);

    const plan = await cdktf(['plan', 'sps-basic', '--skip-provider-lock']);
    if (plan.status !== 0) throw new Error(`cdktf plan failed (exit ${plan.status}):\n${plan.output}`);
    expect(plan.output).toMatch(/No changes/);
  }, 300_000);
});
