/**
 * The SPS baseline every environment gets: one construct tree, parameterized only by the values
 * that legitimately differ per environment. A change to policy shape is made here once and then
 * promoted dev → staging → prod by deploying each stack in turn.
 */
import { Construct } from 'constructs';
import {
  ArchiveCleanupPolicy,
  ArchiveTarget,
  AuditPolicy,
  BackupPolicy,
  BackupTarget,
  ContentEvent,
  ContentPolicy,
  Notification,
  SiemFormat,
  SiemTls,
  SpsConfiguration,
  SpsSecret,
  SystemBackup,
  TerraformStack,
  TerraformVariable,
  TrustedCaList,
  UniversalSiemForwarder,
  VncOptions,
} from '../../constructs';

export interface EnvironmentSettings {
  /** Environment name, used in object names and stack ids: dev, staging, prod. */
  readonly name: string;
  /** The appliance of this environment. */
  readonly url: string;
  /** Days audit trails stay on the appliance before archiving. */
  readonly retentionDays: number;
  /** The NFS server receiving archives and backups. */
  readonly storageServer: string;
  /** The SIEM receiving session data. */
  readonly siemAddress: string;
  /** Terminate sessions that run dangerous commands (prod), or only log them (dev). */
  readonly terminateDangerousCommands: boolean;
  /** Notify on every backup (prod) or on errors only. */
  readonly notifyEveryBackup: boolean;
}

export class SpsBaseline extends Construct {
  readonly configuration: SpsConfiguration;

  constructor(scope: Construct, id: string, env: EnvironmentSettings) {
    super(scope, id);
    const password = new TerraformVariable(this, 'sps_password', {
      type: 'string',
      sensitive: true,
      description: `Password of the REST user on the ${env.name} appliance`,
    });
    password.overrideLogicalId('sps_password');
    const sps = new SpsConfiguration(this, 'Sps', {
      connection: { url: env.url, username: 'iac-deployer', password: SpsSecret.fromVariable(password) },
    });
    this.configuration = sps;

    new AuditPolicy(sps, 'Audit', { name: `${env.name}-audit`, timestampingEnabled: true });
    new ArchiveCleanupPolicy(sps, 'Archive', {
      name: 'trail-archive',
      target: ArchiveTarget.nfs({ server: env.storageServer, path: `/exports/sps-${env.name}/archive` }),
      retentionDays: env.retentionDays,
    });
    const backup = new BackupPolicy(sps, 'Backup', {
      name: 'nightly',
      target: BackupTarget.nfs({ server: env.storageServer, path: `/exports/sps-${env.name}/backup` }),
      notification: env.notifyEveryBackup ? Notification.all() : Notification.errorsOnly(),
    });
    new SystemBackup(sps, 'SystemBackup', { policy: backup });
    new ContentPolicy(sps, 'DangerousCommands', {
      name: 'dangerous-commands',
      rules: [
        {
          event: ContentEvent.COMMAND,
          match: ['rm -rf /', 'shutdown'],
          actions: { log: true, notify: true, terminate: env.terminateDangerousCommands },
        },
      ],
    });
    new UniversalSiemForwarder(sps, 'Siem', {
      targets: [
        {
          name: 'soc',
          format: SiemFormat.JSON,
          address: env.siemAddress,
          port: 6514,
          tls: SiemTls.secure(TrustedCaList.fromName(this, 'SiemCas', 'siem-cas')),
        },
      ],
    });
    new VncOptions(sps, 'Vnc', { channelDatabaseCleanupDays: env.retentionDays + 30 });
  }
}

/** One stack per environment; each has its own state and is deployed on its own. */
export class EnvironmentStack extends TerraformStack {
  readonly baseline: SpsBaseline;

  constructor(scope: Construct, env: EnvironmentSettings) {
    super(scope, `sps-${env.name}`);
    this.baseline = new SpsBaseline(this, 'Baseline', env);
  }
}
