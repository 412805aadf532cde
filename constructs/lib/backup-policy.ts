/** BackupPolicy: the backup server and schedule SPS uses for system and data backups. */
import type { Construct } from 'constructs';
import type * as gen from '../gen/providers/sps';
import { renderNotification } from './archive-cleanup-policy';
import { defaultOf } from '../gen/model';
import { checkName, problems } from './checks';
import {
  Notification,
  parseAddress,
  renderNfs,
  renderSmb,
  type NfsTargetOptions,
  type RenderedTarget,
  type SmbTargetOptions,
} from './common';
import { SpsConfiguration } from './configuration';
import { throwIfProblems } from './errors';
import type { SpsSecret } from './secret';
import { SpsImport, SpsManagedObject, type ISpsReferenceable } from './sps-object';

export interface RsyncTargetOptions {
  /** The rsync (SSH) server: an IP address or a host name. */
  readonly server: string;
  /** The user SPS logs on as. */
  readonly username: string;
  /** The unencrypted PEM private key SPS authenticates with; its public key must be on the server. */
  readonly privateKey: SpsSecret;
  /** The server's public host key as an OpenSSH one-liner, e.g. "ssh-rsa AAAA..." (rsa, dss or dsa). */
  readonly hostKey: string;
  /** The backup directory on the server. */
  readonly path: string;
  /** The SSH port of the server.  @default 22 */
  readonly port?: number;
}

/** Where backups go. */
export class BackupTarget {
  /** rsync over SSH. */
  static rsync(options: RsyncTargetOptions): BackupTarget {
    const port = options.port ?? 22;
    return new BackupTarget(
      {
        type: 'rsync',
        server: parseAddress(options.server),
        path: options.path,
        username: options.username,
        authKey: options.privateKey._render(),
        hostKey: options.hostKey, // the one-liner as written: a token passes through, the model expands it
        port,
      },
      [],
    );
  }

  /** An SMB/CIFS share. */
  static smb(options: SmbTargetOptions): BackupTarget {
    const r = renderSmb(options);
    return new BackupTarget(r.fields, r.problems);
  }

  /** An NFS export. */
  static nfs(options: NfsTargetOptions): BackupTarget {
    const r = renderNfs(options);
    return new BackupTarget(r.fields, r.problems);
  }

  private constructor(
    /** @internal */ readonly _rendered: gen.configuration.ConfigurationBackupPoliciesTarget | RenderedTarget,
    /** @internal */ readonly _problems: readonly string[],
  ) {}

  get type(): string {
    return this._rendered.type;
  }
}

export interface BackupPolicyProps {
  /** SPS name of the policy (no whitespace); renaming means delete + create.  @default - the construct id */
  readonly name?: string;
  /** Where backups go: `BackupTarget.rsync({...})`, `.smb({...})` or `.nfs({...})`. */
  readonly target: BackupTarget;
  /** When backups start each day, "H:MM" or "HH:MM".  @default - the model's: ['1:00'], once a night */
  readonly startTimes?: readonly string[];
  /** Put the node id in the backup path, so cluster nodes do not overwrite each other.  @default false */
  readonly includeNodeIdInPath?: boolean;
  /**
   * E-mail notifications. Our default differs from SPS's ("none"): a backup that silently fails
   * is found only when it is needed.  @default Notification.errorsOnly()
   */
  readonly notification?: Notification;
}

export interface IBackupPolicy extends ISpsReferenceable {
  readonly backupPolicyName: string;
}

class ImportedBackupPolicy extends SpsImport implements IBackupPolicy {
  get backupPolicyName(): string {
    return this.referenceName;
  }
}

export class BackupPolicy extends SpsManagedObject implements IBackupPolicy {
  /** A backup policy made elsewhere (e.g. in the web UI), by name; never rendered or deleted. */
  static fromName(scope: Construct, id: string, name: string): IBackupPolicy {
    const imported = new ImportedBackupPolicy(scope, id, name);
    throwIfProblems(problems(checkName('backup_policies', name)), imported);
    return imported;
  }

  readonly kind = 'backup_policies';
  readonly name: string;
  readonly target: BackupTarget;
  readonly startTimes: readonly string[];
  readonly includeNodeIdInPath: boolean;
  readonly notification: Notification;

  constructor(scope: Construct, id: string, props: BackupPolicyProps) {
    super(scope, id);
    this.name = props.name ?? id;
    this.target = props.target;
    this.startTimes = [...(props.startTimes ?? (defaultOf('backup_policies', ['start_times']) as string[]))];
    this.includeNodeIdInPath = props.includeNodeIdInPath ?? false;
    this.notification = props.notification ?? Notification.errorsOnly();
    throwIfProblems(problems(...this.target._problems, ...this.notification._problems), this);
    SpsConfiguration.of(this)._register(this);
  }

  get backupPolicyName(): string {
    return this.name;
  }

  /** @internal */
  _toSps(): gen.configuration.ConfigurationBackupPolicies {
    return {
      target: this.target._rendered,
      startTimes: [...this.startTimes],
      includeNodeIdInPath: this.includeNodeIdInPath,
      notificationEvent: renderNotification(this.notification),
    };
  }
}
