/**
 * Every construct with tokenized values (Terraform variables known only at plan time): construction
 * passes them through untouched — the model checks them when Terraform knows them — and real
 * Terraform plans and applies the synthesized stack through the provider, then plans no changes.
 * A tokenized rsync host key with a comment, the case that once rendered as `{selection: 'rsa',
 * value: '${var.hk}'}` and was refused, included.
 */
import {
  App,
  ArchiveCleanupPolicy,
  ArchiveTarget,
  AuditPolicy,
  BackupPolicy,
  BackupTarget,
  ContentEvent,
  ContentPolicy,
  RdpOptions,
  SiemFormat,
  SiemTls,
  SplunkForwarder,
  SpsConfiguration,
  SpsSecret,
  SshOptions,
  SystemBackup,
  TerraformStack,
  TerraformVariable,
  Testing,
  TrustedCaList,
  UniversalSiemForwarder,
  VncOptions,
} from '../../constructs';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { openWorkspace, terraformAvailable, type Workspace } from '../provider/terraform-workspace';
import { RSYNC_PRIVATE_KEY } from '../reconcile/fixtures';

const VALUES = {
  backup_server: 'backup.example.com',
  backup_user: 'sps',
  host_key: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0token backup@example.com',
  backup_port: '2222',
  backup_key: RSYNC_PRIVATE_KEY,
  start_time: '4:45',
  archive_server: '10.9.8.7',
  retention: '45',
  splunk_host: 'splunk.example.com',
  splunk_port: '8089',
  flush: '300',
  hec_token: 'hec-token-tokens',
  siem_address: 'siem.example.com',
  siem_port: '6514',
  pattern: 'rm -rf /',
  cleanup_days: '120',
  log_level: '5',
};

function tokenizedStack(app: App): TerraformStack {
  const stack = new TerraformStack(app, 'tokens');
  const variables = new Map<string, TerraformVariable>();
  const v = (name: keyof typeof VALUES, type: 'string' | 'number', sensitive = false) => {
    if (!variables.has(name)) variables.set(name, new TerraformVariable(stack, name, { type, sensitive }));
    return variables.get(name)!;
  };
  const str = (name: keyof typeof VALUES) => v(name, 'string').stringValue;
  const num = (name: keyof typeof VALUES) => v(name, 'number').numberValue;
  const sps = new SpsConfiguration(stack, 'Sps');

  new AuditPolicy(sps, 'Audit', { name: 'tokens-audit', timestampingEnabled: true });
  new ArchiveCleanupPolicy(sps, 'Archive', {
    name: 'tokens-archive',
    target: ArchiveTarget.nfs({ server: str('archive_server'), path: '/archive' }),
    retentionDays: num('retention'),
  });
  const backup = new BackupPolicy(sps, 'Backup', {
    name: 'tokens-backup',
    target: BackupTarget.rsync({
      server: str('backup_server'),
      username: str('backup_user'),
      privateKey: SpsSecret.fromVariable(v('backup_key', 'string', true)),
      hostKey: str('host_key'),
      path: '/srv/backup',
      port: num('backup_port'),
    }),
    startTimes: [str('start_time')],
  });
  new SystemBackup(sps, 'SystemBackup', { policy: backup });
  new ContentPolicy(sps, 'Content', {
    name: 'tokens-content',
    rules: [{ event: ContentEvent.COMMAND, match: [str('pattern')] }],
  });
  new SplunkForwarder(sps, 'Splunk', {
    host: str('splunk_host'),
    port: num('splunk_port'),
    flushIntervalSeconds: num('flush'),
    token: SpsSecret.fromVariable(v('hec_token', 'string', true)),
  });
  new UniversalSiemForwarder(sps, 'Siem', {
    targets: [
      {
        name: 'soc',
        format: SiemFormat.JSON,
        address: str('siem_address'),
        port: num('siem_port'),
        tls: SiemTls.secure(TrustedCaList.fromName(stack, 'Cas', 'siem-cas')),
      },
    ],
  });
  new VncOptions(sps, 'Vnc', { channelDatabaseCleanupDays: num('cleanup_days'), logLevel: num('log_level') });
  new SshOptions(sps, 'Ssh', { channelDatabaseCleanupDays: num('cleanup_days') });
  new RdpOptions(sps, 'Rdp', { channelDatabaseCleanupDays: num('cleanup_days') });
  return stack;
}

test('every construct takes tokens for its values, and synthesizes them as Terraform expressions', () => {
  const json = JSON.parse(Testing.synth(tokenizedStack(Testing.app()), true));
  const config = Object.values(json.resource.sps_configuration)[0] as Record<string, Record<string, unknown>>;
  const backup = (config.backup_policies['tokens-backup'] as { target: Record<string, unknown> }).target;
  expect(backup.host_key).toBe('${var.host_key}'); // passed through untouched, not guessed into {selection, value}
  expect(backup.port).toBe('${var.backup_port}');
  expect(config.splunk_forwarder.port).toBe('${var.splunk_port}');
});

(terraformAvailable ? describe : describe.skip)('planned and applied by real Terraform', () => {
  let emulator: RunningEmulator;
  let ws: Workspace;
  beforeAll(async () => {
    emulator = await startEmulator();
    ws = openWorkspace(emulator, VALUES);
    const app = new App({ outdir: `${ws.dir}/cdktf.out`, skipValidation: false });
    const json = JSON.parse(Testing.synth(tokenizedStack(app), true));
    delete json.terraform.backend;
    ws.config(json);
  });
  afterAll(async () => {
    await emulator?.close();
    ws?.close();
  });

  test('init, plan, apply, then no changes; the appliance holds the values the variables gave', async () => {
    expect((await ws.terraform('init', '-no-color')).status).toBe(0);
    const plan = await ws.terraform('plan', '-no-color', '-detailed-exitcode');
    expect(plan.output).toContain('Plan: 1 to add');
    expect(plan.status).toBe(2);
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('Apply complete! Resources: 1 added');
    const backup = Object.values(emulator.committed().backup_policies).find(
      (p) => p.name === 'tokens-backup',
    )!;
    expect(backup.target).toMatchObject({
      host_key: { selection: 'rsa', value: 'AAAAB3NzaC1yc2EAAAADAQABAAABAQC0token' },
      port: 2222,
      server: { selection: 'fqdn', value: 'backup.example.com' },
    });
    expect(emulator.committed().splunk_forwarder.splunk_forwarder.port).toBe(8089);
    const again = await ws.terraform('plan', '-no-color', '-detailed-exitcode');
    expect(again.output).toContain('No changes.');
    expect(again.status).toBe(0);
  }, 120_000);
});
