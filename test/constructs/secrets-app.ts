/**
 * The cdktf app of secrets-deploy.test.ts (its cdktf.json runs this file): every kind of secret the
 * constructs can set, each an SpsSecret from an ephemeral variable — the provider password, the
 * Splunk HEC token, the SMB passwords of a backup and an archive target, the rsync backup private
 * key, and a secret in a pass-through body (an SSH connection policy's).
 */
import {
  App,
  ArchiveCleanupPolicy,
  ArchiveTarget,
  BackupPolicy,
  BackupTarget,
  SmbAuthentication,
  SplunkForwarder,
  SpsConfiguration,
  SpsSecret,
  SshConnectionPolicy,
  SystemBackup,
  TerraformStack,
} from '../../constructs';

const app = new App();
const stack = new TerraformStack(app, 'sps-secrets');
const secret = (name: string) => SpsSecret.fromEnv(stack, name);
// url, username and CA come from SPS_*; the password only from its variable
const sps = new SpsConfiguration(stack, 'Sps', { connection: { password: secret('sps_password') } });

new SplunkForwarder(sps, 'Splunk', { host: 'splunk.example.com', token: secret('hec_token') });
const nightly = new BackupPolicy(sps, 'Nightly', {
  name: 'nightly-rsync',
  target: BackupTarget.rsync({
    server: 'backup.example.com',
    username: 'sps',
    privateKey: secret('rsync_private_key'),
    hostKey: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0secrets backup@example.com',
    path: '/srv/backup',
  }),
});
new SystemBackup(sps, 'SystemBackup', { policy: nightly });
new BackupPolicy(sps, 'Weekly', {
  name: 'weekly-smb',
  target: BackupTarget.smb({
    server: 'files.example.com',
    share: 'backup/sps',
    authentication: SmbAuthentication.password('svc-backup', secret('backup_smb_password')),
  }),
});
new ArchiveCleanupPolicy(sps, 'Archive', {
  name: 'archive-smb',
  target: ArchiveTarget.smb({
    server: 'files.example.com',
    share: 'archive/trails',
    authentication: SmbAuthentication.password('svc-archive', secret('archive_smb_password')),
  }),
  retentionDays: 30,
});
new SshConnectionPolicy(sps, 'OpsGw', {
  name: 'ops-gw',
  clients: ['10.1.0.0/16'],
  targets: ['10.2.0.0/16'],
  ports: [22],
  fields: { credential_store: { password: secret('gateway_password') } },
  sensitivePaths: ['/credential_store/password'],
});
app.synth();
