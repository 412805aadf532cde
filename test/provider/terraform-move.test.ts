/**
 * Real Terraform: moving between `sps_configuration` and `sps_document` with `moved` blocks (Terraform
 * ≥ 1.8 moves across resource types through MoveResourceState). Nothing on the appliance is deleted,
 * re-created or even written: the same objects under the same keys, the same secret versions, and
 * the plan after each move is only the resource's own text.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { openWorkspace, terraformAvailable, type Workspace } from './terraform-workspace';

if (!terraformAvailable)
  console.warn('\n!!! terraform is not on PATH: SKIPPING the real-Terraform move tests !!!\n');
const describeWithTerraform = terraformAvailable ? describe : describe.skip;

const HEC = 'canary-move-hec-2b7e91';

const DOCUMENT = `content_policies:
  no-rm:
    rules: [{ event: { selection: command, match: ['rm -rf'] } }]
backup_policies:
  nightly:
    target: { type: nfs, server: { selection: ip, value: 10.0.0.5 }, path: /data/backup }
    start_times: ['1:00']
splunk_forwarder:
  enabled: true
  host: { selection: fqdn, value: splunk.example.com }
  ssl: { selection: secure }
  token: \${env:HEC_TOKEN}
system_backup:
  backup_policy: nightly
`;

/** The same objects as typed HCL (Terraform's JSON syntax). */
const TYPED = {
  content_policies: { 'no-rm': { rules: [{ event: { selection: 'command', match: ['rm -rf'] } }] } },
  backup_policies: {
    nightly: {
      target: { type: 'nfs', server: { selection: 'ip', value: '10.0.0.5' }, path: '/data/backup' },
      start_times: ['1:00'],
    },
  },
  splunk_forwarder: {
    enabled: true,
    host: { selection: 'fqdn', value: 'splunk.example.com' },
    ssl: { selection: 'secure' },
    token: '${var.hec_token}',
  },
  system_backup: { backup_policy: 'nightly' },
};

const base = {
  terraform: { required_providers: { sps: { source: 'sps-iac/sps', version: '0.1.0' } } },
  variable: { hec_token: { type: 'string', ephemeral: true } },
  provider: { sps: { lock_timeout: '10s' } },
};
const asConfiguration = (moved?: object) => ({
  ...base,
  resource: { sps_configuration: { main: TYPED } },
  ...(moved ? { moved: [moved] } : {}),
});
const asDocument = (moved?: object) => ({
  ...base,
  resource: {
    sps_document: {
      main: { document: '${file("sps.yaml")}', secrets: { HEC_TOKEN: '${var.hec_token}' } },
    },
  },
  ...(moved ? { moved: [moved] } : {}),
});

describeWithTerraform('terraform moved blocks between sps_configuration and sps_document', () => {
  let emulator: RunningEmulator;
  let ws: Workspace;
  const keysOnTheAppliance = () =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(emulator.committed()).map(([kind, objects]) => [kind, Object.keys(objects).sort()]),
      ),
    );

  beforeAll(async () => {
    emulator = await startEmulator({ switches: { secrets: 'masked' } });
    ws = openWorkspace(emulator, { hec_token: HEC });
    writeFileSync(path.join(ws.dir, 'sps.yaml'), DOCUMENT);
    ws.config(asConfiguration());
    expect((await ws.terraform('init', '-no-color')).status).toBe(0);
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('Apply complete! Resources: 1 added');
  }, 60_000);
  afterAll(async () => {
    ws?.close();
    await emulator?.close();
  });

  test('sps_configuration → sps_document: moved, nothing written on the appliance', async () => {
    const keys = keysOnTheAppliance();
    const before = emulator.stats();
    ws.config(asDocument({ from: 'sps_configuration.main', to: 'sps_document.main' }));
    const plan = await ws.terraform('plan', '-no-color');
    expect(plan.status).toBe(0);
    // the resource's own text changes (the document is the file now); no object does
    expect(plan.output).toContain('# (moved from sps_configuration.main)');
    expect(plan.output).toMatch(/~ document\s+= <<-EOT/);
    expect(plan.output).not.toMatch(/will be (created|destroyed)|must be replaced/);
    expect(plan.output).not.toMatch(/configuration\s+= jsonencode/); // the objects are as they were
    expect(plan.output).not.toMatch(/secret_versions/); // the same fingerprints prove the same token
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('Apply complete!');
    expect(emulator.stats().commits).toBe(before.commits);
    expect(keysOnTheAppliance()).toBe(keys);
    expect((await ws.terraform('plan', '-detailed-exitcode', '-no-color')).status).toBe(0);
  });

  test('sps_document → sps_configuration: moved back, nothing written, the next plan empty', async () => {
    const keys = keysOnTheAppliance();
    const before = emulator.stats();
    ws.config(asConfiguration({ from: 'sps_document.main', to: 'sps_configuration.main' }));
    const plan = await ws.terraform('plan', '-detailed-exitcode', '-no-color');
    expect(plan.output).toContain('# sps_document.main has moved to sps_configuration.main');
    expect(plan.output).toContain('Plan: 0 to add, 0 to change, 0 to destroy.');
    expect(plan.status).toBe(2); // a move is a change to the state, no change to the appliance
    expect((await ws.terraform('apply', '-auto-approve', '-no-color')).status).toBe(0);
    expect((await ws.terraform('state', 'list')).stdout.trim()).toBe('sps_configuration.main');
    expect((await ws.terraform('plan', '-detailed-exitcode', '-no-color')).status).toBe(0);
    expect(emulator.stats().commits).toBe(before.commits);
    expect(keysOnTheAppliance()).toBe(keys);
  });

  test('no secret was ever printed', () => {
    expect(ws.transcript()).not.toContain(HEC);
  });
});
