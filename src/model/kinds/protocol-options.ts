/**
 * Global protocol options. They do not share one shape: VNC and SSH have `audit` + `service`
 * (SSH adds `gssapi`), RDP has `channel_database_cleanup` + `service`. Telnet, ICA, HTTP and MSSQL
 * options are not documented in what we have, so they are listed in UNMODELLED_OPTIONS instead of
 * being guessed.
 */
import { bool, int, obj, requiredWhenEnabled } from '../schema';
import { onlyIn } from '../firmware';
import { remoteServerRule, timestampServerFields } from './timestamping';
import type { KindSpec } from '../define';
import type { JsonSchema, KindName } from '../types';

const protocolAudit = (protocol: string): JsonSchema =>
  obj(
    `Timestamping and channel database cleanup for ${protocol} connections.`,
    {
      cleanup: obj(
        'Cleanup of the connection (channel) database.',
        {
          enabled: bool(
            'Clean up old connection metadata. When true, channel_database_cleanup_days is required.',
          ),
          channel_database_cleanup_days: int(
            'Days after which connection metadata is deleted; must exceed the archiving retention.',
            {
              minimum: 1,
            },
          ),
        },
        ['enabled'],
        { allOf: [requiredWhenEnabled(['channel_database_cleanup_days'])] },
      ),
      timestamping: obj(
        'Audit trail timestamping: by SPS itself (local) or by a remote timestamping server.',
        {
          selection: timestampServerFields.selection,
          signing_interval: int('Seconds between timestamps.', { minimum: 1 }),
          server_url: timestampServerFields.server_url,
          oid: timestampServerFields.oid,
        },
        ['selection', 'signing_interval'],
        { allOf: [remoteServerRule] },
      ),
    },
    ['cleanup', 'timestamping'],
  );

/** `log_level` is required where the guide's sample always has it (SSH 6.0, VNC 7.0) and optional otherwise. */
const service = (protocol: string, logLevel: 'none' | 'required' | 'optional'): JsonSchema =>
  obj(
    `Global switch for ${protocol} connections${logLevel !== 'none' ? ' and their logging detail' : ''}.`,
    {
      enabled: bool(`Enable ${protocol} connections.`),
      ...(logLevel !== 'none'
        ? {
            log_level: int(
              'The logging detail of the connections.' +
                (logLevel === 'optional'
                  ? ' Not in the newer VNC sample (unknown whether it still exists).'
                  : ''),
              { minimum: 0 },
            ),
          }
        : {}),
    },
    logLevel === 'required' ? ['enabled', 'log_level'] : ['enabled'],
  );

const channelDatabaseCleanup = (protocol: string, daysRequired: boolean): JsonSchema =>
  obj(
    `Cleanup of ${protocol} connection metadata.`,
    {
      enabled: bool(
        `Clean up old connection metadata.${daysRequired ? ' When true, days is required.' : ''}`,
      ),
      days: int(
        `Retention of ${protocol} connection metadata in days; must exceed the archiving retention.` +
          (daysRequired ? '' : ' Inferred from the RDP shape (the VNC sample shows only enabled).'),
        { minimum: 1 },
      ),
    },
    ['enabled'],
    daysRequired ? { allOf: [requiredWhenEnabled(['days'])] } : {},
  );

const options = (name: KindName, protocol: string, path: string, schema: JsonSchema): KindSpec => ({
  name,
  title: `${protocol} options`,
  description: `Options that affect all ${protocol} connections.`,
  endpoint: `/api/configuration/${path}/options`,
  shape: 'singleton',
  identity: null,
  managed: true,
  schema,
  sensitive: [],
  references: [],
});

/**
 * VNC options come in two shapes (sps-api-more.md §5.2): 7.0 LTS has `audit{cleanup, timestamping}`;
 * a newer guide (release not stated; taken as 8.0 LTS, inferred) has `channel_database_cleanup` and
 * moves timestamping into the audit policy. Only `service` is common.
 */
export const vncOptions = options(
  'vnc_options',
  'VNC',
  'vnc',
  obj(
    'Global VNC options.',
    {
      audit: onlyIn(
        '7.0',
        protocolAudit('VNC'),
        'channel_database_cleanup, and timestamping in the audit policy',
      ),
      channel_database_cleanup: onlyIn('8.0', channelDatabaseCleanup('VNC', false), 'audit.cleanup'),
      service: service('VNC', 'optional'),
    },
    ['service'],
  ),
);

export const sshOptions = options(
  'ssh_options',
  'SSH',
  'ssh',
  obj(
    'Global SSH options.',
    {
      audit: protocolAudit('SSH'),
      gssapi: obj('GSSAPI (Kerberos) authentication.', { enabled: bool('Enable GSSAPI.') }, ['enabled']),
      service: service('SSH', 'required'),
    },
    ['audit', 'gssapi', 'service'],
  ),
);

export const rdpOptions = options(
  'rdp_options',
  'RDP',
  'rdp',
  obj(
    'Global RDP options.',
    {
      channel_database_cleanup: channelDatabaseCleanup('RDP', true),
      service: service('RDP', 'none'),
    },
    ['channel_database_cleanup', 'service'],
  ),
);

/** Protocol options whose shape the guide excerpts we have do not document. Not modelled on purpose. */
export const UNMODELLED_OPTIONS = [
  { protocol: 'telnet', endpoint: '/api/configuration/telnet/options' },
  { protocol: 'ica', endpoint: '/api/configuration/ica/options' },
  { protocol: 'http', endpoint: '/api/configuration/http/options' },
  { protocol: 'mssql', endpoint: '/api/configuration/mssql/options' },
] as const;
