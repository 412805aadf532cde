/**
 * Endpoints the model has no kind for, declared as pass-through objects: an SSH connection policy
 * pointing at an audit policy and a channel policy created in the same apply, partial ownership of
 * its body, export and re-plan, deletion of owned objects only, and a read-only endpoint refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { TYPED_KINDS, passThroughKind, type JsonObject } from '../../src/model';
import { committedBody, startHarness, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const connection = (extra: JsonObject = {}): JsonObject => ({
  audit_policies: { pci: {} },
  pass_through: {
    'ssh/channel_policies': { objects: { 'shell-only': { rules: [{ actions: { audit: true } }] } } },
    'ssh/connections': {
      objects: {
        'ops-gw': {
          active: true,
          network: { clients: ['10.1.0.0/16'], targets: ['10.2.0.0/16'], ports: [22] },
          audit_policy: { $ref: 'policies/audit_policies/pci' },
          channel_policy: { $ref: 'ssh/channel_policies/shell-only' },
          settings_policy: { $ref: 'ssh/settings_policies/-300' },
          ...extra,
        },
      },
    },
  },
});

/** Edits an object the way the web UI would: another session, its own transaction. */
async function outOfBand(endpoint: string, name: string, edit: (body: JsonObject) => void): Promise<void> {
  const kind = TYPED_KINDS.of(endpoint as never);
  await h.client().withTransaction(async (tx) => {
    const obj = (await tx.readAll(kind)).find((o) => o.body.name === name)!;
    const body = kind.writtenForm(obj.body);
    edit(body);
    await tx.replace(kind, obj.key, body);
  });
}

test('a connection policy and the audit and channel policies it names are created in one commit, references as keys', async () => {
  const file = h.write('conn.yaml', connection());
  const commits = h.emu.stats().commits;
  const plan = await h.cli(['plan', file, '--json']);
  expect(plan.code).toBe(0);
  const ops = JSON.parse(plan.stdout).operations.map((o: { kind: string; name: string; action: string }) =>
    [o.action, o.kind, o.name].join(' '),
  );
  // referents first: the typed audit policy, then the channel policy, then the connection
  expect(ops).toEqual([
    'create audit_policies pci',
    'create ssh/channel_policies shell-only',
    'create ssh/connections ops-gw',
  ]);
  const apply = await h.cli(['apply', file, '--auto-approve']);
  expect(apply.stderr).toBe('');
  expect(apply.code).toBe(0);
  expect(h.emu.stats().commits).toBe(commits + 1);
  const conn = committedBody(h.emu, 'ssh/connections', 'ops-gw')!.body;
  expect(conn.audit_policy).toBe(committedBody(h.emu, 'audit_policies', 'pci')!.key);
  expect(conn.channel_policy).toBe(committedBody(h.emu, 'ssh/channel_policies', 'shell-only')!.key);
  expect(conn.settings_policy).toBe('-300');
  expect((await h.cli(['plan', file, '--detailed-exitcode'])).code).toBe(0);
});

test('changing only "active" keeps every field set out of band, and the plan shows that one field', async () => {
  await outOfBand('ssh/connections', 'ops-gw', (b) => {
    b.description = 'set in the web UI';
    (b.network as JsonObject).ports = [22, 2222];
    b.log_audit_trail_downloads = true;
  });
  const file = h.write('inactive.yaml', connection({ active: false }));
  const plan = await h.cli(['plan', file, '--json']);
  const op = JSON.parse(plan.stdout).operations.find((o: { name: string }) => o.name === 'ops-gw');
  // ports were declared, so the out-of-band change to them is drift the plan puts back
  expect(op.changes).toEqual([
    { path: '/active', before: true, after: false, sensitive: false },
    { path: '/network/ports', before: [22, 2222], after: [22], sensitive: false },
  ]);
  expect(op.unmanaged).toEqual(expect.arrayContaining(['/description', '/log_audit_trail_downloads']));
  expect((await h.cli(['apply', file, '--auto-approve'])).code).toBe(0);
  const body = committedBody(h.emu, 'ssh/connections', 'ops-gw')!.body;
  expect(body).toMatchObject({
    active: false,
    description: 'set in the web UI',
    log_audit_trail_downloads: true,
  });
  expect((body.network as JsonObject).ports).toEqual([22]);
});

test('export --endpoint gives references by name, and the exported document plans as no change', async () => {
  const out = join(h.dir, 'exported.yaml');
  const r = await h.cli([
    'export',
    '--kinds',
    'audit_policies',
    '--endpoint',
    'ssh/connections,ssh/channel_policies',
    '--out',
    out,
  ]);
  expect(r.code).toBe(0);
  const doc = parse(readFileSync(out, 'utf8'));
  const conn = doc.pass_through['ssh/connections'].objects['ops-gw'];
  expect(conn).toMatchObject({
    active: false,
    description: 'set in the web UI',
    audit_policy: { $ref: 'policies/audit_policies/pci' },
    channel_policy: { $ref: 'ssh/channel_policies/shell-only' },
  });
  expect((await h.cli(['plan', out, '--detailed-exitcode'])).code).toBe(0);
});

test('owned pass-through objects are deleted, referrers first; a policy a web-UI connection still uses is not', async () => {
  const state = join(h.dir, 'pass-through.state.json');
  const file = h.write('owned.yaml', connection());
  expect((await h.cli(['apply', file, '--auto-approve', '--state', state])).code).toBe(0);
  // dropping the connection and the channel policy from the document deletes them (owned), in order
  const rest = h.write('rest.yaml', { audit_policies: { pci: {} } });
  const plan = await h.cli(['plan', rest, '--json', '--state', state]);
  const ops = JSON.parse(plan.stdout).operations.filter((o: { action: string }) => o.action === 'delete');
  expect(ops.map((o: { kind: string; name: string }) => `${o.kind} ${o.name}`)).toEqual([
    'ssh/connections ops-gw',
    'ssh/channel_policies shell-only',
  ]);
  expect((await h.cli(['apply', rest, '--auto-approve', '--state', state])).code).toBe(0);
  expect(committedBody(h.emu, 'ssh/connections', 'ops-gw')).toBeUndefined();
  expect(committedBody(h.emu, 'ssh/settings_policies', 'default')).toBeDefined();

  // a connection made in the web UI points at "pci". Which endpoints may refer to an audit policy is
  // not documented, so the plan cannot know; the appliance refuses the delete and nothing is applied
  const pciKey = committedBody(h.emu, 'audit_policies', 'pci')!.key;
  await h.client().withTransaction(async (tx) => {
    await tx.create(passThroughKind('ssh/connections'), { name: 'manual', audit_policy: pciKey });
  });
  const commits = h.emu.stats().commits;
  const refused = await h.cli(['apply', h.write('none.yaml', {}), '--auto-approve', '--state', state]);
  expect(refused.code).not.toBe(0);
  expect(refused.stderr).toMatch(/referenced by .*manual/);
  expect(committedBody(h.emu, 'audit_policies', 'pci')).toBeDefined();
  expect(h.emu.stats().commits).toBe(commits);
});

test('a VNC connection policy (read-only on the REST API) and malformed references are refused before any request', async () => {
  const writes = h.emu.stats().writes;
  const vnc = h.write('vnc.yaml', {
    pass_through: { 'vnc/connections': { objects: { jump: { active: false } } } },
  });
  const r = await h.cli(['plan', vnc]);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/pass_through\/vnc~1connections.*read-only/);
  const typo = h.write('typo.yaml', {
    pass_through: { 'ssh/connections': { objects: { x: { audit_policy: { $ref: 'pci' } } } } },
  });
  const t = await h.cli(['plan', typo]);
  expect(t.code).not.toBe(0);
  expect(t.stderr).toContain('/pass_through/ssh~1connections/objects/x/audit_policy');
  const typed = h.write('typed.yaml', {
    pass_through: { 'policies/audit_policies': { objects: { y: {} } } },
  });
  expect((await h.cli(['plan', typed])).stderr).toMatch(/modelled: declare it as "audit_policies"/);
  expect(h.emu.stats().writes).toBe(writes);
});

test('a secret at a sensitive path comes from the environment, never shows in any output, and is fingerprinted', async () => {
  const secret = 'bind-secret-0815';
  const doc = {
    pass_through: {
      'policies/ldap_servers': {
        sensitive_paths: ['/bind_password'],
        objects: { corp: { host: 'ldap.example.com', bind_dn: 'cn=sps', bind_password: '${env:LDAP_BIND}' } },
      },
    },
  };
  const file = h.write('ldap.yaml', doc);
  const env = { LDAP_BIND: secret };
  const plan = await h.cli(['plan', file, '--json'], env);
  expect(plan.code).toBe(0);
  const op = JSON.parse(plan.stdout).operations.find((o: { name: string }) => o.name === 'corp');
  expect(op.changes).toContainEqual({ path: '/bind_password', sensitive: true });
  const state = join(h.dir, 'ldap.state.json');
  const apply = await h.cli(['apply', file, '--auto-approve', '--state', state], env);
  expect(apply.code).toBe(0);
  for (const out of [plan.stdout, plan.stderr, apply.stdout, apply.stderr]) expect(out).not.toContain(secret);
  expect(committedBody(h.emu, 'policies/ldap_servers', 'corp')!.body.bind_password).toBe(secret);
  const recorded = readFileSync(state, 'utf8');
  expect(recorded).toContain('policies/ldap_servers/corp/bind_password');
  expect(recorded).not.toContain(secret);
  expect((await h.cli(['plan', file, '--detailed-exitcode', '--state', state], env)).code).toBe(0);
  expect(
    (await h.cli(['plan', file, '--detailed-exitcode', '--state', state], { LDAP_BIND: 'rotated' })).code,
  ).toBe(2);
});

test("an SSH connection policy's confirmed fields are checked before any request; undocumented fields pass", async () => {
  const requests = h.emu.stats().requests;
  const file = h.write('typed-conn.yaml', {
    pass_through: {
      'ssh/connections': {
        objects: {
          bad: {
            active: 'yes',
            network: { clients: ['10.0.0.0/8'], ports: [22, 70000] },
            access_control: [{ authorizer: 'ops', permission: 'watch' }],
            indexing: { enabled: true, policy: 42 },
            some_undocumented_block: { anything: [1, 2] },
          },
        },
      },
    },
  });
  const r = await h.cli(['plan', file]);
  expect(r.code).not.toBe(0);
  const at = '/pass_through/ssh~1connections/objects/bad';
  expect(r.stderr).toContain(`${at}/active: must be boolean`);
  expect(r.stderr).toContain(`${at}/network/ports/1: must be at most 65535`);
  expect(r.stderr).toContain(
    `${at}/access_control/0/permission: must be one of "audit", "authorize", "audit_and_authorize"`,
  );
  expect(r.stderr).toContain(
    `${at}/indexing/policy: must be the key of the object or {"$ref": "<endpoint>/<name>"}`,
  );
  expect(r.stderr).not.toContain('some_undocumented_block');
  expect(h.emu.stats().requests).toBe(requests);
});
