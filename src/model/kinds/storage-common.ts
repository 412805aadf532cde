/** Pieces shared by archive/cleanup and backup policies (same documented elements in the guide). */
import { address, bool, int, obj, onlyWhen, oneOfStrings, str, whenEquals } from '../schema';
import type { JsonSchema } from '../types';

export const notificationEvent = (what: 'archive' | 'backup'): JsonSchema =>
  obj(
    `E-mail notifications about ${what}-related events.`,
    {
      type: oneOfStrings(
        ['all', 'errors-only', 'none'],
        `all: notify on all ${what}-related events; errors-only: only on errors; none: no notification e-mails.`,
        { default: 'none' },
      ),
      send_filelist: bool(
        'Include the list of files in the notification e-mail (meaningful only when type is "all").',
        {
          default: false,
        },
      ),
      file_count_limit: int(
        'The maximum number of files listed in the notification e-mail (meaningful only when type is "all" and send_filelist is true).',
        { minimum: 1, default: 10240 },
      ),
    },
    ['type'],
    { default: { type: 'none' } },
  );

export const includeNodeIdInPath = (what: string): JsonSchema =>
  bool(
    `Include the cluster node ID in the path, so that cluster nodes do not ${what} to the same location and overwrite each other's data. Recommended when SPS is a cluster node.`,
    { default: false },
  );

/** SMB `authentication`: password or anonymous. The password is a secret. */
export const smbAuthentication = obj(
  'How SPS logs on to the SMB/CIFS share.',
  {
    selection: oneOfStrings(
      ['password', 'anonymous'],
      'password: log on with a username and password; anonymous: log on anonymously.',
    ),
    username: str('The username used to log on to the remote server (only when selection is "password").', {
      minLength: 1,
    }),
    password: str(
      'The password corresponding to the username (only when selection is "password"). Sensitive.',
      {
        minLength: 1,
      },
    ),
  },
  ['selection'],
  { allOf: [onlyWhen('selection', 'password', ['username', 'password'])] },
);

export const smbFields = {
  domain: str('The domain name of the target server (SMB only).'),
  protocol_version: str(
    'The SMB protocol version SPS uses to connect to the server (SMB only). Servers are usually backwards compatible.',
    { minLength: 1 },
  ),
  share: str('The share name and directory path, as share_name/path/to/directory (SMB only).', {
    minLength: 1,
  }),
  authentication: smbAuthentication,
};

export const server = address('The address of the remote server.');
export const targetPath = (what: string): JsonSchema =>
  str(`The path to the ${what} directory on the target server.`, { minLength: 1 });

/** `target.type == type` requires `required` and allows those fields only then. */
export const targetRule = whenEquals;
