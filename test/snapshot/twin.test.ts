/**
 * The twin's rules where a snapshot is incomplete, from a snapshot written by hand: the directories
 * in the captured order; a typed kind the appliance did not serve answers 404; a refused endpoint
 * answers its refusal; references into what was never read (a private key, an object of a refused
 * endpoint) still read as references and pass the commit's reference check; the captured Allow of an
 * endpoint the model does not type holds.
 */
import { Agent } from 'undici';
import { startTwin, type RunningEmulator } from '../../src/emulator';
import { SNAPSHOT_FORMAT, type SnapshotFile } from '../../src/snapshot';
import { ApiClient } from '../emulator/helpers';

const LDAP_KEY = '3548834825727acc530407';
const PKEY = '9d3c8a7e-1f2b-4c5d-8e9f-0a1b2c3d4e5f';
const ref = (endpoint: string, key: string) => ({
  key,
  meta: { href: `/api/configuration/${endpoint}/${key}` },
});

const SNAPSHOT: SnapshotFile = {
  format: SNAPSHOT_FORMAT,
  version: 1,
  takenAt: '2026-01-01T00:00:00.000Z',
  tool: 'sps-iac test',
  source: 'https://sps.example.invalid',
  anonymized: false,
  info: { firmware_version: '8.0.2', hostname: 'sps-a', node_id: '11111111-2222-3333-4444-555555555555' },
  cluster: { nodeId: '11111111-2222-3333-4444-555555555555', roles: ['central-management', 'search-master'] },
  secrets: { appliance: 'masked', replaced: 0, masked: 1 },
  endpoints: {
    '/api/configuration': { answer: 'directory', children: ['ssh', 'private_keys', 'policies'] },
    '/api/configuration/policies': { answer: 'directory', children: ['ldap_servers', 'backup_policies'] },
    '/api/configuration/policies/ldap_servers': {
      answer: 'error',
      status: 403,
      type: 'Unauthorized',
      message: 'no privilege',
    },
    '/api/configuration/policies/backup_policies': {
      answer: 'collection',
      evidence: 'the model types it',
      listsBodies: true, // as 8.0 LTS lists are
      objects: [
        {
          key: 'a1b2c3d4e5f6a7b8c9d0e1',
          body: {
            name: 'nightly',
            target: {
              type: 'rsync',
              server: { selection: 'ip', value: '10.0.0.5' },
              path: '/b',
              username: 'backup',
              auth_key: ref('private_keys', PKEY),
              host_key: { selection: 'rsa', value: 'AAAAB3NzaC1yc2E' },
              port: 22,
              compression: 'fast', // a field the model does not know
            },
            start_times: ['3:00'],
          },
        },
      ],
    },
    '/api/configuration/private_keys': { answer: 'not-fetched', reason: 'secret material' },
    '/api/configuration/ssh': { answer: 'directory', children: ['connections', 'host_keys'] },
    '/api/configuration/ssh/host_keys': {
      answer: 'collection',
      evidence: 'its keys are object ids',
      objects: [
        { key: '5b0c1d2e3f4a5b6c7d8e9f', body: { algorithm: 'rsa', fingerprint: 'SHA256:aa' } },
        { key: '6c1d2e3f4a5b6c7d8e9fa0', body: { algorithm: 'ed25519', fingerprint: 'SHA256:bb' } },
      ],
    },
    '/api/configuration/ssh/connections': {
      answer: 'collection',
      evidence: 'its keys are object ids',
      allow: ['GET'], // this appliance lets no one write them over REST
      itemAllow: ['GET'],
      objects: [
        {
          key: '8348340645707e2575e3c6',
          body: { name: 'ops-gw', ldap_server: ref('policies/ldap_servers', LDAP_KEY) },
        },
      ],
    },
  },
};

let twin: RunningEmulator;
let agent: Agent;
let c: ApiClient;
beforeAll(async () => {
  twin = await startTwin(SNAPSHOT, { password: 'pw' });
  agent = new Agent({ connect: { ca: twin.caPem } });
  c = new ApiClient(twin.url, agent);
  expect((await c.login('admin', 'pw')).status).toBe(200);
});
afterAll(async () => {
  await agent?.close();
  await twin?.close();
});

test('the captured directories in their order, lists as they were, and the firmware, node and cluster role', async () => {
  expect((await c.get('/api/configuration')).body.items.map((i: { key: string }) => i.key)).toEqual([
    'ssh',
    'private_keys',
    'policies',
  ]);
  const policies = await c.get('/api/configuration/policies/backup_policies');
  expect(policies.body.meta).toMatchObject({
    previous: '/api/configuration/policies/ldap_servers',
    next: null,
  });
  // the 8.0 LTS appliance listed its backup policies with their bodies; its connections without
  expect(policies.body.items[0]).toMatchObject({ key: 'a1b2c3d4e5f6a7b8c9d0e1', body: { name: 'nightly' } });
  expect((await c.get('/api/configuration/ssh/connections')).body.items[0]).not.toHaveProperty('body');
  const info = (await c.get('/api/info')).body.body;
  expect(info).toMatchObject({ firmware_version: '8.0.2', hostname: 'sps-a' });
  const node = await c.get(`/api/cluster/nodes/${info.node_id}`);
  expect(node.body.body.roles).toContain('central-management');
  const anonymous = (await new ApiClient(twin.url, agent).get('/api/info')).body.body;
  expect(anonymous).toEqual({ hostname: 'sps-a' }); // the documented anonymous fields only
});

test('what the appliance did not serve answers 404; what it refused answers its refusal', async () => {
  expect((await c.get('/api/configuration/policies/audit_policies')).status).toBe(404);
  expect((await c.get('/api/configuration/vnc/options')).status).toBe(404);
  const refused = await c.get('/api/configuration/policies/ldap_servers');
  expect(refused).toMatchObject({
    status: 403,
    body: { error: { type: 'Unauthorized', message: 'no privilege' } },
  });
  expect((await c.get(`/api/configuration/policies/ldap_servers/${LDAP_KEY}`)).status).toBe(403);
});

test('references into what was never read still read as references, and commits pass the reference check', async () => {
  const conn = (await c.get('/api/configuration/ssh/connections/8348340645707e2575e3c6')).body.body;
  expect(conn.ldap_server).toEqual(ref('policies/ldap_servers', LDAP_KEY));
  const backup = (await c.get('/api/configuration/policies/backup_policies/a1b2c3d4e5f6a7b8c9d0e1')).body
    .body;
  expect(backup.target.auth_key).toEqual(ref('private_keys', PKEY));
  expect((await c.get(`/api/configuration/private_keys/${PKEY}`)).body.body).toEqual({ key: '********' });
  expect((await c.get('/api/info')).body.body.config_hash).toBeUndefined(); // as captured
  expect((await c.openTransaction()).status).toBe(200);
  const written = { ...backup, target: { ...backup.target, auth_key: PKEY }, start_times: ['4:00'] };
  expect(
    (await c.put('/api/configuration/policies/backup_policies/a1b2c3d4e5f6a7b8c9d0e1', written)).status,
  ).toBe(200);
  const commit = await c.commit();
  expect(commit.status).toBe(200);
  const after = (await c.get('/api/configuration/policies/backup_policies/a1b2c3d4e5f6a7b8c9d0e1')).body.body;
  expect(after.target).toMatchObject({ compression: 'fast', auth_key: ref('private_keys', PKEY) });
  expect(after.start_times).toEqual(['4:00']);
  const info = (await c.get('/api/info')).body.body;
  expect(info.config_hash).toMatch(/^[0-9a-f]{32}$/); // a commit changed the configuration
});

test('objects without a name on an endpoint the model does not type can be written (no name to keep unique)', async () => {
  expect((await c.openTransaction()).status).toBe(200);
  const created = await c.post('/api/configuration/ssh/host_keys', {
    algorithm: 'ecdsa',
    fingerprint: 'SHA256:cc',
  });
  expect(created.status).toBe(201);
  expect(
    (await c.put('/api/configuration/ssh/host_keys/5b0c1d2e3f4a5b6c7d8e9f', { algorithm: 'rsa' })).status,
  ).toBe(200);
  expect((await c.commit()).status).toBe(200);
  const keys = (await c.get('/api/configuration/ssh/host_keys')).body.items.map(
    (i: { key: string }) => i.key,
  );
  expect(keys).toEqual(['5b0c1d2e3f4a5b6c7d8e9f', '6c1d2e3f4a5b6c7d8e9fa0', created.body.key]); // captured order, then the new one
});

test('an endpoint the model does not type keeps the verbs the appliance allowed', async () => {
  const list = await c.get('/api/configuration/ssh/connections');
  expect(list.headers.allow).toBe('GET');
  expect((await c.openTransaction()).status).toBe(200);
  expect((await c.post('/api/configuration/ssh/connections', { name: 'new' })).status).toBe(405);
  expect(
    (await c.put('/api/configuration/ssh/connections/8348340645707e2575e3c6', { name: 'x' })).status,
  ).toBe(405);
  expect((await c.rollback()).status).toBe(200);
});
