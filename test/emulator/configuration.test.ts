import { KINDS, validateBody } from '../../src/model';
import {
  BUILTIN_AUDIT_POLICY_KEY,
  SECRET_MASK,
  SEED_TRUSTED_CA_LIST_KEY,
  SEED_X509_SIGNING_KEY,
} from '../../src/emulator';
import { defaultSeed } from '../../src/emulator/seed';
import { startTestEmulator, bodies, PATHS, type ApiClient, type TestEmulator } from './helpers';

describe('emulator configuration endpoints', () => {
  let t: TestEmulator;
  let c: ApiClient;
  beforeEach(async () => {
    t = await startTestEmulator();
    c = await t.login();
  });
  afterEach(() => t.close());

  it('lists, creates (201 + hex key), reads, replaces and deletes collection objects', async () => {
    await c.openTransaction();
    const created = await c.post(PATHS.archive, bodies.nfsArchive('weekly'));
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^[0-9a-f]{22}$/);
    expect(created.body.meta).toMatchObject({
      href: `${PATHS.archive}/${created.body.key}`,
      parent: PATHS.archive,
      transaction: '/api/transaction',
    });
    const href = created.body.meta.href;

    const list = await c.get(PATHS.archive);
    expect(list.body.items).toEqual([{ key: created.body.key, meta: { href } }]);
    const read = await c.get(href);
    expect(read.body).toMatchObject({
      key: created.body.key,
      body: { name: 'weekly', template: 'PROTOCOL/CONNECTION/ARCHIVEDATE/' },
    });
    expect(read.headers.allow).toBe('GET, PUT, DELETE');

    const replaced = await c.put(href, { ...bodies.nfsArchive('weekly'), retention_days: 7 });
    expect(replaced.status).toBe(200);
    expect((await c.get(href)).body.body.retention_days).toBe(7);
    expect((await c.del(href)).status).toBe(200);
    expect((await c.get(href)).status).toBe(404);
    expect((await c.get(`${PATHS.archive}/nope`)).body.error.type).toBe('NotFound');
  });

  it('answers a validation error naming the field, and stores nothing', async () => {
    await c.openTransaction();
    const bad = await c.post(PATHS.archive, { ...bodies.nfsArchive('bad'), retention_days: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.type).toBe('ValidationError');
    expect(bad.body.error.details.path).toBe('/retention_days');
    expect(bad.body.error.message).toContain('/retention_days');
    const conditional = await c.post(PATHS.archive, {
      ...bodies.nfsArchive('nfs'),
      target: { type: 'nfs', server: { selection: 'ip', value: '10.0.0.1' } },
    });
    expect(conditional.body.error.details.issues).toContainEqual({
      path: '/target/path',
      message: expect.stringContaining('required'),
    });
    const empty = await c.call('POST', PATHS.archive, undefined, { 'content-type': 'application/json' });
    expect(empty.status).toBe(400);
    const notJson = await c.sendText('POST', PATHS.archive, '{"name": "half", "password": "S3cr3t-in-body"');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.type).toBe('SyntaxError');
    expect(JSON.stringify(notJson.body)).not.toContain('S3cr3t-in-body');
    expect((await c.get(PATHS.archive)).body.items).toEqual([]);
    expect((await c.get('/api/transaction/changes')).body.changes).toEqual([]);
  });

  it('refuses a duplicate name in a collection', async () => {
    await c.openTransaction();
    const first = await c.post(PATHS.audit, bodies.audit('pci'));
    const dup = await c.post(PATHS.audit, bodies.audit('pci'));
    expect(dup.status).toBe(400);
    expect(dup.body.error.details.path).toBe('/name');
    const other = await c.post(PATHS.audit, bodies.audit('sox'));
    expect((await c.put(`${PATHS.audit}/${other.body.key}`, bodies.audit('pci'))).status).toBe(400);
    expect((await c.put(`${PATHS.audit}/${first.body.key}`, bodies.audit('pci'))).status).toBe(200);
  });

  it('reads references back as {key, meta.href} and keeps string references as strings', async () => {
    await c.openTransaction();
    const created = await c.post(PATHS.audit, bodies.audit('signed', SEED_X509_SIGNING_KEY));
    const read = await c.get(`${PATHS.audit}/${created.body.key}`);
    expect(read.body.body.signing.x509_identity).toEqual({
      key: SEED_X509_SIGNING_KEY,
      meta: { href: `${PATHS.x509}/${SEED_X509_SIGNING_KEY}` },
    });
    const siem = {
      enabled: true,
      prefix: '',
      targets: [
        {
          name: 'arcsight',
          format: 'cef',
          protocol: {
            selection: 'syslog',
            value: {
              address: { selection: 'fqdn', value: 'siem.example.com' },
              port: 6514,
              tls: { selection: 'secure', trusted_ca_list_ref: SEED_TRUSTED_CA_LIST_KEY },
            },
          },
        },
      ],
    };
    expect((await c.put(PATHS.siem, siem)).status).toBe(200);
    expect((await c.get(PATHS.siem)).body.body.targets[0].protocol.value.tls.trusted_ca_list_ref).toBe(
      SEED_TRUSTED_CA_LIST_KEY,
    );
    expect((await c.commit()).status).toBe(200);
  });

  it('normalizes an rsync host_key one-liner to {selection, value}', async () => {
    await c.openTransaction();
    const key = (await c.post(PATHS.privateKeys, bodies.privateKey())).body.key;
    const created = await c.post(PATHS.backup, bodies.rsyncBackup('nightly', key));
    expect(created.status).toBe(201);
    const read = (await c.get(`${PATHS.backup}/${created.body.key}`)).body.body;
    expect(read.target.host_key).toEqual({ selection: 'rsa', value: 'AAAAB3NzaC1yc2EAAAADAQABAAABAQC7' });
    expect(read.target.auth_key).toEqual({ key, meta: { href: `${PATHS.privateKeys}/${key}` } });
  });

  it('refuses to delete referenced objects and built-ins, naming why', async () => {
    await c.openTransaction();
    const key = (await c.post(PATHS.privateKeys, bodies.privateKey())).body.key;
    const backup = await c.post(PATHS.backup, bodies.rsyncBackup('nightly', key));
    expect((await c.put(PATHS.systemBackup, { backup_policy: backup.body.key })).status).toBe(200);
    expect((await c.commit()).status).toBe(200);

    await c.openTransaction();
    const inUse = await c.del(`${PATHS.backup}/${backup.body.key}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.error.type).toBe('ObjectInUse');
    expect(inUse.body.error.message).toContain('system backup at /backup_policy');
    const builtin = await c.del(`${PATHS.audit}/${BUILTIN_AUDIT_POLICY_KEY}`);
    expect(builtin.status).toBe(409);
    expect(builtin.body.error.type).toBe('BuiltinObject');
    // Removing the reference first makes the delete legal (the order the reconciler must follow).
    await c.put(PATHS.systemBackup, { backup_policy: null });
    expect((await c.del(`${PATHS.backup}/${backup.body.key}`)).status).toBe(200);
  });

  it('treats passwords and private keys as create-only, single-use objects', async () => {
    await c.openTransaction();
    const created = await c.post(PATHS.passwords, { plain: 'Secr3t!' });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^[0-9a-f-]{36}$/);
    expect((await c.get(`${PATHS.passwords}/${created.body.key}`)).status).toBe(200);
    const list = await c.get(PATHS.passwords);
    expect(list.status).toBe(405);
    expect(list.headers.allow).toBe('POST');
    expect((await c.put(`${PATHS.passwords}/${created.body.key}`, { plain: 'x' })).status).toBe(405);
    expect((await c.del(`${PATHS.passwords}/${created.body.key}`)).status).toBe(405);

    const key = (await c.post(PATHS.privateKeys, bodies.privateKey())).body.key;
    await c.post(PATHS.backup, bodies.rsyncBackup('one', key));
    await c.post(PATHS.backup, bodies.rsyncBackup('two', key));
    const refused = await c.commit();
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('referenced only once');
    expect(refused.body.error.message).toContain('backup policy "one"');
  });

  it('serves read-only kinds and singletons with the right verbs', async () => {
    expect((await c.get(PATHS.x509)).body.items.map((i: { key: string }) => i.key)).toContain(
      SEED_X509_SIGNING_KEY,
    );
    expect((await c.post(PATHS.x509, {})).status).toBe(405);
    const vnc = await c.get(PATHS.vnc);
    expect(vnc.body).toMatchObject({ key: 'options', body: { service: { enabled: true, log_level: 4 } } });
    expect(vnc.body.meta).toMatchObject({
      parent: '/api/configuration/vnc',
      transaction: '/api/transaction',
    });
    const post = await c.post(PATHS.splunk, bodies.splunk('t0ken'));
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, PUT');
    expect((await c.get(`${PATHS.vnc}/extra`)).status).toBe(404);
  });

  it('accepts POST on the forwarder singletons per the forwarderMethod switch', async () => {
    await c.openTransaction();
    t.emu.switches.forwarderMethod = 'post';
    expect((await c.post(PATHS.splunk, bodies.splunk('t0ken'))).status).toBe(200);
    expect((await c.put(PATHS.splunk, bodies.splunk('t0ken'))).status).toBe(405);
    t.emu.switches.forwarderMethod = 'both';
    expect((await c.put(PATHS.splunk, bodies.splunk('t0ken'))).status).toBe(200);
  });

  it('returns secrets in clear by default and masked when switched, keeping a masked value sent back', async () => {
    await c.openTransaction();
    await c.put(PATHS.splunk, bodies.splunk('2134356431'));
    const archive = await c.post(PATHS.archive, bodies.smbArchive('smb', 'Sh4reP4ss'));
    expect((await c.get(PATHS.splunk)).body.body.token).toBe('2134356431');

    t.emu.switches.secrets = 'masked';
    const masked = (await c.get(PATHS.splunk)).body.body;
    expect(masked.token).toBe(SECRET_MASK);
    const href = `${PATHS.archive}/${archive.body.key}`;
    const archived = (await c.get(href)).body.body;
    expect(archived.target.authentication.password).toBe(SECRET_MASK);
    expect(JSON.stringify((await c.get('/api/transaction/changes')).body)).not.toMatch(
      /2134356431|Sh4reP4ss/,
    );

    expect((await c.put(PATHS.splunk, { ...masked, flush_interval: 60 })).status).toBe(200);
    expect((await c.commit()).status).toBe(200);
    expect(t.emu.committed().splunk_forwarder.splunk_forwarder).toMatchObject({
      token: '2134356431',
      flush_interval: 60,
    });
  });

  it('navigates the API tree and reports the cluster role', async () => {
    const root = await c.get('/api');
    expect(root.body.items.map((i: { key: string }) => i.key)).toEqual(
      expect.arrayContaining(['authentication', 'configuration', 'transaction', 'info', 'cluster']),
    );
    const policies = await c.get('/api/configuration/policies');
    expect(policies.body.items).toContainEqual({ key: 'audit_policies', meta: { href: PATHS.audit } });
    expect((await c.get('/api/configuration/policies/')).status).toBe(200);

    const info = (await c.get('/api/info')).body.body;
    expect(info.firmware_version).toMatch(/^\d+\.\d+/);
    const roles = async () => (await c.get(`/api/cluster/nodes/${info.node_id}`)).body.body.roles;
    expect(await roles()).not.toContain('managed-host');
    t.emu.switches.clusterRole = 'managed-host';
    expect(await roles()).toContain('managed-host');
    expect((await c.get('/api/cluster/nodes')).body.items).toHaveLength(2);
    t.emu.switches.clusterRole = 'central-management';
    expect(await roles()).toContain('central-management');
    expect((await c.get('/api/cluster/status')).body.body.nodes).toHaveLength(2);
  });
});

describe('emulator seed', () => {
  it('every seeded object is valid for its kind, and the seed covers the documented defaults', () => {
    const seed = defaultSeed();
    for (const s of seed) {
      const kind = KINDS.find((k) => k.name === s.kind)!;
      expect({ kind: s.kind, key: s.key, issues: validateBody(kind, kind.canonicalize(s.body)) }).toEqual({
        kind: s.kind,
        key: s.key,
        issues: [],
      });
    }
    const kinds = new Set(seed.map((s) => s.kind));
    for (const k of KINDS.filter((k) => k.shape === 'singleton')) expect(kinds).toContain(k.name);
    expect(seed.find((s) => s.kind === 'system_backup')!.body).toEqual({ backup_policy: null });
  });

  it('starts empty with seedDefaults false', async () => {
    const t = await startTestEmulator({ seedDefaults: false });
    try {
      const c = await t.login();
      expect((await c.get(PATHS.audit)).body.items).toEqual([]);
      expect((await c.get(PATHS.vnc)).status).toBe(404);
    } finally {
      await t.close();
    }
  });
});
