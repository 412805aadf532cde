/**
 * No secret at rest, end to end: `cdktf synth` (the real CLI) of secrets-app.ts, which sets every
 * kind of secret the constructs can set from ephemeral variables, then real `terraform plan -out`,
 * `apply`, `show -json` against the emulator. The state file, the saved plan (unzipped) and
 * `terraform show -json` hold no canary; the appliance got every one; a rotated secret plans as a
 * change of `secret_versions` only, and applies. Skipped with a loud warning without terraform.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { openWorkspace, terraformAvailable, type Workspace } from '../provider/terraform-workspace';
import { RSYNC_PRIVATE_KEY } from '../reconcile/fixtures';
import { BIN, expectNoCanary as expectNoCanaryOf, filesUnder, run } from './deploy-helpers';
import { REPO_ROOT } from './helpers';

if (!terraformAvailable)
  console.warn('\n!!! terraform is not on PATH: SKIPPING the no-secret-at-rest deploy test !!!\n');
const describeWithTerraform = terraformAvailable ? describe : describe.skip;

const PROVIDER_PASSWORD = 'canary-provider-password-4xQ';
/** A line of the PEM's base64 body: the key, whatever form it is kept in. */
const KEY_LINE = RSYNC_PRIVATE_KEY.split('\n')[3];
const VARIABLES = {
  sps_password: PROVIDER_PASSWORD,
  hec_token: 'canary-hec-token-7Rv',
  rsync_private_key: RSYNC_PRIVATE_KEY,
  backup_smb_password: 'canary-backup-smb-2Lp',
  archive_smb_password: 'canary-archive-smb-9Ke',
  gateway_password: 'canary-gateway-password-5Td',
};
const ROTATED = { hec_token: 'canary-rotated-hec-3Wz', gateway_password: 'canary-rotated-gateway-8Mn' };
const CANARIES = [
  ...Object.values(VARIABLES).filter((v) => v !== RSYNC_PRIVATE_KEY),
  KEY_LINE,
  ...Object.values(ROTATED),
];
const GATEWAY_VERSION = '/pass_through/ssh~1connections/objects/ops-gw/credential_store/password';

const expectNoCanary = (where: string, text: string): void => expectNoCanaryOf(CANARIES, where, text);

describeWithTerraform('cdktf synth and terraform apply keep no secret at rest', () => {
  let dir: string;
  let emulator: RunningEmulator;
  let ws: Workspace;

  beforeAll(async () => {
    emulator = await startEmulator({ password: PROVIDER_PASSWORD });
    dir = mkdtempSync(path.join(tmpdir(), 'sps-secrets-synth-'));
    writeFileSync(
      path.join(dir, 'cdktf.json'),
      JSON.stringify({
        language: 'typescript',
        app: `${path.join(BIN, 'tsx')} ${path.join(REPO_ROOT, 'test/constructs/secrets-app.ts')}`,
        sendCrashReports: 'false',
        terraformProviders: [],
      }),
    );
    const synth = await run(path.join(BIN, 'cdktf'), ['synth'], dir, {
      ...process.env,
      CHECKPOINT_DISABLE: '1',
      CI: '1',
      FORCE_COLOR: '0',
    });
    if (synth.status !== 0) throw new Error(`cdktf synth failed (exit ${synth.status}):\n${synth.output}`);
    const json = JSON.parse(readFileSync(path.join(dir, 'cdktf.out/stacks/sps-secrets/cdk.tf.json'), 'utf8'));
    expectNoCanary('cdk.tf.json', JSON.stringify(json));
    delete json.terraform.backend; // the state in the workspace: terraform.tfstate
    // the provider's password comes from its ephemeral variable, or not at all
    ws = openWorkspace(emulator, VARIABLES, { SPS_PASSWORD: 'not-the-password' });
    ws.config(json);
  }, 120_000);

  afterAll(async () => {
    await emulator?.close();
    ws?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('plan -out, apply the saved plan, show -json: the appliance got every secret, no file or output holds one', async () => {
    expect((await ws.terraform('init', '-no-color')).status).toBe(0);
    const plan = await ws.terraform('plan', '-no-color', '-out=tfplan');
    expect(plan.output).toContain('Plan: 1 to add');
    expect(plan.status).toBe(0);
    const unzipped = path.join(ws.dir, 'tfplan.d');
    const unzip = spawnSync('unzip', ['-q', '-o', path.join(ws.dir, 'tfplan'), '-d', unzipped]);
    expect(unzip.status).toBe(0);
    const planFiles = filesUnder(unzipped);
    expect(planFiles.map((f) => path.basename(f.file))).toContain('tfplan');
    for (const f of planFiles) expectNoCanary(`the saved plan's ${path.basename(f.file)}`, f.text);

    // ephemeral variables are given again at apply (TF_VAR_*), never read from the plan
    const apply = await ws.terraform('apply', '-no-color', 'tfplan');
    expect(apply.output).toContain('Apply complete! Resources: 1 added');
    const committed = emulator.committed();
    const all = JSON.stringify(committed);
    for (const value of Object.values(VARIABLES).filter((v) => v !== PROVIDER_PASSWORD))
      expect(all).toContain(JSON.stringify(value).slice(1, -1));
    expect(Object.values(committed['ssh/connections']).find((c) => c.name === 'ops-gw')).toMatchObject({
      credential_store: { password: VARIABLES.gateway_password },
    });

    const state = readFileSync(path.join(ws.dir, 'terraform.tfstate'), 'utf8');
    expectNoCanary('terraform.tfstate', state);
    const resource = JSON.parse(state).resources[0].instances[0].attributes;
    expect(resource.secret_versions).toMatchObject({
      '/splunk_forwarder/token': '1',
      [GATEWAY_VERSION]: '1',
    });
    expect(resource.secrets).toBeNull();
    const show = await ws.terraform('show', '-json');
    expect(show.status).toBe(0);
    expectNoCanary('terraform show -json', show.stdout);
    const again = await ws.terraform('plan', '-no-color', '-detailed-exitcode');
    expect(again.output).toContain('No changes.');
    expect(again.status).toBe(0);
    expectNoCanary("terraform's output", ws.transcript());
  }, 240_000);

  test('a rotated secret (a new TF_VAR value) plans as a change of secret_versions, and applies', async () => {
    const rotated = Object.entries(ROTATED).map(([name, value]) => `-var=${name}=${value}`);
    const plan = await ws.terraform('plan', '-no-color', '-detailed-exitcode', ...rotated);
    expect(plan.status).toBe(2);
    expect(plan.output).toContain('1 to change');
    expect(plan.output).toMatch(/"\/splunk_forwarder\/token"\s+= "1" -> "2"/);
    expect(plan.output).toContain(`"${GATEWAY_VERSION}"`);
    const apply = await ws.terraform('apply', '-no-color', '-auto-approve', ...rotated);
    expect(apply.output).toContain('Apply complete! Resources: 0 added, 1 changed');
    const committed = emulator.committed();
    expect(committed.splunk_forwarder.splunk_forwarder.token).toBe(ROTATED.hec_token);
    expect(Object.values(committed['ssh/connections']).find((c) => c.name === 'ops-gw')).toMatchObject({
      credential_store: { password: ROTATED.gateway_password },
    });
    const state = readFileSync(path.join(ws.dir, 'terraform.tfstate'), 'utf8');
    expectNoCanary('terraform.tfstate after the rotation', state);
    expect(JSON.parse(state).resources[0].instances[0].attributes.secret_versions).toMatchObject({
      '/splunk_forwarder/token': '2',
      [GATEWAY_VERSION]: '2',
      '/archive_cleanup_policies/archive-smb/target/authentication/password': '1',
    });
    const again = await ws.terraform('plan', '-no-color', '-detailed-exitcode', ...rotated);
    expect(again.status).toBe(0);
    expectNoCanary("terraform's output", ws.transcript());
  }, 240_000);
});
