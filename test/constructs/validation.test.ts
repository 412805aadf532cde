/**
 * Construct-time validation: errors name the construct path where the bad value was written,
 * duplicates fail at the second definition, tree rules run at synth.
 */
import {
  ArchiveCleanupPolicy,
  ArchiveTarget,
  AuditEncryption,
  AuditPolicy,
  AuditTimestamping,
  BackupPolicy,
  BackupTarget,
  ContentEvent,
  ContentPolicy,
  Notification,
  SiemFormat,
  SiemTls,
  SplunkForwarder,
  SpsConfiguration,
  SpsSecret,
  SpsValidationError,
  SystemBackup,
  TerraformStack,
  TerraformVariable,
  Testing,
  Timestamping,
  UniversalSiemForwarder,
  VncOptions,
} from '../../constructs';
import { synth } from './helpers';

function setup() {
  const stack = new TerraformStack(Testing.app(), 'test');
  const sps = new SpsConfiguration(stack, 'Sps');
  return { stack, sps };
}

const nfs = ArchiveTarget.nfs({ server: 'nfs.example.com', path: '/exports/sps' });

/** Runs `create`, expecting an SpsValidationError at `path` whose message matches `message`. */
function expectInvalid(create: () => unknown, path: string, message: RegExp): void {
  let caught: unknown;
  try {
    create();
  } catch (err) {
    caught = err;
  }
  expect(SpsValidationError.is(caught)).toBe(true);
  const error = caught as SpsValidationError;
  expect(error.code).toBe('SPS_CONSTRUCT_INVALID');
  expect(error.constructPath).toBe(path);
  expect(error.message).toContain(`at path [${path}]`);
  expect(error.message).toMatch(message);
}

describe('validation at construction', () => {
  it('refuses names with whitespace, naming the construct path and the value', () => {
    const { sps } = setup();
    expectInvalid(
      () => new AuditPolicy(sps, 'Bad', { name: 'pci audit' }),
      'test/Sps/Bad',
      /name "pci audit" must be a non-empty name without whitespace/,
    );
  });

  it('refuses start times that are not H:MM', () => {
    const { sps } = setup();
    expectInvalid(
      () =>
        new ArchiveCleanupPolicy(sps, 'Archive', {
          target: nfs,
          retentionDays: 7,
          startTimes: ['1:00', '25:00'],
        }),
      'test/Sps/Archive',
      /startTimes\[1\]: must be a time in H:MM or HH:MM format \(0:00 to 23:59\), got "25:00"/,
    );
  });

  it('refuses ports outside 1-65535 and a non-positive retention', () => {
    const { sps } = setup();
    expectInvalid(
      () =>
        new UniversalSiemForwarder(sps, 'Siem', {
          targets: [
            {
              name: 'soc',
              format: SiemFormat.CEF,
              address: '10.0.0.1',
              port: 70000,
              tls: SiemTls.insecure(),
            },
          ],
        }),
      'test/Sps/Siem',
      /targets\[0\]\.protocol\.value\.port: must be at most 65535, got 70000/,
    );
    expectInvalid(
      () => new ArchiveCleanupPolicy(sps, 'Short', { target: nfs, retentionDays: 0 }),
      'test/Sps/Short',
      /retentionDays: must be at least 1, got 0/,
    );
  });

  it('checks values given to union-like factories where they are used', () => {
    const { sps } = setup();
    expectInvalid(
      () =>
        new ArchiveCleanupPolicy(sps, 'Smb', {
          target: ArchiveTarget.nfs({ server: 'not a host!', path: '/x' }),
          retentionDays: 7,
        }),
      'test/Sps/Smb',
      /target\.server\.value: must be a host name, got "not a host!"/,
    );
    expectInvalid(
      () =>
        new BackupPolicy(sps, 'Rsync', {
          target: BackupTarget.rsync({
            server: 'backup.example.com',
            username: 'sps',
            privateKey: SpsSecret.unsafePlainText('-----BEGIN RSA PRIVATE KEY-----'),
            hostKey: 'AAAAB3Nza',
            path: '/srv',
          }),
        }),
      'test/Sps/Rsync',
      /target\.hostKey: must be an OpenSSH one-liner of an rsa, dss or dsa key/,
    );
  });

  it('keeps SMB-only fields off NFS targets (compile time) and out of the output', () => {
    // @ts-expect-error share is an SMB-only field; NFS targets do not take it
    const target = ArchiveTarget.nfs({ server: 'nfs.example.com', path: '/exports', share: 'x' });
    const { stack, sps } = setup();
    new ArchiveCleanupPolicy(sps, 'Archive', { target, retentionDays: 7 });
    const archive = (
      synth(stack).configuration.archive_cleanup_policies as Record<string, { target: object }>
    ).Archive;
    expect(archive.target).toEqual({
      type: 'nfs',
      server: { selection: 'fqdn', value: 'nfs.example.com' },
      path: '/exports',
    });
  });

  it('enforces conditional requirements', () => {
    const { sps } = setup();
    expectInvalid(
      () => new AuditPolicy(sps, 'Encrypted', { encryption: AuditEncryption.withCertificates([]) }),
      'test/Sps/Encrypted',
      /encryption needs at least one certificate/,
    );
    expectInvalid(
      () => new UniversalSiemForwarder(sps, 'Siem', { targets: [] }),
      'test/Sps/Siem',
      /at least one SIEM when enabled/,
    );
    expectInvalid(
      () =>
        new BackupPolicy(sps, 'Noisy', {
          target: BackupTarget.nfs({ server: 'n.example.com', path: '/b' }),
          notification: Notification.all({ fileCountLimit: 5 }),
        }),
      'test/Sps/Noisy',
      /fileCountLimit needs sendFileList: true/,
    );
    expectInvalid(
      () => new ContentPolicy(sps, 'Empty', { rules: [{ event: ContentEvent.COMMAND, match: [] }] }),
      'test/Sps/Empty',
      /rules\[0\]\.match must contain at least one pattern/,
    );
  });

  it('fails a duplicate name where the second object is written, naming the first', () => {
    const { sps } = setup();
    new BackupPolicy(sps, 'Nightly', {
      name: 'nightly',
      target: BackupTarget.nfs({ server: 'a.example.com', path: '/a' }),
    });
    expectInvalid(
      () =>
        new BackupPolicy(sps, 'Again', {
          name: 'nightly',
          target: BackupTarget.nfs({ server: 'b.example.com', path: '/b' }),
        }),
      'test/Sps/Again',
      /backup_policies "nightly" is already defined at test\/Sps\/Nightly/,
    );
    new VncOptions(sps, 'Vnc');
    expectInvalid(
      () => new VncOptions(sps, 'Vnc2'),
      'test/Sps/Vnc2',
      /vnc_options "vnc_options" is already defined at test\/Sps\/Vnc/,
    );
    // the same name in another kind is fine
    expect(() => new AuditPolicy(sps, 'AuditNightly', { name: 'nightly' })).not.toThrow();
  });

  it('refuses SPS objects outside an SpsConfiguration', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expectInvalid(
      () => new AuditPolicy(stack, 'Loose'),
      'test/Loose',
      /must be created inside an SpsConfiguration/,
    );
  });

  it('refuses a secret variable that is neither ephemeral nor sensitive', () => {
    const { stack } = setup();
    const plain = new TerraformVariable(stack, 'token', { type: 'string' });
    expect(() => SpsSecret.fromVariable(plain)).toThrow(
      /must be declared ephemeral \(variable\.addOverride\('ephemeral', true\)\) or with sensitive: true/,
    );
  });

  it('warns that the Splunk forwarder is deprecated', () => {
    const { sps } = setup();
    const splunk = new SplunkForwarder(sps, 'Splunk', {
      host: 'splunk.example.com',
      token: SpsSecret.unsafePlainText('t'),
    });
    const messages = splunk.node.metadata.map((m) => String(m.data));
    expect(messages).toContain('SplunkForwarder is deprecated since SPS 6.4; use UniversalSiemForwarder');
  });
});

describe('firmware bands', () => {
  it('an 8.0 LTS audit policy and VNC options synthesize the 8.0 shapes, nothing of 7.0', () => {
    const { stack, sps } = setup();
    new AuditPolicy(sps, 'Pci', {
      timestamping: AuditTimestamping.remote('http://tsa.example.com/', { policyOid: '1.2.3' }),
      signingAndTimestampingInterval: 42,
    });
    new VncOptions(sps, 'Vnc', { firmware: '8.0', channelDatabaseCleanupDays: 400 });
    const { configuration } = synth(stack);
    expect(configuration.audit_policies).toEqual({
      Pci: {
        encryption: { enabled: false },
        signing: { enabled: false },
        timestamping: {
          enabled: true,
          server: {
            selection: 'remote',
            server_url: 'http://tsa.example.com/',
            oid: { enabled: true, policy_oid: '1.2.3' },
          },
        },
        signing_and_timestamping_interval: 42,
      },
    });
    expect(configuration.vnc_options).toEqual({
      channel_database_cleanup: { enabled: true, days: 400 },
      service: { enabled: true },
    });
  });

  it('refuses an audit policy mixing both bands, naming the construct path and both fields', () => {
    const { sps } = setup();
    expectInvalid(
      () =>
        new AuditPolicy(sps, 'Mixed', { timestampingEnabled: true, timestamping: AuditTimestamping.local() }),
      'test/Sps/Mixed',
      /timestampingEnabled: is a field of SPS 7\.0 LTS, but this object also has timestamping, a field of SPS 8\.0 LTS/,
    );
  });

  it('refuses VNC timestamping on 8.0 LTS, where it belongs to the audit policy', () => {
    const { sps } = setup();
    expectInvalid(
      () => new VncOptions(sps, 'Vnc', { firmware: '8.0', timestamping: Timestamping.local() }),
      'test/Sps/Vnc',
      /timestamping is not a VNC option on SPS 8\.0 LTS: set it in each AuditPolicy/,
    );
  });
});

describe('validation over the whole tree', () => {
  it('refuses a reference to an object managed by another SpsConfiguration', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const a = new SpsConfiguration(stack, 'A', { providerAlias: 'a' });
    const b = new SpsConfiguration(stack, 'B', { providerAlias: 'b' });
    const policy = new BackupPolicy(a, 'Nightly', {
      target: BackupTarget.nfs({ server: 'n.example.com', path: '/b' }),
    });
    new SystemBackup(b, 'SystemBackup', { policy });
    expect(() => Testing.synth(stack)).toThrow(
      /refers to test\/A\/Nightly, which belongs to another SpsConfiguration[\s\S]*at path \[test\/B\/SystemBackup\]/,
    );
  });

  it('refuses two SpsConfigurations sharing a provider alias or an appliance URL', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    new SpsConfiguration(stack, 'A', { connection: { url: 'https://sps.example.com' } });
    new SpsConfiguration(stack, 'B', { connection: { url: 'https://sps.example.com' }, providerAlias: 'b' });
    new SpsConfiguration(stack, 'C');
    expect(() => synth(stack)).toThrow(/test\/C uses the same provider alias \(none\)/);
    expect(() => synth(stack)).toThrow(/test\/B targets the same appliance https:\/\/sps.example.com/);
  });

  it('renders in name order whatever the declaration order, and renders imports only as references', () => {
    const render = (names: string[]) => {
      const { stack, sps } = setup();
      for (const name of names) new ArchiveCleanupPolicy(sps, name, { target: nfs, retentionDays: 7 });
      new SystemBackup(sps, 'SystemBackup', { policy: BackupPolicy.fromName(stack, 'Legacy', 'nightly-ui') });
      return Testing.synth(stack);
    };
    const forward = render(['alpha', 'beta', 'gamma']);
    expect(render(['gamma', 'alpha', 'beta'])).toBe(forward);
    const configuration = Object.values(
      (JSON.parse(forward).resource as { sps_configuration: object }).sps_configuration,
    )[0];
    expect(Object.keys(configuration.archive_cleanup_policies)).toEqual(['alpha', 'beta', 'gamma']);
    expect(configuration.system_backup).toEqual({ backup_policy: 'nightly-ui' });
    expect(configuration.backup_policies).toBeUndefined();
  });
});
