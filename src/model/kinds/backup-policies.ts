import { int, obj, objectName, onlyWhen, oneOfStrings, str, startTimes, whenEquals } from '../schema';
import type { KindSpec } from '../define';
import { includeNodeIdInPath, notificationEvent, server, smbFields, targetPath } from './storage-common';

const HOST_KEY_ALGORITHMS: Record<string, string> = { 'ssh-rsa': 'rsa', 'ssh-dss': 'dss', 'ssh-dsa': 'dsa' };

const hostKeyObject = obj(
  'The public key of the rsync server (as SPS returns it).',
  {
    selection: oneOfStrings(['rsa', 'dss', 'dsa'], 'The algorithm the key is based on.'),
    value: str('The public key of the host, base64.', {
      pattern: '^[A-Za-z0-9+/]+=*$',
      'x-message': 'must be a base64 public key',
    }),
  },
  ['selection', 'value'],
);

/** `/api/configuration/policies/backup_policies` (guide excerpt 004). */
export const backupPolicies: KindSpec = {
  name: 'backup_policies',
  title: 'backup policy',
  description:
    'Backup policies define the backup server (rsync over SSH, SMB/CIFS or NFS) and schedule used for system and data backups of SPS.',
  endpoint: '/api/configuration/policies/backup_policies',
  shape: 'collection',
  identity: 'name',
  managed: true,
  schema: obj(
    'A backup policy.',
    {
      name: objectName('backup policy'),
      include_node_id_in_path: includeNodeIdInPath('back up'),
      notification_event: notificationEvent('backup'),
      target: obj(
        'The backup server and the protocol used to reach it.',
        {
          type: oneOfStrings(['rsync', 'smb', 'nfs'], 'rsync: rsync over SSH; smb: SMB/CIFS; nfs: NFS.'),
          server,
          path: targetPath('backup'),
          ...smbFields,
          username: str('The username used to log on to the rsync server (rsync only).', { minLength: 1 }),
          auth_key: str(
            'The private key SPS authenticates with on the rsync server (rsync only); its public key must be on the server.',
            {
              minLength: 1,
            },
          ),
          host_key: {
            description:
              'The public key of the rsync server (rsync only): an OpenSSH one-liner ("ssh-rsa AAAA...") or {selection, value}; SPS always returns {selection, value}.',
            oneOf: [
              str('An OpenSSH public key one-liner.', {
                pattern: '^ssh-(rsa|dss|dsa) [A-Za-z0-9+/]+=*( .*)?$',
                'x-message': 'must be an OpenSSH one-liner such as "ssh-rsa AAAA..."',
              }),
              hostKeyObject,
            ],
            'x-message':
              'must be an OpenSSH one-liner of an rsa, dss or dsa key ("ssh-rsa AAAA..."; SPS takes no other algorithm) or {selection, value}',
          },
          port: int('The port of the SSH server on the rsync host (rsync only).', {
            minimum: 1,
            maximum: 65535,
          }),
        },
        ['type', 'server'],
        {
          allOf: [
            onlyWhen(
              'type',
              'rsync',
              ['username', 'auth_key', 'host_key', 'port'],
              ['username', 'auth_key', 'host_key', 'path'],
            ),
            onlyWhen(
              'type',
              'smb',
              ['domain', 'protocol_version', 'share', 'authentication'],
              ['share', 'authentication'],
            ),
            whenEquals('type', 'nfs', { required: ['path'] }),
          ],
        },
      ),
      start_times: startTimes('backup', ['1:00']),
    },
    ['name', 'target'],
  ),
  sensitive: [['target', 'authentication', 'password']],
  references: [{ path: ['target', 'auth_key'], target: 'private_keys', readForm: 'object' }],
  shorthands: [
    {
      path: ['target', 'host_key'],
      expand(short) {
        const [algorithm, value] = short.trim().split(/\s+/);
        const selection = HOST_KEY_ALGORITHMS[algorithm];
        return selection && value ? { selection, value } : undefined;
      },
      collapse(full) {
        const algorithm = Object.keys(HOST_KEY_ALGORITHMS).find(
          (a) => HOST_KEY_ALGORITHMS[a] === full.selection,
        );
        return typeof full.value === 'string'
          ? `${algorithm ?? `ssh-${String(full.selection)}`} ${full.value}`
          : undefined;
      },
    },
  ],
};
