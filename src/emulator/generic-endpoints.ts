/**
 * Configuration endpoints the model has no kind for, as the emulated appliance serves them: any JSON
 * body accepted and kept whole, references recognised by key (integrity.ts), built-ins seeded from
 * the documentation's samples where there are some (sps-api-more.md), read-only where documented.
 * This table is the emulator's knowledge of the appliance, deliberately apart from the model's.
 */
import { defineKind } from '../model/define';
import type { JsonObject, KindDef, KindName, KindShape } from '../model';
import type { SeedObject } from './seed';

interface GenericEndpoint {
  readonly endpoint: string;
  readonly shape: KindShape;
  readonly seed?: readonly { key: string; body: JsonObject }[];
}

/** A connection policy as a real appliance returns it: far more fields than any client declares. */
const SAMPLE_VNC_CONNECTION: JsonObject = {
  name: 'vnc-jump',
  active: true,
  access_control: [],
  network: { clients: ['0.0.0.0/0'], targets: ['10.0.0.0/8'], ports: [5900] },
  indexing: { enabled: false },
  channel_database_cleanup: { enabled: false },
  log_audit_trail_downloads: false,
};

const TELNET_DEFAULT_SETTINGS: JsonObject = {
  banner: '',
  client_tls_security_settings: {
    cipher_strength: { selection: 'recommended' },
    minimum_tls_version: 'TLSv1_2',
  },
  inactivity_timeout: { enabled: false },
  name: 'default',
  preconnect_channel_check: false,
  server_tls_security_settings: {
    cipher_strength: { selection: 'recommended' },
    minimum_tls_version: 'TLSv1_2',
  },
  timeout: 600,
};

const defaultNamed = (key: string, extra: JsonObject = {}) => ({ key, body: { name: 'default', ...extra } });

const ENDPOINTS: readonly GenericEndpoint[] = [
  { endpoint: 'ssh/connections', shape: 'collection' },
  { endpoint: 'rdp/connections', shape: 'collection' },
  // documented read-only (S-VNCCONN); telnet/ICA probably so [I]: served read-only here
  {
    endpoint: 'vnc/connections',
    shape: 'read-only',
    seed: [{ key: '7410ab3c5e2d4f6a8b9c01', body: SAMPLE_VNC_CONNECTION }],
  },
  { endpoint: 'telnet/connections', shape: 'read-only' },
  { endpoint: 'ica/connections', shape: 'read-only' },
  { endpoint: 'ssh/channel_policies', shape: 'collection' },
  { endpoint: 'rdp/channel_policies', shape: 'collection' },
  { endpoint: 'telnet/channel_policies', shape: 'collection' },
  { endpoint: 'ica/channel_policies', shape: 'collection' },
  { endpoint: 'ssh/authentication_policies', shape: 'collection', seed: [defaultNamed('-200')] },
  { endpoint: 'telnet/authentication_policies', shape: 'collection' },
  { endpoint: 'ssh/settings_policies', shape: 'collection', seed: [defaultNamed('-300', { timeout: 600 })] },
  {
    endpoint: 'rdp/settings_policies',
    shape: 'collection',
    seed: [
      defaultNamed('-301', { timeout: 600 }),
      { key: '-303', body: { name: 'default-rdp-ts', timeout: 600 } },
    ],
  },
  {
    endpoint: 'telnet/settings_policies',
    shape: 'collection',
    seed: [{ key: '-302', body: TELNET_DEFAULT_SETTINGS }],
  },
  { endpoint: 'ica/settings_policies', shape: 'collection' },
  { endpoint: 'policies/usermapping_policies', shape: 'collection' },
  { endpoint: 'policies/ldap_servers', shape: 'collection' },
  { endpoint: 'policies/signing_cas', shape: 'collection' },
  { endpoint: 'policies/userlists', shape: 'collection' },
  { endpoint: 'policies/indexing', shape: 'collection' },
  {
    endpoint: 'telnet/options',
    shape: 'singleton',
    seed: [{ key: 'options', body: { service: { log_level: 3 } } }],
  },
  {
    endpoint: 'ica/options',
    shape: 'singleton',
    seed: [{ key: 'options', body: { service: { log_level: 3 } } }],
  },
  {
    endpoint: 'http/options',
    shape: 'singleton',
    seed: [{ key: 'options', body: { service: { log_level: 3 } } }],
  },
  {
    endpoint: 'mssql/options',
    shape: 'singleton',
    seed: [{ key: 'options', body: { service: { log_level: 3 } } }],
  },
];

/** The generic endpoints as emulator kinds (open schema, no declared references). */
export const GENERIC_KINDS: readonly KindDef[] = ENDPOINTS.map((e) =>
  defineKind({
    name: e.endpoint as KindName,
    title: `${e.endpoint} object`,
    description: `Generic endpoint /api/configuration/${e.endpoint}.`,
    endpoint: `/api/configuration/${e.endpoint}`,
    shape: e.shape,
    identity: e.shape === 'singleton' ? null : 'name',
    managed: false,
    schema: { type: 'object' },
    sensitive: [],
    references: [],
  }),
);

export function genericSeed(): SeedObject[] {
  return ENDPOINTS.flatMap((e) =>
    (e.seed ?? []).map((s) => ({ kind: e.endpoint as KindName, key: s.key, body: structuredClone(s.body) })),
  );
}
