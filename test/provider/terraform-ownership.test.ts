/**
 * Real Terraform against the emulator in its default mode (objects carry fields the model does not
 * know): objects created outside Terraform are imported, applied and then plan empty, for every kind,
 * with secrets shown and masked — a secret nothing can verify is written once, fingerprinted, and
 * the appliance ends up holding the configured one. Fields set out of band survive an unrelated
 * change; a commit whose verification fails still reaches the state.
 */
import { SpsClient } from '../../src/client';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { kindOf, type JsonObject } from '../../src/model';
import { applyPlan, parseDesiredState, planAgainstAppliance } from '../../src/reconcile';
import { RSYNC_PRIVATE_KEY, everyKind } from '../reconcile/fixtures';
import { openWorkspace, spsConfig, terraformAvailable, type Workspace } from './terraform-workspace';

if (!terraformAvailable)
  console.warn('\n!!! terraform is not on PATH: SKIPPING the Terraform partial-ownership tests !!!\n');
const describeWithTerraform = terraformAvailable ? describe : describe.skip;

const CONFIGURED = 'tf-configured-4711';
const IMPORT_ID = [
  'audit_policies/signed',
  'audit_policies/plain',
  'archive_cleanup_policies/archive-nfs',
  'backup_policies/nightly',
  'backup_policies/smb',
  'content_policies/no-rm',
  'splunk_forwarder',
  'universal_siem_forwarder',
  'vnc_options',
  'ssh_options',
  'rdp_options',
  'system_backup',
].join(',');

/** everyKind with its secrets as Terraform variables. */
function document(): JsonObject {
  const doc = everyKind('x');
  const backups = doc.backup_policies as Record<string, JsonObject>;
  (backups.nightly.target as JsonObject).auth_key = '${var.rsync_key}';
  ((backups.smb.target as JsonObject).authentication as JsonObject).password = '${var.smb_password}';
  (doc.splunk_forwarder as JsonObject).token = '${var.hec_token}';
  // Terraform holds the host key as its OpenSSH one-liner (the schema cannot hold a union)
  const host = (backups.nightly.target as JsonObject).host_key as JsonObject;
  (backups.nightly.target as JsonObject).host_key =
    `ssh-${String(host.selection)} ${String(host.value)} backup@host`;
  return doc;
}
const VARIABLES = {
  rsync_key: { sensitive: true },
  smb_password: { sensitive: true },
  hec_token: { sensitive: true },
};
const VALUES = { rsync_key: RSYNC_PRIVATE_KEY, smb_password: `smb-${CONFIGURED}`, hec_token: CONFIGURED };

async function seed(emulator: RunningEmulator, secret: string): Promise<void> {
  const client = new SpsClient({
    url: emulator.url,
    username: emulator.username,
    password: emulator.password,
    ca: emulator.caPem,
  });
  try {
    const plan = await planAgainstAppliance(client, parseDesiredState(everyKind(secret)));
    await applyPlan(client, plan);
  } finally {
    await client.close();
  }
}

describeWithTerraform.each(['clear', 'masked'] as const)('terraform, secrets %s', (secrets) => {
  let emulator: RunningEmulator;
  let ws: Workspace;
  beforeAll(async () => {
    emulator = await startEmulator({ switches: { secrets } });
    await seed(emulator, 'seeded-by-hand-0815'); // other secrets than the configuration's
    ws = openWorkspace(emulator, VALUES);
    ws.config(spsConfig(document(), VARIABLES));
    expect((await ws.terraform('init', '-no-color')).status).toBe(0);
  });
  afterAll(async () => {
    await emulator?.close();
    ws?.close();
  });

  test('import every kind, apply, then plan is empty and the appliance holds the configured secrets', async () => {
    const imported = await ws.terraform('import', '-no-color', 'sps_configuration.main', IMPORT_ID);
    expect(imported.output).toContain('Import successful!');
    const commits = emulator.stats().commits;
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('Apply complete!');
    expect(apply.status).toBe(0);
    expect(emulator.stats().commits).toBe(commits + 1);

    const committed = emulator.committed();
    expect(committed.splunk_forwarder.splunk_forwarder.token).toBe(CONFIGURED);
    const smb = Object.values(committed.backup_policies).find((p) => p.name === 'smb')!;
    expect(((smb.target as JsonObject).authentication as JsonObject).password).toBe(`smb-${CONFIGURED}`);

    const plan = await ws.terraform('plan', '-detailed-exitcode', '-no-color');
    expect(plan.output).toContain('No changes.');
    expect(plan.status).toBe(0);
    expect(emulator.stats().commits).toBe(commits + 1);
  });

  test('fields set out of band are invisible to plan and survive an applied change', async () => {
    const client = new SpsClient({
      url: emulator.url,
      username: emulator.username,
      password: emulator.password,
      ca: emulator.caPem,
    });
    const backups = kindOf('backup_policies');
    try {
      await client.withTransaction(async (tx) => {
        const nightly = (await tx.readAll(backups)).find((o) => o.body.name === 'nightly')!;
        const body = backups.writtenForm(nightly.body);
        body.description = 'set in the web UI';
        (body.target as JsonObject).mount_options = { timeout_seconds: 77, retries: 9 };
        await tx.replace(backups, nightly.key, body);
      });
    } finally {
      await client.close();
    }
    expect((await ws.terraform('plan', '-detailed-exitcode', '-no-color')).status).toBe(0);

    const doc = document();
    ((doc.backup_policies as Record<string, JsonObject>).nightly as JsonObject).start_times = ['5:30'];
    ws.config(spsConfig(doc, VARIABLES));
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('1 changed');
    const nightly = Object.values(emulator.committed().backup_policies).find((p) => p.name === 'nightly')!;
    expect(nightly.start_times).toEqual(['5:30']);
    expect(nightly.description).toBe('set in the web UI');
    expect((nightly.target as JsonObject).mount_options).toEqual({ timeout_seconds: 77, retries: 9 });
    expect((await ws.terraform('plan', '-detailed-exitcode', '-no-color')).status).toBe(0);
  });

  test('the secrets never appeared in terraform output', () => {
    for (const value of [CONFIGURED, 'seeded-by-hand-0815']) expect(ws.transcript()).not.toContain(value);
  });
});

describeWithTerraform('terraform, a create whose reads fail after the commit', () => {
  let emulator: RunningEmulator;
  let ws: Workspace;
  beforeAll(async () => {
    emulator = await startEmulator();
    ws = openWorkspace(emulator);
    ws.config(spsConfig({ audit_policies: { 'after-commit': { timestamping_enabled: true } } }));
    expect((await ws.terraform('init', '-no-color')).status).toBe(0);
  });
  afterAll(async () => {
    await emulator?.close();
    ws?.close();
  });

  test('the state records what was committed, and the next apply commits nothing again', async () => {
    emulator.faults.failReadsAfterCommit({ status: 503 });
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    emulator.faults.clear();
    expect(apply.output).toContain('Applied, but verification failed');
    expect(apply.output).toContain('The changes were committed');
    expect(Object.values(emulator.committed().audit_policies).map((p) => p.name)).toContain('after-commit');
    const list = await ws.terraform('state', 'list');
    expect(list.stdout).toContain('sps_configuration.main');
    const commits = emulator.stats().commits;
    const again = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(again.output).toContain('No changes.');
    expect(emulator.stats().commits).toBe(commits);
  });
});
