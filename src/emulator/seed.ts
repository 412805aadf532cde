/**
 * What a fresh appliance holds, so clients meet realistic state: the built-in default audit policy
 * (negative key, not deletable), default VNC/SSH/RDP options (the VNC values are the guide's own
 * sample), disabled Splunk and universal SIEM forwarders, a system backup with no policy, and
 * objects to point at: two X.509 identities and a trusted CA list. No archive/cleanup or backup
 * policies exist. Fixed keys keep test expectations and persisted files stable.
 */
import type { JsonObject, KindName } from '../model';
import type { EmulatedBand } from './firmware-shapes';

export interface SeedObject {
  readonly kind: KindName;
  readonly key: string;
  readonly body: JsonObject;
}

/** Built-in keys follow the guide's samples (`-200`, `-20100`). */
export const BUILTIN_AUDIT_POLICY_KEY = '-20100';
export const SEED_X509_SIGNING_KEY = '5f1cd1b4-5a3c-4b67-9d8e-7a2f0c3e9b10';
export const SEED_X509_WEB_KEY = '0b8e2d64-1c7f-4e3a-8f52-3d9a6c1e7f22';
export const SEED_TRUSTED_CA_LIST_KEY = 'c3a9e7f1-2b4d-4c6e-8a0f-1e2d3c4b5a69';

const protocolAudit: JsonObject = {
  cleanup: { enabled: false },
  timestamping: { selection: 'local', signing_interval: 30 },
};

/** The 8.0 LTS samples where the band changes a body (sps-api-more.md §5.1, §5.2). */
export function defaultSeed(band: EmulatedBand = '7.0'): SeedObject[] {
  const v8 = band === '8.0';
  return [
    {
      kind: 'x509',
      key: SEED_X509_SIGNING_KEY,
      body: {
        name: 'audit-signing',
        subject: 'CN=SPS audit signing',
        issuer: 'CN=SPS internal CA',
        fingerprint: 'sha256:emulated-audit-signing',
      },
    },
    {
      kind: 'x509',
      key: SEED_X509_WEB_KEY,
      body: {
        name: 'web-server',
        subject: 'CN=sps-emulator-1.localdomain',
        issuer: 'CN=SPS internal CA',
        fingerprint: 'sha256:emulated-web-server',
      },
    },
    { kind: 'trusted_ca_lists', key: SEED_TRUSTED_CA_LIST_KEY, body: { name: 'siem-cas', certificates: [] } },
    {
      kind: 'audit_policies',
      key: BUILTIN_AUDIT_POLICY_KEY,
      body: {
        name: 'default',
        encryption: { enabled: false },
        signing: { enabled: false },
        ...(v8 ? { signing_and_timestamping_interval: 30, timestamping: { enabled: false } } : {}),
        ...(v8 ? {} : { timestamping_enabled: false }),
      },
    },
    // as a freshly installed appliance holds it: disabled, with an empty token
    { kind: 'splunk_forwarder', key: 'splunk_forwarder', body: { enabled: false, token: '' } },
    {
      kind: 'universal_siem_forwarder',
      key: 'universal_siem_forwarder',
      body: { enabled: false, prefix: '', targets: [] },
    },
    {
      kind: 'vnc_options',
      key: 'options',
      body: v8
        ? { channel_database_cleanup: { enabled: false }, service: { enabled: false } }
        : { audit: protocolAudit, service: { enabled: true, log_level: 4 } },
    },
    {
      kind: 'ssh_options',
      key: 'options',
      body: { audit: protocolAudit, gssapi: { enabled: false }, service: { enabled: true, log_level: 4 } },
    },
    {
      kind: 'rdp_options',
      key: 'options',
      body: { channel_database_cleanup: { enabled: false }, service: { enabled: true } },
    },
    { kind: 'system_backup', key: 'system_backup', body: { backup_policy: null } },
  ];
}
