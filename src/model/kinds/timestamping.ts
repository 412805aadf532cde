/**
 * Where audit trails get their timestamps: SPS itself (local) or a remote timestamping server. 7.0 LTS
 * writes it in each protocol's `options.audit.timestamping` (with `signing_interval`), 8.0 LTS in the
 * audit policy's `timestamping.server` (sps-api-more.md §5.1); the fields are the same.
 */
import { bool, obj, onlyWhen, oneOfStrings, requiredWhenEnabled, str } from '../schema';
import type { JsonSchema } from '../types';

export const timestampServerFields: Record<string, JsonSchema> = {
  selection: oneOfStrings(
    ['local', 'remote'],
    'local: SPS timestamps; remote: a timestamping server (server_url).',
  ),
  server_url: str('The URL of the remote timestamping server (remote only).', { minLength: 1 }),
  oid: obj(
    'The timestamping policy requested from the remote server (remote only).',
    {
      enabled: bool('Request a specific timestamping policy. When true, policy_oid is required.'),
      policy_oid: str('The OID of the timestamping policy, e.g. 1.2.3.', {
        pattern: '^[0-9]+(\\.[0-9]+)*$',
        'x-message': 'must be an OID such as 1.2.3',
      }),
    },
    ['enabled'],
    { allOf: [requiredWhenEnabled(['policy_oid'])] },
  ),
};

/** server_url and oid belong to a remote server, which needs at least its URL. */
export const remoteServerRule = onlyWhen('selection', 'remote', ['server_url', 'oid'], ['server_url']);
