import { int, obj, objectName, onlyWhen, oneOfStrings, startTimes, whenEquals } from '../schema';
import type { KindSpec } from '../define';
import { includeNodeIdInPath, notificationEvent, server, smbFields, targetPath } from './storage-common';

const NOT_FOR_NONE = { not: {}, 'x-message': 'is not allowed when type is "none" (cleanup only)' };

/** `/api/configuration/policies/archive_cleanup_policies` (guide excerpt 004). */
export const archiveCleanupPolicies: KindSpec = {
  name: 'archive_cleanup_policies',
  title: 'archive/cleanup policy',
  description:
    'Archive/cleanup policies move closed audit trails older than the retention time to an SMB or NFS server, or delete them (type "none"). Deleting or re-creating a policy that has archived data makes that data unreachable.',
  endpoint: '/api/configuration/policies/archive_cleanup_policies',
  shape: 'collection',
  identity: 'name',
  managed: true,
  schema: obj(
    'An archive/cleanup policy.',
    {
      name: objectName('archive/cleanup policy'),
      include_node_id_in_path: includeNodeIdInPath('archive'),
      notification_event: notificationEvent('archive'),
      target: obj(
        'Where archived data goes: an SMB/CIFS or NFS server, or nowhere (cleanup only: data is deleted forever).',
        {
          type: oneOfStrings(
            ['smb', 'nfs', 'none'],
            'smb: SMB/CIFS; nfs: NFS; none: cleanup only, data is deleted forever.',
          ),
          server,
          path: targetPath('archive'),
          ...smbFields,
        },
        ['type'],
        {
          allOf: [
            onlyWhen(
              'type',
              'smb',
              ['domain', 'protocol_version', 'share', 'authentication'],
              ['server', 'share', 'authentication'],
            ),
            whenEquals('type', 'nfs', { required: ['server', 'path'] }),
            whenEquals('type', 'none', { properties: { server: NOT_FOR_NONE, path: NOT_FOR_NONE } }),
          ],
        },
      ),
      start_times: startTimes('archive', ['0:30']),
      template: oneOfStrings(
        [
          'PROTOCOL/CONNECTION/ARCHIVEDATE/',
          'ARCHIVEDATE/CONNECTION/PROTOCOL/',
          'CONNECTIONDATE/PROTOCOL/CONNECTION/',
          'ARCHIVEDATE/',
          'CONNECTIONDATE/',
        ],
        'How archived audit trails are organized into subdirectories of the archive directory.',
        { default: 'PROTOCOL/CONNECTION/ARCHIVEDATE/' },
      ),
      retention_days: int(
        'Data older than this many days is archived to the target (and deleted from SPS).',
        { minimum: 1 },
      ),
    },
    ['name', 'target', 'retention_days'],
  ),
  sensitive: [['target', 'authentication', 'password']],
  references: [],
  deletionNeeds: {
    setting: 'allow_archive_recreate',
    reason: 'deleting an archive/cleanup policy makes its archived data unreachable',
  },
};
