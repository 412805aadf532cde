/**
 * The round trip: an emulator with fields and endpoints the model does not know, built-ins and secrets
 * → `sps snapshot` → a twin (`startTwin`) → the twin answers every captured path as the appliance did,
 * a snapshot of the twin is the same snapshot, `sps export` of both is equal, plans against both are
 * equal, and the twin applies with the emulator's rules (one transaction, the lock, references).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SpsClient } from '../../src/client';
import { readSnapshotFile, startEmulator, startTwin, type RunningEmulator } from '../../src/emulator';
import { TYPED_KINDS, type JsonObject, type JsonValue } from '../../src/model';
import type { SnapshotFile } from '../../src/snapshot';
import { emptyCount, scrubByName } from '../../src/snapshot/scrub';
import { CANARY, PASS_THROUGH_ENDPOINTS, RICH_DOCUMENT, openCli, populate, type Cli } from './fixtures';

let source: RunningEmulator;
let twin: RunningEmulator;
let cli: Cli;
let snapshot: SnapshotFile;
const clients: SpsClient[] = [];

const clientOf = (emu: RunningEmulator) => {
  const c = new SpsClient({ url: emu.url, username: emu.username, password: emu.password, ca: emu.caPem });
  clients.push(c);
  return c;
};

beforeAll(async () => {
  source = await startEmulator({ switches: { secrets: 'masked' } });
  cli = openCli();
  await populate(source, cli);
  const r = await cli.run(source, ['snapshot', '--out', 'appliance.snapshot.json']);
  expect(r).toMatchObject({ code: 0, stdout: '' });
  snapshot = readSnapshotFile(join(cli.dir, 'appliance.snapshot.json'));
  twin = await startTwin(snapshot);
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await Promise.all([source?.close(), twin?.close()]);
  cli?.close();
});

/**
 * An answer without what differs between any two sessions (the time left), its secrets masked as a
 * snapshot masks them: the emulator shows the LDAP bind password in clear (it does not know the field
 * is one), the twin cannot know it.
 */
function comparable(json: JsonObject | undefined): JsonValue | undefined {
  if (!json) return json;
  const { meta, ...rest } = scrubByName(json, emptyCount()) as JsonObject;
  if (meta === undefined || meta === null || typeof meta !== 'object' || Array.isArray(meta)) return rest;
  const links = { ...meta };
  delete links.remaining_seconds;
  return { ...rest, meta: links };
}

describe('sps snapshot', () => {
  it('writes a private file with every endpoint, object and unknown field, and says what it read', async () => {
    expect(statSync(join(cli.dir, 'appliance.snapshot.json')).mode & 0o777).toBe(0o600);
    const e = snapshot.endpoints;
    expect(e['/api/configuration/policies']).toMatchObject({ answer: 'directory' });
    expect(e['/api/configuration/private_keys']).toMatchObject({ answer: 'not-fetched' });
    expect(e['/api/configuration/passwords']).toMatchObject({ answer: 'not-fetched' });
    const conns = e['/api/configuration/ssh/connections'];
    expect(conns).toMatchObject({ answer: 'collection', evidence: 'its keys are object ids' });
    const conn = conns.answer === 'collection' ? conns.objects[0].body : {};
    expect(conn).toMatchObject({
      description: expect.stringContaining('jump host'),
      log_audit_trail_downloads: true,
    });
    expect(conn.audit_policy).toMatchObject({ meta: { href: expect.stringContaining('/audit_policies/') } });
    const settings = e['/api/configuration/ssh/settings_policies'];
    expect(settings.answer === 'collection' && settings.objects.map((o) => o.key)).toContain('-300');
    const audit = e['/api/configuration/policies/audit_policies'];
    // the emulator's own fields outside the model, as a real appliance has them
    expect(audit.answer === 'collection' && audit.objects[0].body).toHaveProperty('signing.digest_algorithm');
    expect(snapshot.info).toMatchObject({ firmware_version: '7.0.5' });
    expect(snapshot.cluster).toMatchObject({ roles: ['search-local'] });
  });

  it('holds no secret: masked ones stay masked, clear ones are replaced, by the model and by name', async () => {
    const masked = readFileSync(join(cli.dir, 'appliance.snapshot.json'), 'utf8');
    source.switches.secrets = 'clear'; // the appliance now shows the typed secrets too
    try {
      const r = await cli.run(source, ['snapshot', '--out', 'clear.snapshot.json']);
      expect(r.code).toBe(0);
      const clear = readFileSync(join(cli.dir, 'clear.snapshot.json'), 'utf8');
      for (const text of [masked, clear, r.stderr]) {
        for (const canary of [CANARY.hec, CANARY.smb, CANARY.ldap]) expect(text).not.toContain(canary);
        expect(text).not.toContain('PRIVATE KEY');
      }
      expect(JSON.parse(clear).secrets).toMatchObject({ appliance: 'clear', masked: 0 });
      expect(JSON.parse(clear).secrets.replaced).toBeGreaterThanOrEqual(3); // token, SMB and LDAP passwords
      expect(r.stderr).toMatch(/Secrets: \d+ replaced by the mask/);
    } finally {
      source.switches.secrets = 'masked';
    }
    // the bind password lives on an endpoint the model does not type: caught by its name
    const ldap = snapshot.endpoints['/api/configuration/policies/ldap_servers'];
    expect(ldap.answer === 'collection' && ldap.objects[0].body.bind_password).toBe('********');
  });
});

test('a user refused the configuration gets exit 1, and a file that says so', async () => {
  const denied = await startEmulator({ deniedPaths: ['/api/configuration'] });
  try {
    const r = await cli.run(denied, ['snapshot', '--out', 'denied.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Error: the appliance refused /api/configuration (403 Unauthorized)');
    const file = readSnapshotFile(join(cli.dir, 'denied.json'));
    expect(file.endpoints).toEqual({
      '/api/configuration': expect.objectContaining({ answer: 'error', status: 403 }),
    });
  } finally {
    await denied.close();
  }
});

describe('the twin', () => {
  it('answers every captured path, object and /api/info as the appliance does', async () => {
    const [a, b] = [clientOf(source), clientOf(twin)];
    const paths = ['/api/info'];
    for (const [path, r] of Object.entries(snapshot.endpoints)) {
      paths.push(path);
      if (r.answer === 'collection')
        paths.push(...r.objects.map((o) => `${path}/${encodeURIComponent(o.key)}`));
    }
    expect(paths.length).toBeGreaterThan(60);
    for (const path of paths) {
      const [x, y] = await Promise.all([a.readPath(path), b.readPath(path)]);
      expect({ path, status: y.status, allow: y.allow, json: comparable(y.json) }).toEqual({
        path,
        status: x.status,
        allow: x.allow,
        json: comparable(x.json),
      });
    }
  });

  it('gives the same snapshot back', async () => {
    const r = await cli.run(twin, ['snapshot', '--out', 'twin.snapshot.json']);
    expect(r.code).toBe(0);
    const again = readSnapshotFile(join(cli.dir, 'twin.snapshot.json'));
    expect(again.endpoints).toEqual(snapshot.endpoints);
    expect([again.info, again.cluster]).toEqual([snapshot.info, snapshot.cluster]);
    // what the first snapshot replaced (the bind password the appliance showed) the twin serves masked
    expect(snapshot.secrets.replaced).toBe(1);
    expect(again.secrets).toEqual({ ...snapshot.secrets, replaced: 0 });
  });

  it('exports the same document as the appliance, typed kinds and pass-through endpoints alike', async () => {
    const exports = [
      ['export', '--format', 'json'], // every typed kind
      ['export', '--format', 'json', '--endpoint', PASS_THROUGH_ENDPOINTS], // the endpoints it has no kind for
    ];
    const [all1, all2, pass1, pass2] = await Promise.all(
      exports.flatMap((argv) => [cli.run(source, argv), cli.run(twin, argv)]),
    );
    for (const [p, q] of [
      [all1, all2],
      [pass1, pass2],
    ]) {
      expect(p.code).toBe(0);
      expect(q).toEqual(p);
    }
    expect(JSON.parse(pass1.stdout).pass_through['ssh/connections'].objects['ops-gw']).toMatchObject({
      // by key: the export read no audit policies to name it by
      audit_policy: { $ref: expect.stringMatching(/^policies\/audit_policies\/[0-9a-f]{22}$/) },
      log_audit_trail_downloads: true,
    });
    // the model knows no field of an LDAP server: its bind password looks like a secret, so the export
    // declares it one and never prints it (the source shows it in clear, the twin masked)
    expect(JSON.parse(pass1.stdout).pass_through['policies/ldap_servers']).toEqual({
      objects: {
        corp: expect.objectContaining({
          bind_password: '${env:SPS_SECRET_POLICIES_LDAP_SERVERS_CORP_BIND_PASSWORD}',
        }),
      },
      sensitive_paths: ['/bind_password'],
    });
    expect(pass1.stdout).not.toContain('canary-ldap');
    const doc = JSON.parse(all1.stdout);
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(['audit_policies', 'splunk_forwarder', 'system_backup']),
    );
  });

  it('plans a change as the appliance does, then applies it with the emulator rules', async () => {
    const changed = structuredClone(RICH_DOCUMENT) as Record<string, Record<string, JsonObject>>;
    changed.archive_cleanup_policies['archive-smb'].retention_days = 30;
    changed.audit_policies.pci.timestamping_enabled = false;
    changed.content_policies['new-one'] = {
      rules: [{ event: { selection: 'command', match: ['shutdown'] }, actions: { log: true } }],
    };
    const pass = changed.pass_through as unknown as Record<string, { objects: Record<string, JsonObject> }>;
    pass['ssh/connections'].objects['ops-gw'].active = false;
    const file = cli.write('changed.yaml', changed);
    const plans = await Promise.all([source, twin].map((emu) => cli.run(emu, ['plan', file, '--json'])));
    const [p, q] = plans.map((r) => {
      expect(r.code).toBe(0);
      const plan = JSON.parse(r.stdout);
      delete plan.appliance;
      return plan;
    });
    // the one difference: the bind password the appliance showed in clear cannot be verified on the twin
    const unverifiable = /\/bind_password cannot be verified/;
    const twinOnly = (q.notes as string[]).filter((n) => unverifiable.test(n));
    expect(twinOnly).toHaveLength(1);
    expect(p.notes.some((n: string) => unverifiable.test(n))).toBe(false);
    q.notes = q.notes.filter((n: string) => !unverifiable.test(n));
    for (const op of q.operations) op.notes = op.notes.filter((n: string) => !unverifiable.test(n));
    expect(q).toEqual(p);
    expect(p.changes_present).toBe(true);

    const commits = twin.stats().commits;
    const applied = await cli.run(twin, ['apply', file, '--auto-approve']);
    expect(applied.code).toBe(0);
    expect(twin.stats().commits).toBe(commits + 1);
    expect((await cli.run(twin, ['plan', file, '--detailed-exitcode'])).code).toBe(0);
    expect((await cli.run(source, ['plan', file, '--detailed-exitcode'])).code).toBe(2); // the appliance is untouched
    // the captured objects kept the fields only the appliance knows, at any depth
    const pci = Object.values(twin.committed().audit_policies).find((b) => b.name === 'pci');
    expect(pci).toMatchObject({
      timestamping_enabled: false,
      description: '',
      signing: { digest_algorithm: 'sha256' },
    });
    const conn = Object.values(twin.committed()['ssh/connections'] ?? {}).find((b) => b.name === 'ops-gw');
    expect(conn).toMatchObject({
      active: false,
      log_audit_trail_downloads: true,
      description: expect.any(String),
    });
  });

  it('holds the one configuration lock and keeps built-ins and objects in use, as the emulator does', async () => {
    const [holder, other] = [clientOf(twin), clientOf(twin)];
    await holder.transaction.open();
    try {
      await expect(other.transaction.open({ waitForLockMs: 0 })).rejects.toMatchObject({
        code: 'SPS_CONFIG_LOCKED',
      });
    } finally {
      await holder.transaction.rollback();
    }
    // built-ins stay undeletable, referenced objects stay in use: typed (the system backup's policy)
    // and on endpoints the model does not know (the connection's channel policy), as on the appliance
    const keyOf = (kind: string, name: string) =>
      Object.entries(twin.committed()[kind] ?? {}).find(([, b]) => b.name === name)![0];
    const refusals: unknown[] = [];
    await holder.withTransaction(
      async (tx) => {
        for (const [kind, key] of [
          ['ssh/settings_policies', '-300'],
          ['backup_policies', keyOf('backup_policies', 'nightly')],
          ['ssh/channel_policies', keyOf('ssh/channel_policies', 'shell-only')],
        ])
          refusals.push(
            await tx
              .remove(TYPED_KINDS.of(kind as never), key)
              .catch((e: { status: number; spsType: string }) => [e.status, e.spsType]),
          );
      },
      { commit: false },
    );
    expect(refusals).toEqual([
      [409, 'BuiltinObject'],
      [409, 'ObjectInUse'],
      [409, 'ObjectInUse'],
    ]);
  });
});
