import { request } from 'undici';
import { startTestEmulator, bodies, PATHS, type TestEmulator } from './helpers';

describe('emulator control API', () => {
  let t: TestEmulator;
  beforeEach(async () => {
    t = await startTestEmulator();
  });
  afterEach(() => t.close());

  const control = async (
    method: string,
    path: string,
    body?: unknown,
    token: string | null = t.emu.controlToken,
    cookie?: string,
  ) => {
    const res = await request(`${t.emu.url}/_emulator${path}`, {
      method: method as 'GET',
      dispatcher: t.agent,
      headers: {
        ...(token ? { 'x-emulator-token': token } : {}),
        ...(cookie ? { cookie: `session_id=${cookie}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.statusCode, body: JSON.parse(await res.body.text()) };
  };

  it('is closed to requests without the control token, even with an SPS session cookie', async () => {
    const c = await t.login();
    expect((await control('GET', '/stats', undefined, null, c.cookie)).status).toBe(401);
    expect((await control('GET', '/stats', undefined, 'not-the-token')).status).toBe(401);
    const bearer = await request(`${t.emu.url}/_emulator/stats`, {
      dispatcher: t.agent,
      headers: { authorization: `Bearer ${t.emu.controlToken}` },
    });
    expect(bearer.statusCode).toBe(200);
    await bearer.body.dump();
  });

  it('reports stats and the committed snapshot, without counting itself', async () => {
    const c = await t.login();
    await c.openTransaction();
    await c.post(PATHS.audit, bodies.audit('via-api'));
    await c.commit();
    const stats = (await control('GET', '/stats')).body;
    expect(stats).toMatchObject({
      requests: 4,
      logins: 1,
      transactionsOpened: 1,
      commits: 1,
      writes: 1,
      byMethod: { GET: 1, POST: 2, PUT: 1 },
    });
    const committed = (await control('GET', '/committed')).body;
    expect(Object.values(committed.audit_policies).map((p) => (p as { name: string }).name)).toContain(
      'via-api',
    );
    expect(t.emu.stats().requests).toBe(4);
  });

  it('changes switches, latency and faults at runtime and validates them', async () => {
    const c = await t.login();
    expect((await control('PUT', '/switches', { secrets: 'masked', lockStatus: 423 })).body).toMatchObject({
      secrets: 'masked',
      lockStatus: 423,
    });
    expect(t.emu.switches.secrets).toBe('masked');
    const bad = await control('PUT', '/switches', { secrets: 'sometimes' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('invalid secrets');
    expect((await control('PUT', '/switches', { noSuchSwitch: true })).status).toBe(400);

    expect((await control('POST', '/faults/fail-request', { nth: 1, status: 502 })).status).toBe(200);
    expect((await c.get('/api/info')).status).toBe(502);
    expect((await control('PUT', '/faults/fail-commit', { status: 503 })).body.commit).toEqual({
      status: 503,
    });
    expect((await control('PUT', '/latency', { fixedMs: 1, jitterMs: 2 })).body.latency).toEqual({
      fixedMs: 1,
      jitterMs: 2,
    });
    const cleared = (await control('DELETE', '/faults')).body;
    expect(cleared).toEqual({
      latency: null,
      pending: [],
      commit: null,
      dropTransactionAfterWrites: null,
      readsAfterCommit: null,
    });
    expect((await control('GET', '/nope')).status).toBe(404);
  });
});
