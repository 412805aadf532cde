/** ArchiveCleanupPolicy: where and when closed audit trails are archived (or deleted). */
import type { Construct } from 'constructs';
import type * as gen from '../gen/providers/sps';
import { defaultOf } from '../gen/model';
import { problems } from './checks';
import {
  Notification,
  renderNfs,
  renderSmb,
  type NfsTargetOptions,
  type RenderedTarget,
  type SmbTargetOptions,
} from './common';
import { SpsConfiguration } from './configuration';
import { throwIfProblems } from './errors';
import { SpsManagedObject } from './sps-object';

/** Where archived audit trails go. */
export class ArchiveTarget {
  /** An SMB/CIFS share. */
  static smb(options: SmbTargetOptions): ArchiveTarget {
    const r = renderSmb(options);
    return new ArchiveTarget(r.fields, r.problems);
  }

  /** An NFS export. */
  static nfs(options: NfsTargetOptions): ArchiveTarget {
    const r = renderNfs(options);
    return new ArchiveTarget(r.fields, r.problems);
  }

  /** Cleanup only: trails older than the retention are deleted forever, not archived. */
  static none(): ArchiveTarget {
    return new ArchiveTarget({ type: 'none' }, []);
  }

  private constructor(
    /** @internal */ readonly _rendered: RenderedTarget | { readonly type: 'none' },
    /** @internal */ readonly _problems: readonly string[],
  ) {}

  get type(): string {
    return this._rendered.type;
  }
}

/** How archived trails are organized into subdirectories. */
export enum ArchivePathTemplate {
  PROTOCOL_CONNECTION_ARCHIVEDATE = 'PROTOCOL/CONNECTION/ARCHIVEDATE/',
  ARCHIVEDATE_CONNECTION_PROTOCOL = 'ARCHIVEDATE/CONNECTION/PROTOCOL/',
  CONNECTIONDATE_PROTOCOL_CONNECTION = 'CONNECTIONDATE/PROTOCOL/CONNECTION/',
  ARCHIVEDATE = 'ARCHIVEDATE/',
  CONNECTIONDATE = 'CONNECTIONDATE/',
}

export interface ArchiveCleanupPolicyProps {
  /** SPS name, the policy's identity on the appliance; renaming = delete + create.  @default - the construct id */
  readonly name?: string;
  /** Where archives go: `ArchiveTarget.smb({...})`, `.nfs({...})` or `.none()`. */
  readonly target: ArchiveTarget;
  /** Days an audit trail is kept on SPS before it is archived and cleaned up. */
  readonly retentionDays: number;
  /** When archiving starts each day, "H:MM" or "HH:MM".  @default ['0:30'] - once a day, at night */
  readonly startTimes?: readonly string[];
  /** Subdirectory layout of the archive.  @default ArchivePathTemplate.PROTOCOL_CONNECTION_ARCHIVEDATE */
  readonly pathTemplate?: ArchivePathTemplate;
  /** Put the node id in the archive path, so cluster nodes do not overwrite each other.  @default false */
  readonly includeNodeIdInPath?: boolean;
  /**
   * E-mail notifications. Our default differs from SPS's ("none"): a failed archive run means
   * trails pile up on SPS, so errors are reported.  @default Notification.errorsOnly()
   */
  readonly notification?: Notification;
}

export interface IArchiveCleanupPolicy {
  readonly archiveCleanupPolicyName: string;
}

export class ArchiveCleanupPolicy extends SpsManagedObject implements IArchiveCleanupPolicy {
  readonly kind = 'archive_cleanup_policies';
  readonly name: string;
  readonly target: ArchiveTarget;
  readonly retentionDays: number;
  readonly startTimes: readonly string[];
  readonly pathTemplate: ArchivePathTemplate;
  readonly includeNodeIdInPath: boolean;
  readonly notification: Notification;

  constructor(scope: Construct, id: string, props: ArchiveCleanupPolicyProps) {
    super(scope, id);
    this.name = props.name ?? id;
    this.target = props.target;
    this.retentionDays = props.retentionDays;
    this.startTimes = [
      ...(props.startTimes ?? (defaultOf('archive_cleanup_policies', ['start_times']) as string[])),
    ];
    this.pathTemplate = props.pathTemplate ?? ArchivePathTemplate.PROTOCOL_CONNECTION_ARCHIVEDATE;
    this.includeNodeIdInPath = props.includeNodeIdInPath ?? false;
    this.notification = props.notification ?? Notification.errorsOnly();
    throwIfProblems(problems(...this.target._problems, ...this.notification._problems), this);
    SpsConfiguration.of(this)._register(this);
  }

  get archiveCleanupPolicyName(): string {
    return this.name;
  }

  /** @internal */
  _toSps(): gen.configuration.ConfigurationArchiveCleanupPolicies {
    return {
      target: this.target._rendered,
      retentionDays: this.retentionDays,
      startTimes: [...this.startTimes],
      template: this.pathTemplate,
      includeNodeIdInPath: this.includeNodeIdInPath,
      notificationEvent: renderNotification(this.notification),
    };
  }
}

/** The generated notification struct (same shape for archive and backup policies). */
export function renderNotification(
  n: Notification,
): gen.configuration.ConfigurationArchiveCleanupPoliciesNotificationEvent {
  return n.type === 'all'
    ? { type: 'all', sendFilelist: n.sendFileList, fileCountLimit: n.fileCountLimit }
    : { type: n.type };
}
