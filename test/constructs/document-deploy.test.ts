/**
 * document-stack.ts (examples/basic, plus pass-through objects with a secret and tokens of every
 * type) through the real `cdktf synth`, rendered into `sps_configuration` and into `sps_document`:
 * whichever resource and whichever tool — `sps apply` of the synth output, real `terraform apply` of
 * it with the provider from a filesystem mirror — the same objects reach the emulator, and each form
 * then plans no change against what the other applied. The document form keeps no secret in
 * cdk.tf.json, the saved plan (unzipped) or terraform.tfstate; a stack switching from the typed
 * resource to the document (a moved block, `resource.moveFromId`) writes nothing to the appliance.
 * Skipped with a loud warning without terraform (the sps apply part runs anyway).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { applianceVariables } from '../examples/appliance-variables';
import { openWorkspace, terraformAvailable } from '../provider/terraform-workspace';
import { RSYNC_PRIVATE_KEY } from '../reconcile/fixtures';
import { BIN, expectNoCanary, filesUnder, run, sps } from './deploy-helpers';
import { EXTRA_VARIABLES, LITERAL_TEMPLATE_TEXT } from './document-stack';
import { REPO_ROOT, type JsonObject } from './helpers';

if (!terraformAvailable)
  console.warn(
    '\n!!! terraform is not on PATH: SKIPPING the terraform half of the sps_document deploy test !!!\n',
  );
const withTerraform = terraformAvailable ? test : test.skip;

const STACK = 'sps-document-test';
const SECRETS = {
  archive_share_password: 'canary-archive-share-4Fq',
  backup_private_key: RSYNC_PRIVATE_KEY,
  splunk_hec_token: 'canary-hec-token-8Hd',
  gateway_password: EXTRA_VARIABLES.gateway_password,
};
/** A line of the PEM's base64 body: the key, whatever form it is kept in. */
const KEY_LINE = RSYNC_PRIVATE_KEY.split('\n')[3];
const CANARIES = [...Object.values(SECRETS).filter((v) => v !== RSYNC_PRIVATE_KEY), KEY_LINE];
const noCanary = (where: string, text: string) => expectNoCanary(CANARIES, where, text);

/** Every variable of the stack, for one emulator (the appliance's own objects differ per appliance). */
const variablesFor = (emulator: RunningEmulator): Record<string, string> => ({
  ...EXTRA_VARIABLES,
  ...SECRETS,
  ...applianceVariables(emulator),
});
const tfVars = (vars: Record<string, string>) =>
  Object.fromEntries(Object.entries(vars).map(([k, v]) => [`TF_VAR_${k}`, v]));

let dir: string;
const stackDir = (form: string) => path.join(dir, form, 'stacks', STACK);
const synthesized = (form: string) =>
  JSON.parse(readFileSync(path.join(stackDir(form), 'cdk.tf.json'), 'utf8')) as JsonObject;
const emulators: RunningEmulator[] = [];

async function emulatorWithCa(): Promise<{ emulator: RunningEmulator; caFile: string }> {
  const emulator = await startEmulator();
  emulators.push(emulator);
  const caFile = path.join(dir, `ca-${emulators.length}.pem`);
  emulator.writeCaFile(caFile);
  return { emulator, caFile };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'sps-document-deploy-'));
  writeFileSync(
    path.join(dir, 'cdktf.json'),
    JSON.stringify({
      language: 'typescript',
      app: `${path.join(BIN, 'tsx')} ${path.join(REPO_ROOT, 'test/constructs/document-app.ts')}`,
      sendCrashReports: 'false',
      terraformProviders: [],
    }),
  );
  const forms: Record<string, NodeJS.ProcessEnv> = {
    typed: { SPS_TEST_RESOURCE: 'configuration' },
    document: { SPS_TEST_RESOURCE: 'document' },
    moved: { SPS_TEST_RESOURCE: 'document', SPS_TEST_MOVED_FROM: 'sps_configuration' },
  };
  for (const [form, env] of Object.entries(forms)) {
    const synth = await run(path.join(BIN, 'cdktf'), ['synth', '--output', form], dir, {
      ...process.env,
      ...env,
      CHECKPOINT_DISABLE: '1',
      CI: '1',
      FORCE_COLOR: '0',
    });
    if (synth.status !== 0)
      throw new Error(`cdktf synth (${form}) failed (exit ${synth.status}):\n${synth.output}`);
  }
  noCanary('cdk.tf.json of the document form', JSON.stringify(synthesized('document')));
}, 180_000);

afterAll(async () => {
  await Promise.all(emulators.map((e) => e.close()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The pass-through objects as the appliance holds them: every token value and literal text as given. */
function expectPassThroughValues(emulator: RunningEmulator): void {
  const committed = emulator.committed();
  const gateway = Object.values(committed['ssh/connections'] ?? {}).find((b) => b.name === 'ops-gw');
  expect(gateway).toMatchObject({
    network: { clients: ['10.1.0.0/16', '10.9.0.0/16'], targets: ['10.2.7.0/24'], ports: [2222] },
    description: EXTRA_VARIABLES.gateway_note,
    credential_store: { password: SECRETS.gateway_password },
  });
  const shell = Object.values(committed['ssh/channel_policies'] ?? {}).find((b) => b.name === 'shell-only');
  expect(shell).toMatchObject({ rules: [{ actions: { audit: true }, note: LITERAL_TEMPLATE_TEXT }] });
  const all = JSON.stringify(committed);
  for (const value of Object.values(SECRETS)) expect(all).toContain(JSON.stringify(value).slice(1, -1));
  for (const name of [
    'pci-audit',
    'archive-to-smb',
    'nightly',
    'weekly-nfs',
    'dangerous-commands',
    'office-hours',
  ])
    expect(all).toContain(`"${name}"`);
}

test('sps apply of either form commits the same objects: each then plans no change, in the other form too', async () => {
  for (const [applied, other] of [
    ['document', 'typed'],
    ['typed', 'document'],
  ]) {
    const { emulator, caFile } = await emulatorWithCa();
    const env = tfVars(variablesFor(emulator));
    const apply = await sps(emulator, caFile, ['apply', stackDir(applied), '--auto-approve'], env, dir);
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);
    noCanary(`sps apply of the ${applied} form`, apply.stdout);
    expectPassThroughValues(emulator);
    for (const form of [applied, other]) {
      const plan = await sps(emulator, caFile, ['plan', stackDir(form), '--detailed-exitcode'], env, dir);
      expect({ form, code: plan.code, stderr: plan.stderr }).toEqual({ form, code: 0, stderr: '' });
    }
  }
}, 120_000);

withTerraform(
  'terraform apply of the document form: the same objects, no secret in the saved plan or the state, then no changes',
  async () => {
    const { emulator, caFile } = await emulatorWithCa();
    const ws = openWorkspace(emulator, variablesFor(emulator));
    try {
      const json = synthesized('document');
      delete (json.terraform as JsonObject).backend; // the state in the workspace: terraform.tfstate
      ws.config(json);
      expect((await ws.terraform('init', '-no-color')).status).toBe(0);
      const plan = await ws.terraform('plan', '-no-color', '-out=tfplan');
      expect(plan.output).toContain('Plan: 1 to add');
      const unzipped = path.join(ws.dir, 'tfplan.d');
      expect(spawnSync('unzip', ['-q', '-o', path.join(ws.dir, 'tfplan'), '-d', unzipped]).status).toBe(0);
      for (const f of filesUnder(unzipped)) noCanary(`the saved plan's ${path.basename(f.file)}`, f.text);

      const apply = await ws.terraform('apply', '-no-color', 'tfplan');
      expect(apply.output).toContain('Apply complete! Resources: 1 added');
      expectPassThroughValues(emulator);
      const state = readFileSync(path.join(ws.dir, 'terraform.tfstate'), 'utf8');
      noCanary('terraform.tfstate', state);
      expect(JSON.parse(state).resources[0]).toMatchObject({
        type: 'sps_document',
        instances: [{ attributes: { secrets: null } }],
      });

      const again = await ws.terraform('plan', '-no-color', '-detailed-exitcode');
      expect(again.output).toContain('No changes.');
      expect(again.status).toBe(0);
      const env = tfVars(variablesFor(emulator));
      for (const form of ['document', 'typed'])
        expect(
          (await sps(emulator, caFile, ['plan', stackDir(form), '--detailed-exitcode'], env, dir)).code,
        ).toBe(0);
      noCanary("terraform's output", ws.transcript());
    } finally {
      ws.close();
    }
  },
  240_000,
);

withTerraform(
  'terraform apply of the typed form, then the stack switched to sps_document (a moved block): nothing written, then no changes',
  async () => {
    const { emulator, caFile } = await emulatorWithCa();
    const ws = openWorkspace(emulator, variablesFor(emulator));
    try {
      const typed = synthesized('typed');
      delete (typed.terraform as JsonObject).backend;
      ws.config(typed);
      expect((await ws.terraform('init', '-no-color')).status).toBe(0);
      expect((await ws.terraform('apply', '-no-color', '-auto-approve')).output).toContain('Apply complete!');
      expectPassThroughValues(emulator);
      const env = tfVars(variablesFor(emulator));
      expect(
        (await sps(emulator, caFile, ['plan', stackDir('document'), '--detailed-exitcode'], env, dir)).code,
      ).toBe(0);

      const moved = synthesized('moved');
      delete (moved.terraform as JsonObject).backend;
      ws.config(moved);
      const commits = emulator.stats().commits;
      const plan = await ws.terraform('plan', '-no-color');
      // the document text is the resource's own change; no object changes on the appliance
      expect(plan.output).toMatch(
        /# sps_document\.(\S+) will be updated in-place\s+# \(moved from sps_configuration\.\1\)/,
      );
      expect(plan.output).toContain('Plan: 0 to add, 1 to change, 0 to destroy.');
      const apply = await ws.terraform('apply', '-no-color', '-auto-approve');
      expect(apply.output).toContain('Apply complete!');
      expect(emulator.stats().commits).toBe(commits);
      const again = await ws.terraform('plan', '-no-color', '-detailed-exitcode');
      expect(again.output).toContain('No changes.');
      expect(again.status).toBe(0);
      noCanary(
        'terraform.tfstate after the move',
        readFileSync(path.join(ws.dir, 'terraform.tfstate'), 'utf8'),
      );
    } finally {
      ws.close();
    }
  },
  240_000,
);
