import { Agent, request } from 'undici';
import { startTestEmulator, bodies, PATHS, type TestEmulator } from './helpers';

describe('emulator faults and latency', () => {
  let t: TestEmulator;
  beforeEach(async () => {
    t = await startTestEmulator();
  });
  afterEach(() => t.close());

  it('fails the nth matching request with the given status, once', async () => {
    const c = await t.login();
    t.emu.faults.failRequest({ nth: 2, status: 503, method: 'GET', pathPrefix: '/api/configuration' });
    expect((await c.get(PATHS.audit)).status).toBe(200);
    expect((await c.get('/api/transaction')).status).toBe(200); // does not match the prefix
    const failed = await c.get(PATHS.audit);
    expect(failed.status).toBe(503);
    expect(failed.body.error.type).toBe('InjectedFault');
    expect((await c.get(PATHS.audit)).status).toBe(200);
  });

  it('resets the connection of the nth matching request', async () => {
    const c = await t.login();
    t.emu.faults.resetConnection({ nth: 1, method: 'POST', pathPrefix: '/api/transaction' });
    await expect(c.openTransaction()).rejects.toThrow();
    expect((await c.get('/api/transaction')).body.transaction.status).toBe('closed');
    expect((await c.openTransaction()).status).toBe(200);
  });

  it('fails commits until cleared, leaving committed state unchanged and the transaction open', async () => {
    const c = await t.login();
    const before = t.emu.committed();
    await c.openTransaction();
    await c.post(PATHS.audit, bodies.audit('pending'));
    t.emu.faults.failCommit({ status: 500, message: 'disk full' });
    const failed = await c.commit();
    expect(failed.status).toBe(500);
    expect(failed.body.error).toMatchObject({ type: 'CommitFailed', message: 'disk full' });
    expect(t.emu.committed()).toEqual(before);
    expect((await c.get('/api/transaction')).body.transaction.status).toBe('open');
    t.emu.faults.failCommit(null);
    expect((await c.commit()).status).toBe(200);
    expect(Object.values(t.emu.committed().audit_policies).map((p) => p.name)).toContain('pending');
  });

  it('delays answers by the configured latency (seen by a client whose header timeout is shorter)', async () => {
    const c = await t.login();
    t.emu.faults.setLatency({ fixedMs: 5000 });
    const impatient = new Agent({ connect: { ca: t.emu.caPem }, headersTimeout: 200 });
    try {
      await expect(
        request(`${t.emu.url}/api/info`, {
          dispatcher: impatient,
          headers: { cookie: `session_id=${c.cookie}` },
        }),
      ).rejects.toMatchObject({
        code: 'UND_ERR_HEADERS_TIMEOUT',
      });
    } finally {
      await impatient.destroy();
    }
    t.emu.faults.clear();
    expect((await c.get('/api/info')).status).toBe(200);
  });

  it('counts the latency from arrival: an answer leaves no sooner, and close() drops held answers at once', async () => {
    const c = await t.login();
    t.emu.faults.setLatency({ fixedMs: 150 });
    const started = performance.now();
    expect((await c.get('/api/info')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(150);
    t.emu.faults.setLatency({ fixedMs: 60_000 });
    const held = c.get('/api/info').catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    const closing = performance.now();
    await t.emu.close();
    expect(await held).toBeInstanceOf(Error); // the socket was dropped, no answer
    expect(performance.now() - closing).toBeLessThan(5_000);
  });

  it('rejects invalid fault settings with a typed error', () => {
    expect(() => t.emu.faults.failRequest({ nth: 0, status: 500 })).toThrow(
      expect.objectContaining({ code: 'EMU_INVALID_OPTION' }),
    );
    expect(() => t.emu.faults.failCommit({ status: 200 })).toThrow(/failCommit.status/);
    expect(() => t.emu.faults.setLatency({ fixedMs: -1 })).toThrow(/latency.fixedMs/);
  });
});
