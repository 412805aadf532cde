/** The per-environment values: the only place dev, staging and prod differ. */
import type { EnvironmentSettings } from './baseline';

export const ENVIRONMENTS: readonly EnvironmentSettings[] = [
  {
    name: 'dev',
    retentionDays: 7,
    storageServer: 'nfs-dev.example.com',
    siemAddress: 'siem-dev.example.com',
    terminateDangerousCommands: false,
    notifyEveryBackup: false,
  },
  {
    name: 'staging',
    retentionDays: 30,
    storageServer: 'nfs-staging.example.com',
    siemAddress: 'siem-staging.example.com',
    terminateDangerousCommands: true,
    notifyEveryBackup: false,
  },
  {
    name: 'prod',
    retentionDays: 90,
    storageServer: '10.20.0.5',
    siemAddress: 'siem.example.com',
    terminateDangerousCommands: true,
    notifyEveryBackup: true,
  },
];
