/** A desired document that touches every managed kind, with references and secrets. */
import { generateKeyPairSync } from 'node:crypto';
import type { JsonObject } from '../../src/model';

export const RSYNC_PRIVATE_KEY = generateKeyPairSync('rsa', { modulusLength: 1024 })
  .privateKey.export({ type: 'pkcs1', format: 'pem' })
  .toString();

export function everyKind(secret = 'hec-token-0001'): JsonObject {
  return {
    audit_policies: {
      signed: {
        signing: { enabled: true, x509_identity: '5f1cd1b4-5a3c-4b67-9d8e-7a2f0c3e9b10' },
        timestamping_enabled: true,
      },
      plain: {},
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
          type: 'rsync',
          server: { selection: 'fqdn', value: 'backup.example.com' },
          username: 'sps',
          path: '/srv/backup',
          auth_key: RSYNC_PRIVATE_KEY,
          host_key: { selection: 'rsa', value: 'AAAAB3NzaC1yc2EAAAADAQABAAABAQDm' },
          port: 22,
        },
        start_times: ['1:00'],
      },
      smb: {
        target: {
          type: 'smb',
          server: { selection: 'ip', value: '10.0.0.6' },
          share: 'backups/sps',
          authentication: { selection: 'password', username: 'svc', password: `smb-${secret}` },
        },
        start_times: ['3:15'],
      },
    },
    content_policies: {
      'no-rm': {
        rules: [
          { actions: { log: true, terminate: true }, event: { selection: 'command', match: ['rm -rf'] } },
        ],
      },
    },
    splunk_forwarder: {
      enabled: true,
      host: { selection: 'fqdn', value: 'splunk.example.com' },
      ssl: { selection: 'secure' },
      token: secret,
    },
    universal_siem_forwarder: {
      enabled: true,
      prefix: 'sps_',
      targets: [
        {
          name: 'siem',
          format: 'json_cim',
          protocol: {
            selection: 'syslog',
            value: {
              address: { selection: 'ip', value: '10.0.0.7' },
              port: 6514,
              tls: { selection: 'secure', trusted_ca_list_ref: 'siem-cas' },
            },
          },
        },
      ],
    },
    vnc_options: {
      audit: {
        cleanup: { enabled: true, channel_database_cleanup_days: 10 },
        timestamping: { selection: 'local', signing_interval: 30 },
      },
      service: { enabled: true, log_level: 4 },
    },
    ssh_options: {
      audit: { cleanup: { enabled: false }, timestamping: { selection: 'local', signing_interval: 60 } },
      gssapi: { enabled: false },
      service: { enabled: true, log_level: 5 },
    },
    rdp_options: { channel_database_cleanup: { enabled: true, days: 90 }, service: { enabled: true } },
    system_backup: { backup_policy: 'nightly' },
  };
}
