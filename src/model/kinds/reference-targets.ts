/**
 * Objects our kinds point at but that we do not manage as policies. Their POST shapes are not in the
 * guide excerpts (x509, trusted CA lists), so they are read-only here; passwords and private keys are
 * write-once secrets (POST, then GET by key only; no list, PUT or DELETE; single use).
 */
import { arr, obj, str } from '../schema';
import type { KindSpec } from '../define';

const readOnly = { sensitive: [], references: [], managed: false } as const;

export const x509: KindSpec = {
  ...readOnly,
  name: 'x509',
  title: 'X.509 identity',
  description:
    'Certificates with private keys stored on SPS (e.g. for signing audit trails). Referenced by key.',
  endpoint: '/api/configuration/x509',
  shape: 'read-only',
  identity: null,
  schema: { type: 'object', description: 'An X.509 identity (shape not documented; read only).' },
};

export const trustedCaLists: KindSpec = {
  ...readOnly,
  name: 'trusted_ca_lists',
  title: 'trusted CA list',
  description:
    'Lists of trusted certificate authorities used to validate peers (e.g. a SIEM). Referenced by name.',
  endpoint: '/api/configuration/policies/trusted_ca_lists',
  shape: 'read-only',
  identity: 'name',
  schema: {
    type: 'object',
    description: 'A trusted CA list (shape beyond name not documented; read only).',
    properties: {
      name: str('The name of the trusted CA list.'),
      certificates: arr('CA certificates.', { type: 'string' }),
    },
    required: ['name'],
  },
};

export const privateKeys: KindSpec = {
  name: 'private_keys',
  title: 'private key',
  description:
    'A private key stored on SPS (PKCS#1 or PKCS#8 PEM, unencrypted). Write once: to change it, create a new one and repoint the referrer. Referenced once only.',
  endpoint: '/api/configuration/private_keys',
  shape: 'create-only',
  identity: null,
  managed: false,
  schema: obj(
    'A private key.',
    {
      key: str('The private key in PEM with \\n line breaks. Sensitive.', {
        pattern: '^-----BEGIN (RSA |EC |DSA |OPENSSH )?PRIVATE KEY-----',
        'x-message': 'must be an unencrypted PEM private key',
      }),
    },
    ['key'],
  ),
  sensitive: [['key']],
  references: [],
};

export const passwords: KindSpec = {
  name: 'passwords',
  title: 'password',
  description: 'A password stored on SPS. Write once and referenced once only.',
  endpoint: '/api/configuration/passwords',
  shape: 'create-only',
  identity: null,
  managed: false,
  schema: obj('A password.', { plain: str('The password. Sensitive.', { minLength: 1 }) }, ['plain']),
  sensitive: [['plain']],
  references: [],
};
