import { arr, bool, int, obj, objectName, requiredWhenEnabled, str } from '../schema';
import { onlyIn } from '../firmware';
import { remoteServerRule, timestampServerFields } from './timestamping';
import type { KindSpec } from '../define';

const pemCertificate = (description: string) =>
  str(description, {
    pattern: '^-----BEGIN CERTIFICATE-----',
    'x-message':
      'must be a PEM certificate ("-----BEGIN CERTIFICATE-----\\n...") with \\n line breaks and no metadata',
  });

const certificatePair = obj(
  'An encrypting certificate, optionally paired with a second one for joint (4-eyes) encryption.',
  {
    certificate: pemCertificate('The encrypting certificate; replaying needs its private key.'),
    four_eyes_certificate: {
      type: ['string', 'null'],
      description: 'Additional certificate for joint (4-eyes) encryption; replaying needs both private keys.',
      pattern: '^-----BEGIN CERTIFICATE-----',
      'x-message': 'must be a PEM certificate or null',
      default: null,
    },
  },
  ['certificate'],
);

/**
 * `/api/configuration/policies/audit_policies`: the 7.0 LTS shape (guide excerpt 004) and the 8.0 LTS
 * timestamping fields (sps-api-more.md §5.1), each marked with its band.
 */
export const auditPolicies: KindSpec = {
  name: 'audit_policies',
  title: 'audit policy',
  description:
    'Audit policies hold the settings for encrypting, timestamping and signing audit trails. The built-in default audit policy is pre-selected for new connection policies.',
  endpoint: '/api/configuration/policies/audit_policies',
  shape: 'collection',
  identity: 'name',
  managed: true,
  schema: obj(
    'An audit policy.',
    {
      name: objectName('audit policy'),
      encryption: obj(
        'Audit trail encryption settings.',
        {
          enabled: bool(
            'Encrypt audit trails. When true, certificates and different_certificates_for_upstream are required.',
          ),
          certificates: arr('The encrypting certificates.', certificatePair),
          different_certificates_for_upstream: obj(
            'Encrypt upstream traffic with separate certificates.',
            {
              enabled: bool('Encrypt upstream traffic separately. When true, certificates is required.'),
              certificates: arr('The certificates for encrypting upstream traffic.', certificatePair),
            },
            ['enabled'],
            { allOf: [requiredWhenEnabled(['certificates'])] },
          ),
        },
        ['enabled'],
        {
          allOf: [requiredWhenEnabled(['certificates', 'different_certificates_for_upstream'])],
          default: { enabled: false },
        },
      ),
      signing: obj(
        'Audit trail signing settings.',
        {
          enabled: bool('Sign audit trails. When true, x509_identity is required.'),
          x509_identity: str(
            'The X.509 identity (certificate and key stored on SPS) that signs audit trails.',
            {
              minLength: 1,
            },
          ),
        },
        ['enabled'],
        { allOf: [requiredWhenEnabled(['x509_identity'])], default: { enabled: false } },
      ),
      timestamping_enabled: onlyIn(
        '7.0',
        bool('Timestamp audit trails (the server and interval are in the protocol options).'),
        'timestamping.enabled',
        false,
      ),
      timestamping: onlyIn(
        '8.0',
        obj(
          'Audit trail timestamping.',
          {
            enabled: bool('Timestamp audit trails.'),
            server: obj(
              'Who timestamps: SPS itself (local) or a remote timestamping server. Whether it may be left out when enabled is true is not documented.',
              timestampServerFields,
              ['selection'],
              { allOf: [remoteServerRule] },
            ),
          },
          ['enabled'],
        ),
        'timestamping_enabled',
        { enabled: false },
      ),
      signing_and_timestamping_interval: onlyIn(
        '8.0',
        int('Interval of signing and timestamping (the default policy has 30; the unit is not documented).', {
          minimum: 1,
        }),
        'signing_interval in the protocol options',
      ),
    },
    ['name'],
  ),
  sensitive: [],
  references: [{ path: ['signing', 'x509_identity'], target: 'x509', readForm: 'object' }],
};
