/**
 * Invalid desired-state documents. Each must be rejected before any request, with a message that
 * contains `pointer` (the JSON pointer of the problem). `doc` is written as YAML unless `file` says .json.
 */
export interface InvalidCase {
  readonly title: string;
  readonly doc: unknown;
  readonly pointer: string;
  readonly file?: string;
  readonly env?: NodeJS.ProcessEnv;
}

const smb = (extra: object = {}) => ({
  type: 'smb',
  server: { selection: 'ip', value: '10.0.0.1' },
  share: 'share/dir',
  authentication: { selection: 'password', username: 'u', password: 'p' },
  ...extra,
});
const rule = { event: { selection: 'command', match: ['x'] } };
const vnc = (timestamping: object) => ({
  audit: { cleanup: { enabled: false }, timestamping },
  service: { enabled: true, log_level: 4 },
});
const siemTarget = (tls: object, extra: object = {}) => ({
  name: 't',
  format: 'cef',
  protocol: {
    selection: 'syslog',
    value: { address: { selection: 'ip', value: '10.0.0.2' }, port: 514, tls },
  },
  ...extra,
});
const synth = (config: object) => ({ terraform: {}, resource: { sps_configuration: { sps: config } } });

export const INVALID_CORPUS: InvalidCase[] = [
  { title: 'unknown kind', doc: { audit_policy: {} }, pointer: '/audit_policy' },
  {
    title: 'unknown field in an audit policy',
    doc: { audit_policies: { a: { timestamping: true } } },
    pointer: '/audit_policies/a/timestamping',
  },
  {
    title: 'wrong type: boolean as string',
    doc: { audit_policies: { a: { timestamping_enabled: 'yes' } } },
    pointer: '/audit_policies/a/timestamping_enabled',
  },
  {
    title: 'name with whitespace',
    doc: { audit_policies: { 'my policy': {} } },
    pointer: '/audit_policies/my policy',
  },
  {
    title: 'signing enabled without identity',
    doc: { audit_policies: { a: { signing: { enabled: true } } } },
    pointer: '/audit_policies/a/signing/x509_identity',
  },
  {
    title: 'encryption certificate not PEM',
    doc: {
      audit_policies: {
        a: {
          encryption: {
            enabled: true,
            certificates: [{ certificate: 'abc' }],
            different_certificates_for_upstream: { enabled: false },
          },
        },
      },
    },
    pointer: '/audit_policies/a/encryption/certificates/0/certificate',
  },
  {
    title: 'bad start time',
    doc: {
      archive_cleanup_policies: {
        a: { target: { type: 'none' }, start_times: ['25:00'], retention_days: 1 },
      },
    },
    pointer: '/archive_cleanup_policies/a/start_times/0',
  },
  {
    title: 'empty start times',
    doc: {
      archive_cleanup_policies: { a: { target: { type: 'none' }, start_times: [], retention_days: 1 } },
    },
    pointer: '/archive_cleanup_policies/a/start_times',
  },
  {
    title: 'retention zero',
    doc: {
      archive_cleanup_policies: { a: { target: { type: 'none' }, start_times: ['1:00'], retention_days: 0 } },
    },
    pointer: '/archive_cleanup_policies/a/retention_days',
  },
  {
    title: 'bad target enum',
    doc: {
      archive_cleanup_policies: { a: { target: { type: 'ftp' }, start_times: ['1:00'], retention_days: 1 } },
    },
    pointer: '/archive_cleanup_policies/a/target/type',
  },
  {
    title: 'SMB-only field on nfs',
    doc: {
      archive_cleanup_policies: {
        a: {
          target: { type: 'nfs', server: { selection: 'ip', value: '10.0.0.1' }, path: '/x', share: 's' },
          start_times: ['1:00'],
          retention_days: 1,
        },
      },
    },
    pointer: '/archive_cleanup_policies/a/target/share',
  },
  {
    title: 'nfs without path',
    doc: {
      archive_cleanup_policies: {
        a: {
          target: { type: 'nfs', server: { selection: 'ip', value: '10.0.0.1' } },
          start_times: ['1:00'],
          retention_days: 1,
        },
      },
    },
    pointer: '/archive_cleanup_policies/a/target/path',
  },
  {
    title: 'server path on cleanup-only',
    doc: {
      archive_cleanup_policies: {
        a: { target: { type: 'none', path: '/x' }, start_times: ['1:00'], retention_days: 1 },
      },
    },
    pointer: '/archive_cleanup_policies/a/target/path',
  },
  {
    title: 'bad template',
    doc: {
      archive_cleanup_policies: {
        a: { target: { type: 'none' }, start_times: ['1:00'], retention_days: 1, template: 'DATE/' },
      },
    },
    pointer: '/archive_cleanup_policies/a/template',
  },
  {
    title: 'bad IPv4',
    doc: {
      backup_policies: {
        b: { target: smb({ server: { selection: 'ip', value: '300.1.1.1' } }), start_times: ['1:00'] },
      },
    },
    pointer: '/backup_policies/b/target/server/value',
  },
  {
    title: 'bad host name',
    doc: {
      backup_policies: {
        b: { target: smb({ server: { selection: 'fqdn', value: 'bad_host!' } }), start_times: ['1:00'] },
      },
    },
    pointer: '/backup_policies/b/target/server/value',
  },
  {
    title: 'SMB password missing',
    doc: {
      backup_policies: {
        b: {
          target: smb({ authentication: { selection: 'password', username: 'u' } }),
          start_times: ['1:00'],
        },
      },
    },
    pointer: '/backup_policies/b/target/authentication/password',
  },
  {
    title: 'rsync without auth key',
    doc: {
      backup_policies: {
        b: {
          target: {
            type: 'rsync',
            server: { selection: 'ip', value: '10.0.0.1' },
            path: '/x',
            username: 'u',
            host_key: 'ssh-rsa AAAA',
          },
          start_times: ['1:00'],
        },
      },
    },
    pointer: '/backup_policies/b/target/auth_key',
  },
  {
    title: 'rsync port out of range',
    doc: {
      backup_policies: {
        b: {
          target: {
            type: 'rsync',
            server: { selection: 'ip', value: '10.0.0.1' },
            path: '/x',
            username: 'u',
            auth_key: '-----BEGIN RSA PRIVATE KEY-----\nx',
            host_key: 'ssh-rsa AAAA',
            port: 70000,
          },
          start_times: ['1:00'],
        },
      },
    },
    pointer: '/backup_policies/b/target/port',
  },
  {
    title: 'rsync host key not a one-liner',
    doc: {
      backup_policies: {
        b: {
          target: {
            type: 'rsync',
            server: { selection: 'ip', value: '10.0.0.1' },
            path: '/x',
            username: 'u',
            auth_key: '-----BEGIN RSA PRIVATE KEY-----\nx',
            host_key: 'not a key',
          },
          start_times: ['1:00'],
        },
      },
    },
    pointer: '/backup_policies/b/target/host_key',
  },
  {
    title: 'private key not PEM',
    doc: {
      backup_policies: {
        b: {
          target: {
            type: 'rsync',
            server: { selection: 'ip', value: '10.0.0.1' },
            path: '/x',
            username: 'u',
            auth_key: 'secret',
            host_key: 'ssh-rsa AAAA',
          },
          start_times: ['1:00'],
        },
      },
    },
    pointer: '/backup_policies/b/target/auth_key',
  },
  {
    title: 'unset ${env:...} secret',
    doc: {
      backup_policies: {
        b: {
          target: smb({
            authentication: {
              selection: 'password',
              username: 'u',
              password: '${env:SPS_TEST_UNSET_SECRET}',
            },
          }),
          start_times: ['1:00'],
        },
      },
    },
    pointer: '/backup_policies/b/target/authentication/password',
  },
  {
    title: 'content policy without rules',
    doc: { content_policies: { c: { rules: [] } } },
    pointer: '/content_policies/c/rules',
  },
  {
    title: 'content policy bad event',
    doc: { content_policies: { c: { rules: [{ event: { selection: 'keystroke', match: ['x'] } }] } } },
    pointer: '/content_policies/c/rules/0/event/selection',
  },
  {
    title: 'content rule without match',
    doc: { content_policies: { c: { rules: [{ event: { selection: 'command' } }] } } },
    pointer: '/content_policies/c/rules/0/event/match',
  },
  {
    title: 'content actions wrong type',
    doc: { content_policies: { c: { rules: [{ ...rule, actions: { log: 1 } }] } } },
    pointer: '/content_policies/c/rules/0/actions/log',
  },
  {
    title: 'splunk enabled without token',
    doc: {
      splunk_forwarder: {
        enabled: true,
        host: { selection: 'fqdn', value: 's.test' },
        ssl: { selection: 'insecure' },
      },
    },
    pointer: '/splunk_forwarder/token',
  },
  {
    title: 'splunk bad ssl',
    doc: { splunk_forwarder: { enabled: false, ssl: { selection: 'tls' } } },
    pointer: '/splunk_forwarder/ssl/selection',
  },
  {
    title: 'SIEM secure without CA list',
    doc: { universal_siem_forwarder: { enabled: true, targets: [siemTarget({ selection: 'secure' })] } },
    pointer: '/universal_siem_forwarder/targets/0/protocol/value/tls/trusted_ca_list_ref',
  },
  {
    title: 'SIEM bad format',
    doc: {
      universal_siem_forwarder: {
        enabled: true,
        targets: [siemTarget({ selection: 'disabled' }, { format: 'xml' })],
      },
    },
    pointer: '/universal_siem_forwarder/targets/0/format',
  },
  {
    title: 'SIEM duplicate target names',
    doc: {
      universal_siem_forwarder: {
        enabled: true,
        targets: [siemTarget({ selection: 'disabled' }), siemTarget({ selection: 'disabled' })],
      },
    },
    pointer: '/universal_siem_forwarder/targets/1/name',
  },
  {
    title: 'VNC remote timestamping without URL',
    doc: { vnc_options: vnc({ selection: 'remote', signing_interval: 30 }) },
    pointer: '/vnc_options/audit/timestamping/server_url',
  },
  {
    title: 'VNC missing service',
    doc: {
      vnc_options: {
        audit: { cleanup: { enabled: false }, timestamping: { selection: 'local', signing_interval: 30 } },
      },
    },
    pointer: '/vnc_options/service',
  },
  {
    title: 'SSH bad OID',
    doc: {
      ssh_options: {
        ...vnc({
          selection: 'remote',
          signing_interval: 30,
          server_url: 'http://t/',
          oid: { enabled: true, policy_oid: 'abc' },
        }),
        gssapi: { enabled: false },
      },
    },
    pointer: '/ssh_options/audit/timestamping/oid/policy_oid',
  },
  {
    title: 'RDP cleanup enabled without days',
    doc: { rdp_options: { channel_database_cleanup: { enabled: true }, service: { enabled: true } } },
    pointer: '/rdp_options/channel_database_cleanup/days',
  },
  {
    title: 'system backup as number',
    doc: { system_backup: { backup_policy: 5 } },
    pointer: '/system_backup/backup_policy',
  },
  {
    title: 'allow_archive_recreate not boolean',
    doc: { allow_archive_recreate: 'true' },
    pointer: '/allow_archive_recreate',
  },
  {
    title: 'synth output: unset Terraform variable',
    file: 'cdk.tf.json',
    doc: synth({
      splunk_forwarder: {
        enabled: true,
        host: { selection: 'fqdn', value: 's.test' },
        ssl: { selection: 'insecure' },
        token: '${var.hec_token_unset}',
      },
    }),
    pointer: '/splunk_forwarder/token',
  },
  {
    title: 'synth output: unsupported Terraform expression',
    file: 'cdk.tf.json',
    doc: synth({ system_backup: { backup_policy: '${sps_other.x.name}' } }),
    pointer: '/system_backup/backup_policy',
  },
  {
    title: 'synth output: invalid after variable substitution',
    file: 'cdk.tf.json',
    doc: synth({ audit_policies: { a: { timestamping_enabled: 'on' } } }),
    pointer: '/audit_policies/a/timestamping_enabled',
  },
];
