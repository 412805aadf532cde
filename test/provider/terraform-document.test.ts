/**
 * Real Terraform with `sps_document`: the CLI's own YAML document as a resource. Create, an empty
 * follow-up plan (and the CLI agrees on the same document), a field-level plan of a change, drift,
 * secrets only in write-only `secrets` (no canary in the state, a saved plan or show -json; a
 * rotation plans as a new secret version), a literal secret refused at its line, import by the
 * document file, two resources on one appliance refused, and destroy.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { kindOf } from '../../src/model';
import { SpsClient } from '../../src/client';
import { openWorkspace, terraformAvailable, type Workspace } from './terraform-workspace';

if (!terraformAvailable)
  console.warn('\n!!! terraform is not on PATH: SKIPPING the real-Terraform sps_document tests !!!\n');
const describeWithTerraform = terraformAvailable ? describe : describe.skip;

const HEC = 'canary-doc-hec-51c0e9';
const SMB = 'canary-doc-smb-a7b21d';
const ROTATED = 'canary-doc-hec-rotated-93f4';
const ROOT = path.resolve(__dirname, '../..');

const DOCUMENT = `# the same document sps plan|apply reads
archive_cleanup_policies:
  archive-nfs:
    target: { type: nfs, server: { selection: ip, value: 10.0.0.5 }, path: /data/archive }
    start_times: ['2:30']
    retention_days: 30
backup_policies:
  nightly:
    target:
      type: smb
      server: { selection: ip, value: 10.0.0.6 }
      share: backups/sps
      authentication: { selection: password, username: svc, password: '\${env:SMB_PASSWORD}' }
    start_times: ['3:15']
splunk_forwarder:
  enabled: true
  host: { selection: fqdn, value: splunk.example.com }
  ssl: { selection: secure }
  token: \${env:HEC_TOKEN}
system_backup:
  backup_policy: nightly
`;

function run(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }) {
  return new Promise<{ status: number | null; output: string }>((resolve, reject) => {
    const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (output += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (output += t));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, output }));
  });
}

const config = (extra: Record<string, unknown> = {}) => ({
  terraform: { required_providers: { sps: { source: 'sps-iac/sps', version: '0.1.0' } } },
  variable: {
    hec_token: { type: 'string', ephemeral: true },
    smb_password: { type: 'string', ephemeral: true },
  },
  provider: { sps: { lock_timeout: '10s' } },
  resource: {
    sps_document: {
      main: {
        document: '${file("sps.yaml")}',
        secrets: { HEC_TOKEN: '${var.hec_token}', SMB_PASSWORD: '${var.smb_password}' },
      },
    },
    ...extra,
  },
});

describeWithTerraform('terraform with sps_document against the emulator', () => {
  let emulator: RunningEmulator;
  let ws: Workspace;
  const commits = () => emulator.stats().commits;
  /** What sps.yaml holds now (the appliance has it applied, but within a test). */
  let current = DOCUMENT;
  const write = (text: string) => writeFileSync(path.join(ws.dir, 'sps.yaml'), (current = text));
  const stateText = () => readFileSync(path.join(ws.dir, 'terraform.tfstate'), 'utf8');

  beforeAll(async () => {
    emulator = await startEmulator({ switches: { secrets: 'masked' } });
    ws = openWorkspace(emulator, { hec_token: HEC, smb_password: SMB });
    ws.config(config());
    write(DOCUMENT);
    expect((await ws.terraform('init', '-no-color')).status).toBe(0);
  }, 60_000);
  afterAll(async () => {
    ws?.close();
    await emulator?.close();
  });

  test('apply creates everything in one commit; the next plan is empty, and the CLI agrees', async () => {
    const plan = await ws.terraform('plan', '-no-color', '-out', 'create.plan');
    expect(plan.status).toBe(0);
    expect(plan.output).toContain('sps_document.main will be created');
    expect(plan.output).toContain('secrets         = (write-only attribute)');
    expect(plan.output).toMatch(/"\/splunk_forwarder\/token"\s+= "1"/);
    const before = commits();
    const apply = await ws.terraform('apply', '-no-color', 'create.plan');
    expect(apply.output).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
    expect(commits()).toBe(before + 1);
    const committed = emulator.committed();
    expect(Object.values(committed.backup_policies).map((p) => p.name)).toEqual(['nightly']);
    expect(committed.splunk_forwarder.splunk_forwarder.token).toBe(HEC);

    const again = await ws.terraform('plan', '-detailed-exitcode', '-no-color');
    expect(again.output).toContain('No changes.');
    expect(again.status).toBe(0);

    // the same document, through the CLI: nothing to do either (asynchronously: the emulator is here)
    const cli = await run(path.join(ROOT, 'bin/sps'), ['plan', 'sps.yaml', '--detailed-exitcode'], {
      cwd: ws.dir,
      env: { ...ws.env, HEC_TOKEN: HEC, SMB_PASSWORD: SMB },
    });
    expect(cli.output).toContain('No changes');
    expect(cli.status).toBe(0);
  });

  test('a change plans field by field in configuration, and applies in one commit', async () => {
    write(DOCUMENT.replace('retention_days: 30', 'retention_days: 45'));
    const plan = await ws.terraform('plan', '-detailed-exitcode', '-no-color');
    expect(plan.status).toBe(2);
    expect(plan.output).toContain('sps_document.main will be updated in-place');
    expect(plan.output).toMatch(/~ retention_days\s+= 30 -> 45/);
    const before = commits();
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('Apply complete! Resources: 0 added, 1 changed, 0 destroyed.');
    expect(commits()).toBe(before + 1);
    expect((await ws.terraform('plan', '-detailed-exitcode', '-no-color')).status).toBe(0);
  });

  test('drift on the appliance shows as a field of configuration (exit 2), and apply repairs it', async () => {
    const client = new SpsClient({
      url: emulator.url,
      username: emulator.username,
      password: emulator.password,
      caFile: path.join(ws.dir, 'ca.pem'),
    });
    const backups = kindOf('backup_policies');
    try {
      await client.withTransaction(async (tx) => {
        const nightly = (await tx.readAll(backups)).find((o) => o.body.name === 'nightly')!;
        await tx.replace(backups, nightly.key, {
          ...backups.writtenForm(nightly.body),
          start_times: ['4:00'],
        });
      });
    } finally {
      await client.close();
    }
    const drift = await ws.terraform('plan', '-detailed-exitcode', '-no-color');
    expect(drift.status).toBe(2);
    expect(drift.output).toMatch(/~ configuration\s+= jsonencode\(/);
    expect(drift.output).toMatch(/~ "4:00" -> "3:15"/);
    const repaired = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(repaired.output).toContain('Apply complete!');
    expect((await ws.terraform('plan', '-detailed-exitcode', '-no-color')).status).toBe(0);
  });

  test('no secret in the state, a saved plan or show -json; a rotated token is a new version', async () => {
    expect((await ws.terraform('plan', '-no-color', '-out', 'saved.plan')).status).toBe(0);
    const planFile = spawnSync('unzip', ['-p', path.join(ws.dir, 'saved.plan')], {
      encoding: 'latin1',
    }).stdout;
    const shown = (await ws.terraform('show', '-json', 'saved.plan')).stdout;
    const state = (await ws.terraform('show', '-json')).stdout;
    for (const where of [stateText(), planFile, shown, state])
      for (const canary of [HEC, SMB]) expect(where).not.toContain(canary);
    expect(planFile.length).toBeGreaterThan(1000);

    ws.setVariable('hec_token', ROTATED);
    const rotated = await ws.terraform('plan', '-detailed-exitcode', '-no-color');
    expect(rotated.status).toBe(2);
    expect(rotated.output).toMatch(/~ "\/splunk_forwarder\/token"\s+= "1" -> "2"/);
    expect((await ws.terraform('apply', '-auto-approve', '-no-color')).status).toBe(0);
    expect(emulator.committed().splunk_forwarder.splunk_forwarder.token).toBe(ROTATED);
    expect((await ws.terraform('plan', '-detailed-exitcode', '-no-color')).status).toBe(0);
    expect(stateText()).not.toContain(ROTATED);
    expect(ws.transcript()).not.toContain(ROTATED);
    ws.setVariable('hec_token', HEC);
    expect((await ws.terraform('apply', '-auto-approve', '-no-color')).status).toBe(0);
  });

  test('a secret written into the document is refused at its line, before anything is written', async () => {
    const applied = current;
    write(applied.replace('${env:HEC_TOKEN}', 'plain-token-in-the-file'));
    const before = commits();
    const plan = await ws.terraform('plan', '-no-color');
    expect(plan.status).toBe(1);
    expect(plan.output.replace(/\s+/g, ' ')).toContain(
      'document:19:10: /splunk_forwarder/token: is a secret written into the document',
    );
    expect(plan.output).not.toContain('plain-token-in-the-file');
    expect(commits()).toBe(before);
    write(applied);
  });

  test('import by the document file: the first plan shows only what the apply would write', async () => {
    expect((await ws.terraform('state', 'rm', '-no-color', 'sps_document.main')).status).toBe(0);
    const imported = await ws.terraform('import', '-no-color', 'sps_document.main', 'sps.yaml');
    expect(imported.output).toContain('Import successful!');
    const plan = await ws.terraform('plan', '-detailed-exitcode', '-no-color');
    // the masked secrets cannot be verified after an import (no fingerprint yet): written once
    expect(plan.output).toMatch(/~ "\/splunk_forwarder\/token"\s+= "1" -> "2"/);
    expect(plan.output).not.toMatch(/configuration\s+=/);
    const before = commits();
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('Apply complete! Resources: 0 added, 1 changed, 0 destroyed.');
    expect(commits()).toBe(before + 1);
    expect((await ws.terraform('plan', '-detailed-exitcode', '-no-color')).status).toBe(0);
  });

  test('import by selection: the document is what the appliance holds, as YAML; the plan changes no object', async () => {
    expect((await ws.terraform('state', 'rm', '-no-color', 'sps_document.main')).status).toBe(0);
    const imported = await ws.terraform(
      'import',
      '-no-color',
      'sps_document.main',
      'archive_cleanup_policies/archive-nfs,backup_policies/nightly,splunk_forwarder,system_backup',
    );
    expect(imported.output).toContain('Import successful!');
    const state = (await ws.terraform('show', '-json')).stdout;
    expect(state).toContain('${env:SPS_SECRET_SPLUNK_FORWARDER_SPLUNK_FORWARDER_TOKEN}');
    const plan = await ws.terraform('plan', '-detailed-exitcode', '-no-color');
    expect(plan.status).toBe(2);
    expect(plan.output).toMatch(/~ document\s+= <<-EOT/); // the file, not the export, from now on
    expect(plan.output).not.toMatch(/will be (created|destroyed)|must be replaced/);
    const before = commits();
    expect((await ws.terraform('apply', '-auto-approve', '-no-color')).status).toBe(0);
    expect(commits()).toBeLessThanOrEqual(before + 1); // at most the unverifiable secrets, written once
    expect((await ws.terraform('plan', '-detailed-exitcode', '-no-color')).status).toBe(0);
  });

  test('a second resource on the same appliance is refused, naming both', async () => {
    ws.config(config({ sps_configuration: { other: { audit_policies: { extra: {} } } } }));
    const plan = await ws.terraform('plan', '-no-color');
    expect(plan.status).toBe(1);
    expect(plan.output).toContain('Two resources manage one appliance');
    expect(plan.output).toMatch(/sps_(document|configuration) and sps_(document|configuration)/);
    ws.config(config());
  });

  test('destroy deletes the owned policies in one commit', async () => {
    write(
      current.replace('archive_cleanup_policies:', 'allow_archive_recreate: true\narchive_cleanup_policies:'),
    );
    const optIn = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(optIn.output).toContain('Apply complete!');
    const before = commits();
    const destroy = await ws.terraform('destroy', '-auto-approve', '-no-color');
    expect(destroy.output).toContain('Destroy complete! Resources: 1 destroyed.');
    expect(commits()).toBe(before + 1);
    expect(emulator.committed().backup_policies ?? {}).toEqual({});
  });

  test('nothing terraform printed held a secret', () => {
    for (const canary of [HEC, SMB, ROTATED]) expect(ws.transcript()).not.toContain(canary);
  });
});
