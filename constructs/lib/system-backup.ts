/** SystemBackup: which backup policy backs up the appliance itself. */
import type { Construct } from 'constructs';
import type * as gen from '../gen/providers/sps';
import type { IBackupPolicy } from './backup-policy';
import { SpsConfiguration } from './configuration';
import { SpsManagedObject, type ISpsReferenceable } from './sps-object';

export interface SystemBackupProps {
  /** The policy used for system backups: a `BackupPolicy`, or `BackupPolicy.fromName(...)`. */
  readonly policy: IBackupPolicy;
}

export class SystemBackup extends SpsManagedObject {
  readonly kind = 'system_backup';
  readonly name = 'system_backup';
  readonly policy: IBackupPolicy;

  constructor(scope: Construct, id: string, props: SystemBackupProps) {
    super(scope, id);
    this.policy = props.policy;
    SpsConfiguration.of(this)._register(this);
  }

  /** @internal */
  override _references(): readonly ISpsReferenceable[] {
    return [this.policy];
  }

  /** @internal */
  _toSps(): gen.configuration.ConfigurationSystemBackup {
    return { backupPolicy: this.policy.backupPolicyName };
  }
}
