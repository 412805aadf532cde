/**
 * Create, update, delete and no change for every managed kind, through the CLI against the
 * emulator; references to objects created in the same transaction; ownership by --prune and --state.
 */
import { committedBody, committedNames, startHarness, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const apply = (file: string, ...flags: string[]) => h.cli(['apply', file, '--auto-approve', ...flags]);
const plan = (file: string, ...flags: string[]) => h.cli(['plan', file, '--detailed-exitcode', ...flags]);

interface CollectionCase {
  readonly kind: string;
  readonly body: object;
  readonly updated: object;
  /** The pointer the update changes, as the plan prints it. */
  readonly changedPath: string;
  readonly deleteExtra?: object;
}

const COLLECTIONS: CollectionCase[] = [
  {
    kind: 'audit_policies',
    body: { timestamping_enabled: false },
    updated: { timestamping_enabled: true },
    changedPath: '/timestamping_enabled',
  },
  {
    kind: 'archive_cleanup_policies',
    body: { target: { type: 'none' }, start_times: ['1:00'], retention_days: 30 },
    updated: { target: { type: 'none' }, start_times: ['1:00', '13:00'], retention_days: 30 },
    changedPath: '/start_times',
    deleteExtra: { allow_archive_recreate: true },
  },
  {
    kind: 'backup_policies',
    body: {
      target: {
        type: 'smb',
        server: { selection: 'ip', value: '10.0.0.5' },
        share: 'backup/sps',
        authentication: { selection: 'password', username: 'svc', password: '${env:TEST_SMB_PASSWORD}' },
      },
      start_times: ['2:00'],
    },
    updated: {
      target: {
        type: 'smb',
        server: { selection: 'ip', value: '10.0.0.6' },
        share: 'backup/sps',
        authentication: { selection: 'password', username: 'svc', password: '${env:TEST_SMB_PASSWORD}' },
      },
      start_times: ['2:00'],
    },
    changedPath: '/target/server/value',
  },
  {
    kind: 'content_policies',
    body: { rules: [{ event: { selection: 'command', match: ['reboot'] }, actions: { log: true } }] },
    updated: {
      rules: [
        { event: { selection: 'command', match: ['reboot'] }, actions: { log: true, terminate: true } },
      ],
    },
    changedPath: '/rules/0/actions/terminate',
  },
];

describe.each(COLLECTIONS)('$kind', ({ kind, body, updated, changedPath, deleteExtra }) => {
  const name = `cli-${kind.replace(/_/g, '-')}`;
  const doc = (b: object | undefined) =>
    h.write(`${kind}.yaml`, { ...(deleteExtra ?? {}), [kind]: b ? { [name]: b } : {} });

  it('creates', async () => {
    const file = doc(body);
    const p = await plan(file);
    expect(p.code).toBe(2);
    expect(p.stdout).toContain(`+ create`);
    expect(p.stdout).toContain(`"${name}"`);
    const a = await apply(file);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(a.stdout).toContain(': created');
    expect(committedNames(h.emu, kind)).toContain(name);
  });

  it('plans no change right after', async () => {
    const p = await plan(doc(body));
    expect(p.code).toBe(0);
    expect(p.stdout).toContain('No changes');
  });

  it('updates, field by field', async () => {
    const file = doc(updated);
    const p = await plan(file);
    expect(p.code).toBe(2);
    expect(p.stdout).toContain('~ update');
    expect(p.stdout).toContain(changedPath);
    const before = committedBody(h.emu, kind, name)!;
    expect((await apply(file)).code).toBe(0);
    const after = committedBody(h.emu, kind, name)!;
    expect(after.key).toBe(before.key);
    expect(after.body).not.toEqual(before.body);
    expect((await plan(file)).code).toBe(0);
  });

  it('leaves undeclared objects alone without --prune, deletes them with it', async () => {
    const file = doc(undefined);
    expect((await plan(file)).code).toBe(0);
    expect(committedNames(h.emu, kind)).toContain(name);
    const p = await plan(file, '--prune', kind);
    expect(p.code).toBe(2);
    expect(p.stdout).toContain('- delete');
    expect((await apply(file, '--prune', kind)).code).toBe(0);
    expect(committedNames(h.emu, kind)).not.toContain(name);
  });
});

it('never deletes built-in objects, even with --prune', async () => {
  const file = h.write('no-audit.yaml', { audit_policies: {} });
  const a = await apply(file, '--prune', 'audit_policies');
  expect(a.code).toBe(0);
  expect(committedNames(h.emu, 'audit_policies')).toContain('default');
});

it('deletes by --state ownership: only what this state applied before', async () => {
  const state = 'owned.state.json';
  const one = { rules: [{ event: { selection: 'window_title', match: ['cmd.exe'] } }] };
  const two = h.write('owned.yaml', { content_policies: { 'owned-a': one, 'owned-b': one } });
  expect((await apply(two, '--state', state)).code).toBe(0);
  // someone else's policy, created outside this state
  expect((await apply(h.write('foreign.yaml', { content_policies: { foreign: one } }))).code).toBe(0);

  const onlyA = h.write('owned.yaml', { content_policies: { 'owned-a': one } });
  const p = await plan(onlyA, '--state', state);
  expect(p.code).toBe(2);
  expect(p.stdout).toContain('- delete content policy "owned-b"');
  expect(p.stdout).not.toContain('"foreign"');
  expect((await apply(onlyA, '--state', state)).code).toBe(0);
  expect(committedNames(h.emu, 'content_policies')).toEqual(expect.arrayContaining(['owned-a', 'foreign']));
  expect(committedNames(h.emu, 'content_policies')).not.toContain('owned-b');
});

describe('singletons', () => {
  const SINGLETONS: { kind: string; body: object; updated: object }[] = [
    {
      kind: 'splunk_forwarder',
      body: {
        enabled: true,
        host: { selection: 'fqdn', value: 'splunk.test' },
        ssl: { selection: 'insecure' },
        token: '${env:TEST_HEC_TOKEN}',
      },
      updated: {
        enabled: true,
        host: { selection: 'fqdn', value: 'splunk2.test' },
        ssl: { selection: 'insecure' },
        token: '${env:TEST_HEC_TOKEN}',
      },
    },
    {
      kind: 'universal_siem_forwarder',
      body: { enabled: false },
      updated: {
        enabled: true,
        targets: [
          {
            name: 'siem',
            format: 'cef',
            protocol: {
              selection: 'syslog',
              value: {
                address: { selection: 'ip', value: '10.1.1.1' },
                port: 514,
                tls: { selection: 'disabled' },
              },
            },
          },
        ],
      },
    },
    {
      kind: 'vnc_options',
      body: {
        audit: { cleanup: { enabled: false }, timestamping: { selection: 'local', signing_interval: 30 } },
        service: { enabled: true, log_level: 4 },
      },
      updated: {
        audit: { cleanup: { enabled: false }, timestamping: { selection: 'local', signing_interval: 45 } },
        service: { enabled: true, log_level: 4 },
      },
    },
    {
      kind: 'ssh_options',
      body: {
        audit: { cleanup: { enabled: false }, timestamping: { selection: 'local', signing_interval: 30 } },
        gssapi: { enabled: false },
        service: { enabled: true, log_level: 4 },
      },
      updated: {
        audit: { cleanup: { enabled: false }, timestamping: { selection: 'local', signing_interval: 30 } },
        gssapi: { enabled: true },
        service: { enabled: true, log_level: 4 },
      },
    },
    {
      kind: 'rdp_options',
      body: { channel_database_cleanup: { enabled: false }, service: { enabled: true } },
      updated: { channel_database_cleanup: { enabled: true, days: 100 }, service: { enabled: true } },
    },
    { kind: 'system_backup', body: { backup_policy: null }, updated: { backup_policy: null } },
  ];

  it.each(SINGLETONS)('$kind: update then no change', async ({ kind, body, updated }) => {
    const first = h.write(`${kind}.yaml`, { [kind]: body });
    expect((await apply(first)).code).toBe(0);
    expect((await plan(first)).code).toBe(0);
    const second = h.write(`${kind}.yaml`, { [kind]: updated });
    const p = await plan(second);
    expect(p.code).toBe(JSON.stringify(body) === JSON.stringify(updated) ? 0 : 2);
    expect((await apply(second)).code).toBe(0);
    expect((await plan(second)).code).toBe(0);
  });
});

describe('references to objects created in the same transaction', () => {
  it('system backup names a backup policy created in the same apply', async () => {
    const file = h.write('refs.yaml', {
      backup_policies: {
        'ref-nightly': {
          target: {
            type: 'rsync',
            server: { selection: 'fqdn', value: 'backup.test' },
            path: '/srv/backup',
            username: 'sps',
            auth_key: '${env:TEST_RSYNC_KEY}',
            host_key: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0test',
            port: 22,
          },
          start_times: ['3:00'],
        },
      },
      system_backup: { backup_policy: 'ref-nightly' },
    });
    const commitsBefore = h.emu.stats().commits;
    const a = await apply(file);
    expect(a.stderr).toBe('');
    expect(a.code).toBe(0);
    expect(h.emu.stats().commits).toBe(commitsBefore + 1);
    const policy = committedBody(h.emu, 'backup_policies', 'ref-nightly')!;
    expect(committedBody(h.emu, 'system_backup')!.body.backup_policy).toBe(policy.key);
    expect((await plan(file)).code).toBe(0);
  });

  it('refuses a reference to something neither declared nor on the appliance, naming the path', async () => {
    const file = h.write('dangling.yaml', { system_backup: { backup_policy: 'does-not-exist' } });
    const p = await plan(file);
    expect(p.code).toBe(1);
    expect(p.stderr).toContain('/system_backup/backup_policy');
  });
});

describe('cdktf synth output as input', () => {
  const resource = (token: string) => ({
    '//': { metadata: { path: 'stack/sps/Resource' } },
    provider: 'sps',
    depends_on: [],
    splunk_forwarder: {
      enabled: true,
      host: { selection: 'fqdn', value: 'synth.test' },
      ssl: { selection: 'insecure' },
      token,
    },
    audit_policies: { 'from-synth': {} },
  });

  it('takes resource.sps_configuration from a stack directory and fills ${var.NAME} from TF_VAR_NAME', async () => {
    h.write('stack/cdk.tf.json', {
      terraform: {},
      variable: { hec: { sensitive: true } },
      resource: { sps_configuration: { sps: resource('${var.hec}') } },
    });
    const r = await h.cli(['apply', 'stack', '--auto-approve'], { TF_VAR_hec: 'synth-hec-token' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(committedNames(h.emu, 'audit_policies')).toContain('from-synth');
    expect(
      (await h.cli(['plan', 'stack', '--detailed-exitcode'], { TF_VAR_hec: 'synth-hec-token' })).code,
    ).toBe(0);
  });

  it('asks for --resource when the synth output has several configurations', async () => {
    h.write('two/cdk.tf.json', {
      resource: { sps_configuration: { one: resource('t1'), two: resource('t2') } },
    });
    const r = await h.cli(['plan', 'two']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'has 2 SPS resources (sps_configuration.one, sps_configuration.two); choose one with --resource',
    );
    expect((await h.cli(['plan', 'two', '--resource', 'two'])).code).toBe(0);
  });
});
