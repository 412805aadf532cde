/**
 * What the `sps` provider tests share: the launcher path, the canary secrets, and one desired
 * configuration that exercises references (system backup → backup policy created in the same
 * apply), secrets (HEC token, SMB password) and an archive/cleanup policy (delete protection).
 */
import * as path from 'node:path';
import type { JsonObject } from '../../../src/model';

export const SPS_EXECUTABLE = path.resolve(__dirname, '../../../bin/terraform-provider-sps');
export const SCHEMA_FILE = path.resolve(__dirname, '../../../schema/sps.schema.json');

/** Canaries: if either ever shows up in a diagnostic, stderr or terraform output, a secret leaked. */
export const HEC_TOKEN_CANARY = 'canary-hec-7f3a9c1e5b';
export const SMB_PASSWORD_CANARY = 'canary-smb-2d8e4b6f0a';

/** The desired document (the resource's attributes without id/keys), as the reconciler reads it. */
export function desiredDocument(): JsonObject {
  return {
    audit_policies: {
      signed: {
        signing: { enabled: true, x509_identity: '5f1cd1b4-5a3c-4b67-9d8e-7a2f0c3e9b10' },
        timestamping_enabled: true,
      },
    },
    archive_cleanup_policies: {
      'archive-nfs': {
        target: { type: 'nfs', server: { selection: 'ip', value: '10.0.0.5' }, path: '/data/archive' },
        start_times: ['2:30'],
        retention_days: 30,
      },
    },
    backup_policies: {
      nightly: {
        target: {
          type: 'smb',
          server: { selection: 'ip', value: '10.0.0.6' },
          share: 'backups/sps',
          authentication: { selection: 'password', username: 'svc', password: SMB_PASSWORD_CANARY },
        },
        start_times: ['3:15'],
      },
    },
    splunk_forwarder: {
      enabled: true,
      host: { selection: 'fqdn', value: 'splunk.example.com' },
      ssl: { selection: 'secure' },
      token: HEC_TOKEN_CANARY,
    },
    system_backup: { backup_policy: 'nightly' },
  };
}

/** Every secret the configuration holds, for "never printed" assertions. */
export const CANARIES = [HEC_TOKEN_CANARY, SMB_PASSWORD_CANARY] as const;
