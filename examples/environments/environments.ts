/** The per-environment values: the only place dev, staging and prod differ. */
import type { EnvironmentSettings } from './baseline';

export const ENVIRONMENTS: readonly EnvironmentSettings[] = [
  {
    name: 'dev',
    url: 'https://sps-dev.example.com',
    retentionDays: 7,
    storageServer: 'nfs-dev.example.com',
    siemAddress: 'siem-dev.example.com',
    terminateDangerousCommands: false,
    notifyEveryBackup: false,
  },
  {
    name: 'staging',
    url: 'https://sps-staging.example.com',
    retentionDays: 30,
    storageServer: 'nfs-staging.example.com',
    siemAddress: 'siem-staging.example.com',
    terminateDangerousCommands: true,
    notifyEveryBackup: false,
  },
  {
    name: 'prod',
    url: 'https://sps.example.com',
    retentionDays: 90,
    storageServer: '10.20.0.5',
    siemAddress: 'siem.example.com',
    terminateDangerousCommands: true,
    notifyEveryBackup: true,
  },
];
