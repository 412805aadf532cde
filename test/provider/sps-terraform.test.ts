/**
 * Real Terraform (1.11.4) with the real `sps` provider, installed into a filesystem mirror, against
 * the emulator: init offline, validate, plan, apply, an empty follow-up plan, drift made with the
 * client in its own transaction, import, the schema document, destroy. One workspace for the file;
 * skipped with a loud warning when terraform is not on PATH.
 *
 * Terraform runs asynchronously: the emulator lives in this process and must keep answering.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { SpsClient } from '../../src/client';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { kindOf } from '../../src/model';
import { installIntoMirror } from '../../src/provider/install';
import { CANARIES, HEC_TOKEN_CANARY, SCHEMA_FILE, SMB_PASSWORD_CANARY } from './sps-fixtures/configuration';

const terraformAvailable = spawnSync('sh', ['-c', 'command -v terraform']).status === 0;
if (!terraformAvailable)
  console.warn('\n!!! terraform is not on PATH: SKIPPING the real-Terraform sps provider tests !!!\n');
const describeWithTerraform = terraformAvailable ? describe : describe.skip;

const ADDRESS = 'sps_configuration.main';
const PROVIDER_ADDRESS = 'registry.terraform.io/sps-iac/sps';

describeWithTerraform('terraform with the sps provider against the emulator', () => {
  let dir: string;
  let emulator: RunningEmulator;
  let env: NodeJS.ProcessEnv;
  /** Everything terraform printed, for the secrets check. */
  let transcript = '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'sps-tf-'));
    emulator = await startEmulator();
    const caFile = path.join(dir, 'ca.pem');
    emulator.writeCaFile(caFile);
    copyFileSync(path.join(__dirname, 'sps-fixtures', 'main.tf'), path.join(dir, 'main.tf'));
    const mirror = installIntoMirror(path.join(dir, 'mirror'));
    const inherited = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('SPS_') && !k.startsWith('TF_')),
    );
    env = {
      ...inherited,
      TF_CLI_CONFIG_FILE: mirror.cliConfigFile,
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      TF_VAR_sps_url: emulator.url,
      TF_VAR_sps_username: emulator.username,
      TF_VAR_sps_password: emulator.password,
      TF_VAR_sps_ca_file: caFile,
      TF_VAR_hec_token: HEC_TOKEN_CANARY,
      TF_VAR_smb_password: SMB_PASSWORD_CANARY,
    };
  });
  afterAll(async () => {
    await emulator?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const terraform = (...args: string[]) =>
    new Promise<{ status: number | null; output: string; stdout: string; ms: number }>((resolve, reject) => {
      const started = performance.now();
      const child = spawn('terraform', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
      child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      child.once('error', reject);
      child.once('close', (status) => {
        clearTimeout(timer);
        transcript += stdout + stderr;
        resolve({ status, output: stdout + stderr, stdout, ms: performance.now() - started });
      });
    });
  const commits = () => emulator.stats().commits;

  test('init from the mirror, validate, plan, apply, no-op plan', async () => {
    const init = await terraform('init', '-no-color');
    expect(init.output).toContain('Terraform has been successfully initialized!');
    expect(init.output).toMatch(/Installing sps-iac\/sps v0\.1\.0/);
    expect(init.status).toBe(0);
    expect(existsSync(path.join(dir, '.terraform.lock.hcl'))).toBe(true);

    const validate = await terraform('validate', '-no-color');
    expect(validate.output).toContain('The configuration is valid');
    expect(validate.status).toBe(0);

    const plan = await terraform('plan', '-no-color');
    expect(plan.status).toBe(0);
    expect(plan.output).toContain(`${ADDRESS} will be created`);
    // secrets are write-only: shown as such, never as a value, and tracked by a version
    expect(plan.output).toMatch(/token += \(write-only attribute\)/);
    expect(plan.output).toMatch(/"\/splunk_forwarder\/token" += "1"/);
    expect(plan.output).toContain('Plan: 1 to add, 0 to change, 0 to destroy.');

    const before = commits();
    const apply = await terraform('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
    expect(apply.status).toBe(0);
    expect(apply.output).toMatch(/firmware = "\S+"/); // data.sps_appliance read after configure
    expect(commits()).toBe(before + 1);
    const committed = emulator.committed();
    expect(Object.values(committed.backup_policies).map((p) => p.name)).toEqual(['nightly']);

    const again = await terraform('plan', '-detailed-exitcode', '-no-color');
    expect(again.output).toContain('No changes.');
    expect(again.status).toBe(0);
    console.log(`terraform plan with no changes: ${Math.round(again.ms)} ms`);
    expect(commits()).toBe(before + 1);
  });

  test('drift made out of band shows in plan (exit 2, the field named) and apply repairs it', async () => {
    const client = new SpsClient({
      url: emulator.url,
      username: emulator.username,
      password: emulator.password,
      caFile: path.join(dir, 'ca.pem'),
    });
    const audit = kindOf('audit_policies');
    try {
      await client.withTransaction(async (tx) => {
        const signed = (await tx.readAll(audit)).find((o) => o.body.name === 'signed')!;
        await tx.replace(audit, signed.key, {
          ...audit.fromServer(signed.body),
          timestamping_enabled: false,
        });
      });
    } finally {
      await client.close();
    }

    const drift = await terraform('plan', '-detailed-exitcode', '-no-color');
    expect(drift.status).toBe(2);
    expect(drift.output).toContain(`${ADDRESS} will be updated in-place`);
    expect(drift.output).toMatch(/~ timestamping_enabled += false -> true/);
    expect(drift.output).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');

    const before = commits();
    const apply = await terraform('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('Apply complete! Resources: 0 added, 1 changed, 0 destroyed.');
    expect(commits()).toBe(before + 1);
    const signed = Object.values(emulator.committed().audit_policies).find((p) => p.name === 'signed');
    expect(signed?.timestamping_enabled).toBe(true);
    expect((await terraform('plan', '-detailed-exitcode', '-no-color')).status).toBe(0);
  });

  test('state rm, import by id, then plan has no changes', async () => {
    const rm = await terraform('state', 'rm', '-no-color', ADDRESS);
    expect(rm.output).toContain('Successfully removed 1 resource instance(s).');
    const before = commits();
    const imported = await terraform(
      'import',
      '-no-color',
      ADDRESS,
      'audit_policies/signed,backup_policies/nightly,splunk_forwarder,system_backup',
    );
    expect(imported.output).toContain('Import successful!');
    expect(imported.status).toBe(0);
    const plan = await terraform('plan', '-detailed-exitcode', '-no-color');
    expect(plan.output).toContain('No changes.');
    expect(plan.status).toBe(0);
    expect(commits()).toBe(before);
  });

  test('terraform providers schema -json equals schema/sps.schema.json', async () => {
    const schema = await terraform('providers', 'schema', '-json');
    expect(schema.status).toBe(0);
    const printed = JSON.parse(schema.stdout).provider_schemas[PROVIDER_ADDRESS];
    const checkedIn = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')).provider_schemas[PROVIDER_ADDRESS];
    expect(printed).toEqual(checkedIn);
  });

  test('destroy deletes the owned policies in one commit', async () => {
    const before = commits();
    const destroy = await terraform('destroy', '-auto-approve', '-no-color');
    expect(destroy.output).toContain('Destroy complete! Resources: 1 destroyed.');
    expect(destroy.status).toBe(0);
    expect(commits()).toBe(before + 1);
    const committed = emulator.committed();
    expect(Object.values(committed.audit_policies).map((p) => p.name)).toEqual(['default']);
    expect(committed.backup_policies ?? {}).toEqual({});
  });

  test('the secrets never appeared in terraform output', () => {
    expect(transcript.length).toBeGreaterThan(1000);
    for (const canary of CANARIES) expect(transcript).not.toContain(canary);
  });
});
