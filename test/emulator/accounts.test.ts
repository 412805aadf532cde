/**
 * Emulator switches for what a new user meets on a real appliance: a read-only REST account, paths
 * a user's groups have no privilege for, an expired server certificate; and `sps-emulator --from` as
 * a process serving a snapshot, its refusals included.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { Agent, request } from 'undici';
import { ApiClient, PATHS, bodies, startTestEmulator } from './helpers';

const ROOT = join(__dirname, '..', '..');

test('a read-only account reads, and is refused every change with 403 Unauthorized', async () => {
  const t = await startTestEmulator({ readOnlyUsers: [{ username: 'auditor', password: 'auditor-pw' }] });
  try {
    const c = t.anonymous();
    expect((await c.login('auditor', 'auditor-pw')).status).toBe(200);
    expect((await c.login('auditor', 'test-password')).status).toBe(401);
    expect((await c.get(PATHS.audit)).status).toBe(200);
    expect((await c.get('/api/transaction')).status).toBe(200);
    const open = await c.openTransaction();
    expect(open.status).toBe(403);
    expect(open.body.error).toMatchObject({
      type: 'Unauthorized',
      message: expect.stringContaining('"auditor" may read'),
    });
    expect((await c.post(PATHS.audit, bodies.audit('x'))).status).toBe(403);
    expect((await c.put(PATHS.vnc, {})).status).toBe(403);
    expect((await c.rollback()).status).toBe(200); // changes nothing
    const admin = await t.login(); // the administrator is not affected
    expect((await admin.openTransaction()).status).toBe(200);
    expect((await admin.rollback()).status).toBe(200);
  } finally {
    await t.close();
  }
});

test('denied paths answer 403 for every session, with everything under them', async () => {
  const t = await startTestEmulator({ deniedPaths: ['/api/configuration/policies/content_policies'] });
  try {
    const c = await t.login();
    const denied = await c.get(PATHS.content);
    expect(denied).toMatchObject({
      status: 403,
      body: { error: { type: 'Unauthorized', details: { path: PATHS.content } } },
    });
    expect((await c.get(`${PATHS.content}/abc`)).status).toBe(403);
    expect((await c.get(PATHS.audit)).status).toBe(200);
    const listing = await c.get('/api/configuration/policies');
    expect(listing.body.items.map((i: { key: string }) => i.key)).toContain('content_policies'); // listed, not readable
  } finally {
    await t.close();
  }
});

test('an expired certificate is refused by a client that trusts its CA', async () => {
  const t = await startTestEmulator({ certificateExpired: true });
  try {
    const agent = new Agent({ connect: { ca: t.emu.caPem } });
    await expect(request(`${t.emu.url}/api/info`, { dispatcher: agent })).rejects.toMatchObject({
      code: 'CERT_HAS_EXPIRED',
    });
    await agent.close();
  } finally {
    await t.close();
  }
});

test('sps-emulator --from serves a snapshot: its objects, and its refusals', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sps-twin-process-'));
  const source = await startTestEmulator({ deniedPaths: ['/api/configuration/policies/ldap_servers'] });
  try {
    const env = {
      ...process.env,
      SPS_URL: source.emu.url,
      SPS_USERNAME: source.emu.username,
      SPS_PASSWORD: source.emu.password,
      SPS_CA_FILE: join(dir, 'source-ca.pem'),
      SPS_CLI_FROM_SOURCE: '1',
    };
    source.emu.writeCaFile(env.SPS_CA_FILE);
    await promisify(execFile)(join(ROOT, 'bin', 'sps'), ['snapshot', '--out', join(dir, 'snap.json')], {
      env,
    });
    writeFileSync(join(dir, 'bad.json'), '{"format":"something-else"}');
    const bad = await promisify(execFile)(join(ROOT, 'bin', 'sps-emulator'), [
      '--from',
      join(dir, 'bad.json'),
    ]).catch((e: { code: number; stderr: string }) => e);
    expect(bad).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('bad.json: not an sps-snapshot file'),
    });

    const child = spawn(
      join(ROOT, 'bin', 'sps-emulator'),
      ['--from', join(dir, 'snap.json'), '--port', '0', '--json', '--password', 'pw'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    try {
      const line = await new Promise<string>((resolve) =>
        createInterface({ input: child.stdout! }).once('line', resolve),
      );
      const twin = JSON.parse(line) as { url: string; caFile: string };
      const agent = new Agent({ connect: { ca: readFileSync(twin.caFile, 'utf8') } });
      const c = new ApiClient(twin.url, agent);
      expect((await c.login('admin', 'pw')).status).toBe(200);
      const audit = await c.get(`${PATHS.audit}/-20100`);
      expect(audit.body.body).toMatchObject({ name: 'default', description: '' }); // a built-in, its unknown field
      expect((await c.get('/api/configuration/policies/ldap_servers')).status).toBe(403);
      expect((await c.get('/api/info')).body.body.firmware_version).toBe('7.0.5');
      await agent.close();
    } finally {
      child.kill('SIGTERM');
    }
  } finally {
    await source.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
