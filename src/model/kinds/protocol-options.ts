/**
 * Global protocol options. They do not share one shape: VNC and SSH have `audit` + `service`
 * (SSH adds `gssapi`), RDP has `channel_database_cleanup` + `service`. Telnet, ICA, HTTP and MSSQL
 * options are not documented in what we have, so they are listed in UNMODELLED_OPTIONS instead of
 * being guessed.
 */
import { bool, int, obj, onlyWhen, oneOfStrings, requiredWhenEnabled, str } from '../schema';
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
          selection: oneOfStrings(
            ['local', 'remote'],
            'local: SPS timestamps; remote: a timestamping server (server_url).',
          ),
          signing_interval: int('Seconds between timestamps.', { minimum: 1 }),
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
        },
        ['selection', 'signing_interval'],
        { allOf: [onlyWhen('selection', 'remote', ['server_url', 'oid'], ['server_url'])] },
      ),
    },
    ['cleanup', 'timestamping'],
  );

const service = (protocol: string, withLogLevel: boolean): JsonSchema =>
  obj(
    `Global switch for ${protocol} connections${withLogLevel ? ' and their logging detail' : ''}.`,
    {
      enabled: bool(`Enable ${protocol} connections.`),
      ...(withLogLevel ? { log_level: int('The logging detail of the connections.', { minimum: 0 }) } : {}),
    },
    withLogLevel ? ['enabled', 'log_level'] : ['enabled'],
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

export const vncOptions = options(
  'vnc_options',
  'VNC',
  'vnc',
  obj('Global VNC options.', { audit: protocolAudit('VNC'), service: service('VNC', true) }, [
    'audit',
    'service',
  ]),
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
      service: service('SSH', true),
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
      channel_database_cleanup: obj(
        'Cleanup of RDP connection metadata.',
        {
          enabled: bool('Clean up old connection metadata. When true, days is required.'),
          days: int('Retention of RDP connection metadata in days; must exceed the archiving retention.', {
            minimum: 1,
          }),
        },
        ['enabled'],
        { allOf: [requiredWhenEnabled(['days'])] },
      ),
      service: service('RDP', false),
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
