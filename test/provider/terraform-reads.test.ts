/**
 * What a Terraform plan + apply reads, and what it still refuses. The refresh reads every owned
 * object once; the plan uses that read; the apply plans from the refreshed state and reads, inside
 * the transaction, only what it writes, then verifies it: three reads of a changed object, one of an
 * unchanged one. Planning from the state must not make the apply trust it blindly: a managed field
 * changed between plan and apply is refused, a field nobody manages is kept, a reference to an object
 * the state does not know is resolved on the appliance, and a changed secret is written.
 */
import { SpsClient } from '../../src/client';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { kindOf, type JsonObject, type KindName } from '../../src/model';
import { openWorkspace, spsConfig, terraformAvailable, type Workspace } from './terraform-workspace';

if (!terraformAvailable)
  console.warn('\n!!! terraform is not on PATH: SKIPPING the Terraform read tests !!!\n');
const describeWithTerraform = terraformAvailable ? describe : describe.skip;

const TOKEN = 'hec-token-reads-2718';
const VARIABLES = { hec_token: { sensitive: true } };

function document(overrides: { retention?: number; backupPolicy?: string } = {}): JsonObject {
  const audit: Record<string, JsonObject> = {};
  for (let i = 0; i < 12; i++) audit[`audit-${i}`] = { timestamping_enabled: i % 2 === 0 };
  return {
    audit_policies: audit,
    archive_cleanup_policies: {
      keep: {
        target: { type: 'nfs', server: { selection: 'ip', value: '10.0.0.5' }, path: '/data/archive' },
        retention_days: overrides.retention ?? 30,
      },
    },
    backup_policies: {
      nightly: {
        target: {
          type: 'smb',
          server: { selection: 'ip', value: '10.0.0.6' },
          share: 'backups/sps',
          authentication: { selection: 'anonymous' },
        },
      },
    },
    splunk_forwarder: {
      enabled: true,
      host: { selection: 'fqdn', value: 'splunk.example.com' },
      ssl: { selection: 'secure' },
      token: '${var.hec_token}',
    },
    system_backup: { backup_policy: overrides.backupPolicy ?? 'nightly' },
  };
}

describeWithTerraform('terraform reads each object as few times as it can', () => {
  let emulator: RunningEmulator;
  let ws: Workspace;
  let client: SpsClient;
  const keyOf = (kind: KindName, name: string): string =>
    Object.entries(emulator.committed()[kind]).find(([, o]) => o.name === name)![0];
  const pathOf = (kind: KindName, name?: string): string =>
    name === undefined ? kindOf(kind).endpoint : `${kindOf(kind).endpoint}/${keyOf(kind, name)}`;
  const readsOf = (reads: Record<string, number>, kind: KindName, name?: string) =>
    reads[pathOf(kind, name)] ?? 0;
  /** Writes `change` into the named object outside Terraform (as the web UI would). */
  const outOfBand = async (kind: KindName, name: string, change: (body: JsonObject) => void) => {
    const def = kindOf(kind);
    await client.withTransaction(async (tx) => {
      const key = keyOf(kind, name);
      const body = def.writtenForm((await tx.get(def, key)).body);
      change(body);
      await tx.replace(def, key, body);
    });
  };

  beforeAll(async () => {
    emulator = await startEmulator({ switches: { secrets: 'clear' } });
    client = new SpsClient({
      url: emulator.url,
      username: emulator.username,
      password: emulator.password,
      ca: emulator.caPem,
    });
    ws = openWorkspace(emulator, { hec_token: TOKEN });
    ws.config(spsConfig(document(), VARIABLES));
    expect((await ws.terraform('init', '-no-color')).status).toBe(0);
    const created = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(created.output).toContain('Apply complete!');
  });
  afterAll(async () => {
    await client?.close();
    await emulator?.close();
    ws?.close();
  });

  test('apply of one change: the changed object is read 3 times, the others once, the secret not rewritten', async () => {
    ws.config(spsConfig(document({ retention: 45 }), VARIABLES));
    const before = emulator.readsByPath();
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('1 changed');
    const after = emulator.readsByPath();
    const delta = (kind: KindName, name?: string) => readsOf(after, kind, name) - readsOf(before, kind, name);

    expect(delta('archive_cleanup_policies', 'keep')).toBe(3); // refresh, in-transaction re-read, verification
    for (let i = 0; i < 12; i++) expect(delta('audit_policies', `audit-${i}`)).toBe(1); // the refresh only
    expect(delta('splunk_forwarder')).toBe(1);
    expect(delta('backup_policies', 'nightly')).toBe(1);
    const keep = Object.values(emulator.committed().archive_cleanup_policies).find((p) => p.name === 'keep')!;
    expect(keep.retention_days).toBe(45);
    expect(emulator.committed().splunk_forwarder.splunk_forwarder.token).toBe(TOKEN);
    expect((await ws.terraform('plan', '-detailed-exitcode', '-no-color')).status).toBe(0);
  });

  test('a managed field changed between plan and apply: the saved plan is refused, nothing is written', async () => {
    ws.config(spsConfig(document({ retention: 60 }), VARIABLES));
    expect((await ws.terraform('plan', '-out=tfplan', '-no-color')).status).toBe(0);
    await outOfBand('archive_cleanup_policies', 'keep', (body) => {
      body.retention_days = 99;
    });
    const snapshot = emulator.committed();
    const apply = await ws.terraform('apply', '-no-color', 'tfplan');
    expect(apply.status).toBe(1);
    expect(apply.output).toContain('archive/cleanup policy "keep" was modified');
    expect(emulator.committed()).toEqual(snapshot);
  });

  test('a field nobody manages changed between plan and apply: applied, and the field is kept', async () => {
    // the refresh brings state back in line with the appliance (retention 99), then plan 60 again
    ws.config(spsConfig(document({ retention: 60 }), VARIABLES));
    expect((await ws.terraform('plan', '-out=tfplan', '-no-color')).status).toBe(0);
    await outOfBand('archive_cleanup_policies', 'keep', (body) => {
      body.description = 'noted in the web UI';
    });
    const apply = await ws.terraform('apply', '-no-color', 'tfplan');
    expect(apply.output).toContain('1 changed');
    const keep = Object.values(emulator.committed().archive_cleanup_policies).find((p) => p.name === 'keep')!;
    expect(keep.retention_days).toBe(60);
    expect(keep.description).toBe('noted in the web UI');
  });

  test('a reference to an object the state does not know is resolved on the appliance', async () => {
    const backups = kindOf('backup_policies');
    await client.withTransaction(async (tx) => {
      await tx.create(backups, {
        name: 'by-hand',
        target: {
          type: 'smb',
          server: { selection: 'ip', value: '10.0.0.9' },
          share: 'other',
          authentication: { selection: 'anonymous' },
        },
        start_times: ['4:00'],
      });
    });
    ws.config(spsConfig(document({ retention: 60, backupPolicy: 'by-hand' }), VARIABLES));
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('1 changed');
    expect(emulator.committed().system_backup.system_backup.backup_policy).toBe(
      keyOf('backup_policies', 'by-hand'),
    );

    ws.config(spsConfig(document({ retention: 60, backupPolicy: 'nowhere' }), VARIABLES));
    const dangling = await ws.terraform('plan', '-no-color');
    expect(dangling.status).toBe(1);
    expect(dangling.output).toMatch(
      /backup policy "nowhere", which is\s+neither declared nor on the appliance/,
    );
  });

  test('a changed secret is written, and the appliance holds it', async () => {
    ws.config(spsConfig(document({ retention: 60, backupPolicy: 'by-hand' }), VARIABLES));
    const rotated = openWorkspaceVars(ws, { hec_token: `${TOKEN}-rotated` });
    const apply = await rotated('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('1 changed');
    expect(emulator.committed().splunk_forwarder.splunk_forwarder.token).toBe(`${TOKEN}-rotated`);
    expect(ws.transcript()).not.toContain(TOKEN);
  });
});

/** The workspace's terraform with other variable values (TF_VAR_* in the environment win over none). */
function openWorkspaceVars(ws: Workspace, vars: Record<string, string>) {
  return (...args: string[]) =>
    ws.terraform(...args, ...Object.entries(vars).flatMap(([k, v]) => ['-var', `${k}=${v}`]));
}
