/**
 * The basic example: every SPS kind on one appliance, references by construct object, imports of
 * objects made elsewhere, and secrets from ephemeral Terraform variables. Exported as a function so
 * tests synthesize exactly what `cdktf synth` does.
 *
 * `resource: 'document'` renders the same objects into `sps_document` (the CLI's document, for
 * thousands of objects) instead of the typed `sps_configuration`.
 *
 * Objects the appliance already has (an X.509 identity, a trusted CA list) are named by Terraform
 * variables, never by literals: their keys and names differ from one appliance to the next (an X.509
 * identity has no name at all, only a key SPS generated), and no data source lists them.
 */
import type { Construct } from 'constructs';
import {
  TerraformStack,
  TerraformVariable,
  ArchiveCleanupPolicy,
  ArchiveTarget,
  AuditEncryption,
  AuditPolicy,
  BackupPolicy,
  BackupTarget,
  ContentEvent,
  ContentPolicy,
  Notification,
  RdpOptions,
  SiemFormat,
  SiemTls,
  SmbAuthentication,
  SplunkForwarder,
  SpsConfiguration,
  SpsSecret,
  type SpsResourceType,
  SshOptions,
  SystemBackup,
  TimePolicy,
  Timestamping,
  TrustedCaList,
  UniversalSiemForwarder,
  VncOptions,
  X509Identity,
} from '../../constructs';

export interface BasicStackProps {
  /** The resource the configuration renders into.  @default 'configuration' */
  readonly resource?: SpsResourceType;
}

export class BasicStack extends TerraformStack {
  constructor(scope: Construct, id: string, props: BasicStackProps = {}) {
    super(scope, id);
    // Connection settings come from SPS_URL / SPS_USERNAME / SPS_PASSWORD / SPS_CA_FILE.
    const sps = new SpsConfiguration(this, 'Sps', {
      connection: { lockTimeoutSeconds: 120 },
      resource: props.resource,
    });

    // ephemeral (never in a saved plan or the state; cdktf has no option for it yet), not sensitive:
    // the secret arguments are write-only, so Terraform never prints them anyway
    const secret = (name: string, description: string) => {
      const variable = new TerraformVariable(this, name, { type: 'string', description });
      variable.addOverride('ephemeral', true);
      return SpsSecret.fromVariable(variable);
    };
    const existing = (name: string, description: string) =>
      new TerraformVariable(this, name, { type: 'string', description }).stringValue;
    const signingIdentityKey = existing(
      'signing_identity_key',
      'Key of the X.509 identity on the appliance that signs audit trails (Basic Settings > Certificates, or GET /api/configuration/x509)',
    );
    const siemTrustedCaList = existing(
      'siem_trusted_ca_list',
      'Name of the trusted CA list on the appliance that validates the SIEM certificate',
    );
    const archivePassword = secret('archive_share_password', 'Password of the archive share user');
    const backupKey = secret(
      'backup_private_key',
      'PEM private key SPS uses to log on to the rsync backup server',
    );

    new AuditPolicy(sps, 'Pci', {
      name: 'pci-audit',
      signingIdentity: X509Identity.fromKey(this, 'AuditSigning', signingIdentityKey),
      timestampingEnabled: true,
      encryption: AuditEncryption.none(),
    });

    new ArchiveCleanupPolicy(sps, 'Archive', {
      name: 'archive-to-smb',
      target: ArchiveTarget.smb({
        server: 'archive.example.com',
        share: 'sps-archive/trails',
        authentication: SmbAuthentication.password('svc-sps', archivePassword),
        protocolVersion: '3.0',
      }),
      retentionDays: 30,
      startTimes: ['2:15'],
    });
    new ArchiveCleanupPolicy(sps, 'Cleanup', {
      name: 'cleanup-only',
      target: ArchiveTarget.none(),
      retentionDays: 365,
    });

    const nightly = new BackupPolicy(sps, 'Nightly', {
      name: 'nightly',
      target: BackupTarget.rsync({
        server: '192.0.2.10',
        username: 'sps-backup',
        privateKey: backupKey,
        hostKey: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7examplehostkey',
        path: '/srv/backup/sps',
      }),
      startTimes: ['1:00'],
      notification: Notification.all({ sendFileList: true, fileCountLimit: 1000 }),
    });
    new BackupPolicy(sps, 'Weekly', {
      name: 'weekly-nfs',
      target: BackupTarget.nfs({ server: 'nfs.example.com', path: '/exports/sps' }),
      startTimes: ['3:30'],
    });
    new SystemBackup(sps, 'SystemBackup', { policy: nightly });

    new ContentPolicy(sps, 'DangerousCommands', {
      name: 'dangerous-commands',
      rules: [
        {
          event: ContentEvent.COMMAND,
          match: ['rm -rf /', 'mkfs'],
          actions: { log: true, notify: true, terminate: true },
        },
        { event: ContentEvent.CREDIT_CARD, match: ['.*'], actions: { storeInConnectionDatabase: true } },
      ],
    });

    // channel policies (pass-through SpsObject, or the web UI) select it to limit access to office hours
    new TimePolicy(sps, 'OfficeHours', {
      name: 'office-hours',
      schedule: TimePolicy.workdays('8:00', '18:00'),
    });

    new UniversalSiemForwarder(sps, 'Siem', {
      prefix: 'sps_',
      targets: [
        {
          name: 'soc-splunk',
          format: SiemFormat.JSON_CIM,
          address: 'siem.example.com',
          port: 6514,
          tls: SiemTls.secure(TrustedCaList.fromName(this, 'SiemCas', siemTrustedCaList)),
        },
      ],
    });
    new SplunkForwarder(sps, 'LegacySplunk', {
      enabled: false,
      host: 'splunk.example.com',
      token: secret('splunk_hec_token', 'Splunk HTTP Event Collector token'),
    });

    new VncOptions(sps, 'Vnc', { channelDatabaseCleanupDays: 400 });
    new SshOptions(sps, 'Ssh', { timestamping: Timestamping.local(60) });
    new RdpOptions(sps, 'Rdp', { channelDatabaseCleanupDays: 400 });
  }
}
