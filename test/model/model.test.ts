/** The model on its own: every kind's rules, messages that name the field, and the normalizers. */
import { KINDS, kindOf, kindAtEndpoint, validateBody, type JsonObject, type KindName } from '../../src/model';
import { guideSamples } from '../fixtures/guide-samples';

const refs = { x509: 'x509-key', trustedCaList: 'ca-key', privateKey: 'pk-key', backupPolicy: 'bp-key' };
const href = (t: KindName, k: string) => `/api/x/${t}/${k}`;

describe('guide samples', () => {
  test.each(guideSamples(refs).map((s) => [s.id, s] as const))(
    '%s validates and survives server → client normalization',
    (_id, s) => {
      const kind = kindOf(s.kind);
      expect(validateBody(kind, s.body)).toEqual([]);
      const canonical = kind.canonicalize(s.body);
      expect(kind.fromServer(kind.toServer(canonical, href))).toEqual(canonical);
    },
  );
});

describe('normalizers', () => {
  test('references read back as {key, meta.href} and are written as the bare key', () => {
    const audit = kindOf('audit_policies');
    const server = audit.toServer(
      audit.canonicalize({ name: 'a', signing: { enabled: true, x509_identity: 'k1' } }),
      href,
    );
    expect(server.signing).toEqual({
      enabled: true,
      x509_identity: { key: 'k1', meta: { href: '/api/x/x509/k1' } },
    });
    expect((audit.fromServer(server).signing as JsonObject).x509_identity).toBe('k1');
  });

  test('an rsync host_key one-liner canonicalizes to {selection, value}', () => {
    const body = kindOf('backup_policies').canonicalize({
      name: 'b',
      target: {
        type: 'rsync',
        server: { selection: 'ip', value: '10.0.0.1' },
        username: 'u',
        path: '/p',
        auth_key: 'k',
        host_key: 'ssh-rsa AAAAB3Nz user@host',
      },
      start_times: ['1:00'],
    });
    expect((body.target as JsonObject).host_key).toEqual({ selection: 'rsa', value: 'AAAAB3Nz' });
  });

  test('server-filled defaults are part of the canonical form', () => {
    expect(kindOf('audit_policies').canonicalize({ name: 'x' })).toEqual({
      name: 'x',
      encryption: { enabled: false },
      signing: { enabled: false },
    });
  });

  test('kindAtEndpoint finds collections, objects and singletons', () => {
    expect(kindAtEndpoint('/api/configuration/policies/audit_policies/abc')).toEqual({
      kind: kindOf('audit_policies'),
      key: 'abc',
    });
    expect(kindAtEndpoint('/api/configuration/vnc/options')?.kind.name).toBe('vnc_options');
    expect(kindAtEndpoint('/api/configuration/unknown')).toBeUndefined();
  });
});

describe('validation names the field and says what is allowed', () => {
  const cases: [KindName, JsonObject, string, RegExp][] = [
    ['audit_policies', { name: 'has space' }, '/name', /without whitespace/],
    [
      'audit_policies',
      { name: 'a', signing: { enabled: true } },
      '/signing/x509_identity',
      /is required when enabled is true/,
    ],
    [
      'audit_policies',
      {
        name: 'a',
        encryption: {
          enabled: true,
          certificates: [{ certificate: 'nope' }],
          different_certificates_for_upstream: { enabled: false },
        },
      },
      '/encryption/certificates/0/certificate',
      /PEM certificate/,
    ],
    [
      'archive_cleanup_policies',
      { name: 'a', target: { type: 'none', path: '/x' }, start_times: ['1:00'], retention_days: 1 },
      '/target/path',
      /not allowed when type is "none"/,
    ],
    [
      'archive_cleanup_policies',
      {
        name: 'a',
        target: { type: 'nfs', server: { selection: 'ip', value: '1.2.3.4' } },
        start_times: ['1:00'],
        retention_days: 1,
      },
      '/target/path',
      /is required when type is "nfs"/,
    ],
    [
      'archive_cleanup_policies',
      {
        name: 'a',
        target: { type: 'nfs', server: { selection: 'ip', value: '1.2.3.4' }, path: '/p', share: 's' },
        start_times: ['1:00'],
        retention_days: 1,
      },
      '/target/share',
      /only allowed when type is "smb"/,
    ],
    [
      'archive_cleanup_policies',
      { name: 'a', target: { type: 'none' }, start_times: ['24:00'], retention_days: 1 },
      '/start_times/0',
      /H:MM or HH:MM/,
    ],
    [
      'archive_cleanup_policies',
      { name: 'a', target: { type: 'none' }, start_times: ['1:00'], retention_days: 0 },
      '/retention_days',
      /must be at least 1/,
    ],
    [
      'backup_policies',
      {
        name: 'b',
        target: {
          type: 'smb',
          server: { selection: 'fqdn', value: 'host' },
          share: 's',
          authentication: { selection: 'anonymous', password: 'p' },
        },
        start_times: ['1:00'],
      },
      '/target/authentication/password',
      /only allowed when selection is "password"/,
    ],
    [
      'backup_policies',
      {
        name: 'b',
        target: {
          type: 'rsync',
          server: { selection: 'ip', value: '300.1.1.1' },
          username: 'u',
          path: '/p',
          auth_key: 'k',
          host_key: 'x',
        },
        start_times: ['1:00'],
      },
      '/target/server/value',
      /IPv4 or IPv6/,
    ],
    [
      'content_policies',
      { name: 'c', rules: [{ event: { selection: 'keystrokes', match: ['x'] } }] },
      '/rules/0/event/selection',
      /must be one of "command", "screen_content", "creditcard", "window_title"/,
    ],
    ['content_policies', { name: 'c', rules: [] }, '/rules', /must list at least one item/],
    ['splunk_forwarder', { enabled: true }, '/host', /is required when enabled is true/],
    [
      'splunk_forwarder',
      { enabled: false, colour: 'red' },
      '/colour',
      /unknown field \(allowed: enabled, host, port/,
    ],
    [
      'universal_siem_forwarder',
      {
        enabled: true,
        targets: [
          {
            name: 't',
            format: 'xml',
            protocol: {
              selection: 'syslog',
              value: {
                address: { selection: 'ip', value: '1.1.1.1' },
                port: 514,
                tls: { selection: 'disabled' },
              },
            },
          },
        ],
      },
      '/targets/0/format',
      /must be one of "cef", "json", "json_cim"/,
    ],
    [
      'vnc_options',
      {
        audit: { cleanup: { enabled: false }, timestamping: { selection: 'remote', signing_interval: 30 } },
        service: { enabled: true, log_level: 4 },
      },
      '/audit/timestamping/server_url',
      /is required when selection is "remote"/,
    ],
    [
      'rdp_options',
      { channel_database_cleanup: { enabled: true }, service: { enabled: true } },
      '/channel_database_cleanup/days',
      /is required when enabled is true/,
    ],
    ['system_backup', { backup_policy: 7 }, '/backup_policy', /must be string,null/],
  ];
  test.each(cases.map(([k, b, p, m]) => [`${k} ${p}`, k, b, p, m] as const))(
    '%s',
    (_t, kind, body, pointer, message) => {
      const issues = validateBody(kindOf(kind), body);
      expect(issues).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: pointer, message: expect.stringMatching(message) }),
        ]),
      );
    },
  );
});

test('every managed kind has an endpoint, a schema and descriptions on every property', () => {
  const undocumented: string[] = [];
  const walk = (s: Record<string, unknown>, at: string) => {
    for (const [p, sub] of Object.entries((s.properties ?? {}) as Record<string, Record<string, unknown>>)) {
      if (!sub.description) undocumented.push(`${at}/${p}`);
      walk(sub, `${at}/${p}`);
      if (sub.items) walk(sub.items as Record<string, unknown>, `${at}/${p}/*`);
    }
  };
  for (const kind of KINDS.filter((k) => k.managed)) {
    expect(kind.endpoint).toMatch(/^\/api\/configuration\//);
    walk(kind.schema, kind.name);
  }
  expect(undocumented).toEqual([]);
});
