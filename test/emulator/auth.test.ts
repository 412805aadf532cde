import { setTimeout as sleep } from 'node:timers/promises';
import { startTestEmulator, PATHS, type TestEmulator } from './helpers';

describe('emulator authentication', () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator();
  });
  afterAll(() => t.close());

  it('logs in with Basic auth and sets a 40-hex session_id cookie', async () => {
    const c = t.anonymous();
    const answer = await c.login('admin', 'test-password');
    expect(answer.status).toBe(200);
    expect(c.cookie).toMatch(/^[0-9a-f]{40}$/);
    expect(answer.body.meta).toMatchObject({ href: '/api/authentication', remaining_seconds: 600 });
    expect(answer.headers['content-language']).toBe('en');
    expect(answer.headers['content-type']).toBe('application/json');
    expect(answer.headers.allow).toBe('GET');
    expect((await c.get('/api/info')).status).toBe(200);
  });

  it('GET /api/info answers without a session with the anonymous view, with one with the full view', async () => {
    const anonymous = await t.anonymous().get('/api/info');
    expect(anonymous.status).toBe(200);
    expect(anonymous.body).toMatchObject({ key: 'about_info', meta: { href: '/api/info', parent: '/api' } });
    expect(Object.keys(anonymous.body.body).sort()).toEqual([
      'domainname',
      'hostname',
      'nickname',
      'plugin_sdk_version',
      'support_link',
    ]);
    const c = t.anonymous();
    await c.login('admin', 'test-password');
    const full = (await c.get('/api/info')).body.body;
    expect(full).toMatchObject({ firmware_version: '7.0.5', analytics_enabled: false, roles: [] });
    for (const field of ['build_date', 'config_hash', 'version', 'hostname', 'support_link'])
      expect(full).toHaveProperty(field);
  });

  it('refuses bad credentials with 401 AuthenticationFailure and no cookie', async () => {
    const c = t.anonymous();
    const answer = await c.login('admin', 'Pa55-bad-guess');
    expect(answer.status).toBe(401);
    expect(answer.body.error.type).toBe('AuthenticationFailure');
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(JSON.stringify(answer.body)).not.toContain('Pa55-bad-guess');
  });

  it('answers requests without or with an unknown cookie with 401 Unauthenticated naming the path', async () => {
    const none = await t.anonymous().get(PATHS.audit);
    expect(none.status).toBe(401);
    expect(none.body.error).toMatchObject({ type: 'Unauthenticated', details: { path: PATHS.audit } });
    expect(none.body.meta.href).toBe(PATHS.audit);
    const forged = t.anonymous();
    forged.cookie = 'a1f71d030e657634730b9e887cb59a5e56162860';
    expect((await forged.get(PATHS.audit)).body.error.type).toBe('Unauthenticated');
  });

  it('lists login methods anonymously', async () => {
    const answer = await t.anonymous().get('/api/authentication/login_methods');
    expect(answer.status).toBe(200);
    expect(answer.body.login_methods.map((m: { name: string }) => m.name)).toContain('local');
  });

  it('requires X-Token on writes from browser-like user agents only', async () => {
    const c = await t.login();
    c.userAgent = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120.0 Safari/537.36';
    const refused = await c.openTransaction();
    expect(refused.status).toBe(403);
    expect(refused.body.error.type).toBe('Unauthorized');
    const token = (await c.get('/api/user/info')).body.body.token;
    expect((await c.call('POST', '/api/transaction', undefined, { 'x-token': token })).status).toBe(200);
    expect((await c.call('DELETE', '/api/transaction', undefined, { 'x-token': token })).status).toBe(200);
    c.userAgent = 'terraform-provider-sps/0.1';
    expect((await c.openTransaction()).status).toBe(200);
    await c.rollback();
  });
});

describe('emulator session expiry', () => {
  it('expires idle sessions, answers 401 Unauthenticated and releases their lock', async () => {
    const t = await startTestEmulator({ sessionTimeoutSeconds: 1 });
    try {
      const holder = await t.login();
      expect((await holder.openTransaction()).status).toBe(200);
      expect((await holder.post(PATHS.audit, { name: 'never-committed' })).status).toBe(201);
      await sleep(1500);
      const after = await holder.get(PATHS.audit);
      expect(after.status).toBe(401);
      expect(after.body.error.type).toBe('Unauthenticated');
      const other = await t.login();
      expect((await other.openTransaction()).status).toBe(200);
      const names = await Promise.all(
        (await other.get(PATHS.audit)).body.items.map(
          async (i: { key: string }) => (await other.get(`${PATHS.audit}/${i.key}`)).body.body.name,
        ),
      );
      expect(names).not.toContain('never-committed');
    } finally {
      await t.close();
    }
  });

  it('slides the expiry with every request', async () => {
    const t = await startTestEmulator({ sessionTimeoutSeconds: 1 });
    try {
      const c = await t.login();
      for (let i = 0; i < 4; i++) {
        await sleep(400);
        expect((await c.get('/api/transaction')).status).toBe(200);
      }
    } finally {
      await t.close();
    }
  });
});
