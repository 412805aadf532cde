import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '../../src/emulator';
import { startTestEmulator, bodies, PATHS } from './helpers';

describe('emulator persistence', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sps-emulator-persist-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('saves committed state on commit and loads it at the next start, with the same node id', async () => {
    const file = join(dir, 'config.json');
    const first = await startTestEmulator({ persistFile: file });
    let nodeId: string;
    let key: string;
    try {
      const c = await first.login();
      nodeId = (await c.get('/api/info')).body.body.node_id;
      await c.openTransaction();
      key = (await c.post(PATHS.archive, bodies.smbArchive('kept', 'Sh4reP4ss'))).body.key;
      await c.post(PATHS.audit, bodies.audit('rolled-back'));
      await c.commit();
      await c.openTransaction();
      await c.post(PATHS.audit, bodies.audit('never-saved'));
      await c.rollback();
    } finally {
      await first.close();
    }
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('sps-emulator-config');

    const second = await startTestEmulator({ persistFile: file });
    try {
      const c = await second.login();
      expect((await c.get('/api/info')).body.body.node_id).toBe(nodeId);
      const read = await c.get(`${PATHS.archive}/${key}`);
      expect(read.body.body).toMatchObject({
        name: 'kept',
        target: { authentication: { password: 'Sh4reP4ss' } },
      });
      const audits = Object.values(second.emu.committed().audit_policies).map((p) => p.name);
      expect(audits).toContain('rolled-back'); // it was committed, despite the name
      expect(audits).not.toContain('never-saved');
    } finally {
      await second.close();
    }
  });

  it('refuses to start from a file that is not a saved configuration, naming the file', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"format": "something-else"}');
    await expect(startEmulator({ persistFile: file })).rejects.toMatchObject({ code: 'EMU_PERSIST', file });
    writeFileSync(
      file,
      JSON.stringify({
        format: 'sps-emulator-config',
        version: 1,
        nodeId: 'n',
        objects: { audit_policies: { '1': { name: 'has space' } } },
      }),
    );
    await expect(startEmulator({ persistFile: file })).rejects.toThrow(/audit_policies\/1 \/name/);
  });
});
