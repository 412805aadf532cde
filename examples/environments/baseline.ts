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
    // The appliance and its user come from each stack's variables (TF_VAR_sps_url, …), or, left
    // unset, from the provider's SPS_URL / SPS_USERNAME / SPS_PASSWORD: a pipeline points the same
    // stack at dev, staging or prod without editing code.
    const variable = (name: string, description: string, secret = false) => {
      const v = new TerraformVariable(this, name, {
        type: 'string',
        nullable: true,
        description: `${description} of the ${env.name} appliance (unset: the provider's SPS_* variable)`,
      });
      v.overrideLogicalId(name);
      v.addOverride('default', null); // optional (cdktf cannot render `default: null` itself)
      // a secret: never in a saved plan or the state (cdktf has no option for it yet)
      if (secret) v.addOverride('ephemeral', true);
      return v;
    };
    const url = variable('sps_url', 'Base URL');
    const username = variable('sps_username', 'REST user');
    const password = variable('sps_password', 'Password of the REST user', true);
    const sps = new SpsConfiguration(this, 'Sps', {
      connection: {
        url: url.stringValue,
        username: username.stringValue,
        password: SpsSecret.fromVariable(password),
      },
    });
    this.configuration = sps;
    // The trusted CA list exists on each appliance already, under a name of that appliance's own
    // (the same variable in every environment's stack, set per environment like the credentials).
    const siemTrustedCaList = new TerraformVariable(this, 'siem_trusted_ca_list', {
      type: 'string',
      description: `Name of the trusted CA list on the ${env.name} appliance that validates the SIEM certificate`,
    });
    siemTrustedCaList.overrideLogicalId('siem_trusted_ca_list');

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
          tls: SiemTls.secure(TrustedCaList.fromName(this, 'SiemCas', siemTrustedCaList.stringValue)),
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
