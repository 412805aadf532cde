import { connect } from 'node:tls';
import { startTestEmulator, bodies, PATHS, type ApiClient, type TestEmulator } from './helpers';

async function names(c: ApiClient, path: string): Promise<string[]> {
  const list = await c.get(path);
  return Promise.all(
    list.body.items.map(async (i: { key: string }) => (await c.get(`${path}/${i.key}`)).body.body.name),
  );
}

describe('emulator transactions', () => {
  let t: TestEmulator;
  beforeEach(async () => {
    t = await startTestEmulator();
  });
  afterEach(() => t.close());

  it('reports status in both documented shapes through open, commit and rollback', async () => {
    const c = await t.login();
    const closed = await c.get('/api/transaction');
    expect(closed.body).toMatchObject({
      key: 'transaction',
      body: { status: 'closed' },
      transaction: { status: 'closed' },
    });
    expect(closed.body.meta).toMatchObject({
      href: '/api/transaction',
      parent: '/api',
      changes: '/api/transaction/changes',
    });
    expect(typeof closed.body.meta.remaining_seconds).toBe('number');

    expect((await c.openTransaction()).body.transaction.status).toBe('open');
    expect((await c.get('/api/transaction')).body.body.status).toBe('open');
    const committed = await c.put('/api/transaction', { status: 'commit', commit_message: 'first change' });
    expect(committed.status).toBe(200);
    expect(committed.body).toMatchObject({
      body: { status: 'closed', commit_message: 'first change' },
      transaction: { status: 'closed' },
    });

    await c.openTransaction();
    const rolledBack = await c.rollback();
    expect(rolledBack.status).toBe(200);
    expect(rolledBack.body.meta.href).toBe('/api/transaction');
    expect((await c.get('/api/transaction')).body.transaction.status).toBe('closed');
    expect(t.emu.stats()).toMatchObject({ transactionsOpened: 2, commits: 1, rollbacks: 1 });
  });

  it('answers 411 for POST /api/transaction without Content-Length', async () => {
    const c = await t.login();
    const { hostname, port } = new URL(t.emu.url);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(
        { host: hostname, port: Number(port), ca: t.emu.caPem, servername: 'localhost' },
        () => {
          socket.write(
            `POST /api/transaction HTTP/1.1\r\nHost: ${hostname}\r\nCookie: session_id=${c.cookie}\r\nConnection: close\r\n\r\n`,
          );
        },
      );
      let data = '';
      socket.on('data', (d) => (data += d.toString()));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
    expect(raw).toMatch(/^HTTP\/1\.1 411 /);
    expect((await c.get('/api/transaction')).body.transaction.status).toBe('closed');
  });

  it('answers 405 with Allow for wrong verbs and 409 for commit or write with no transaction', async () => {
    const c = await t.login();
    const wrong = await c.call('POST', '/api/transaction/changes', {});
    expect(wrong.status).toBe(405);
    expect(wrong.body.error.type).toBe('MethodNotAllowed');
    expect(wrong.headers.allow).toBe('GET');
    expect((await c.commit()).status).toBe(409);
    const write = await c.post(PATHS.audit, bodies.audit('no-txn'));
    expect(write.status).toBe(409);
    expect(write.body.error).toMatchObject({
      type: 'Conflict',
      message: expect.stringContaining('No open Transaction'),
    });
    expect(await names(c, PATHS.audit)).not.toContain('no-txn');
  });

  it('auto-opens a transaction on the first write when the switch says so', async () => {
    t.emu.switches.noTransactionWrites = 'auto-open';
    const c = await t.login();
    expect((await c.post(PATHS.audit, bodies.audit('auto'))).status).toBe(201);
    expect((await c.get('/api/transaction')).body.transaction.status).toBe('open');
    expect((await c.commit()).status).toBe(200);
    expect(await names(c, PATHS.audit)).toContain('auto');
  });

  it('holds one global lock: another session cannot open or write, and learns who holds it', async () => {
    const a = await t.login();
    const b = await t.login();
    await a.openTransaction();
    const open = await b.openTransaction();
    expect(open.status).toBe(409);
    expect(open.body.error.type).toBe('ConfigurationLocked');
    expect(open.body.error.message).toContain('"admin"');
    expect(open.body.error.message).not.toContain(a.cookie);
    t.emu.switches.lockStatus = 423;
    expect((await b.post(PATHS.audit, bodies.audit('from-b'))).status).toBe(423);
    await a.rollback();
    expect((await b.openTransaction()).status).toBe(200);
  });

  it('keeps uncommitted changes private to their session and discards them on rollback', async () => {
    const a = await t.login();
    const b = await t.login();
    await a.openTransaction();
    expect((await a.post(PATHS.audit, bodies.audit('draft'))).status).toBe(201);
    expect(await names(a, PATHS.audit)).toContain('draft');
    expect(await names(b, PATHS.audit)).not.toContain('draft');
    await a.rollback();
    expect(await names(a, PATHS.audit)).not.toContain('draft');
    expect(Object.values(t.emu.committed().audit_policies).map((p) => p.name)).not.toContain('draft');
  });

  it('commits all changes at once and lists them in the changelog first', async () => {
    const a = await t.login();
    const b = await t.login();
    const before = t.emu.committed();
    await a.openTransaction();
    const created = await a.post(PATHS.archive, bodies.nfsArchive('nightly'));
    await a.post(PATHS.audit, bodies.audit('pci'));
    await a.put(PATHS.systemBackup, { backup_policy: null });
    const vnc = (await a.get(PATHS.vnc)).body.body;
    await a.put(PATHS.vnc, { ...vnc, service: { enabled: false, log_level: 4 } });

    const changes = (await a.get('/api/transaction/changes')).body;
    expect(changes.meta.href).toBe('/api/transaction/changes');
    expect(changes.changes.map((x: { type: string; path: string }) => [x.type, x.path])).toEqual([
      ['create', `${PATHS.archive}/${created.body.key}`],
      ['create', expect.stringMatching(/audit_policies\/[0-9a-f]{22}$/)],
      ['replace', PATHS.vnc],
    ]);
    expect(changes.changes[2].old_value.service.enabled).toBe(true);
    expect(changes.changes[2].new_value.service.enabled).toBe(false);
    expect(t.emu.committed()).toEqual(before);
    expect(await names(b, PATHS.archive)).toEqual([]);

    expect((await a.commit()).status).toBe(200);
    expect(await names(b, PATHS.archive)).toEqual(['nightly']);
    expect(await names(b, PATHS.audit)).toContain('pci');
    expect((await b.get(PATHS.vnc)).body.body.service.enabled).toBe(false);
  });

  it('refuses a commit with a dangling reference, naming object and field, and keeps the transaction open', async () => {
    const c = await t.login();
    await c.openTransaction();
    await c.post(PATHS.audit, bodies.audit('signed', 'no-such-identity'));
    const before = t.emu.committed();
    const refused = await c.commit();
    expect(refused.status).toBe(400);
    expect(refused.body.error.type).toBe('IntegrityError');
    expect(refused.body.error.message).toContain('audit policy "signed"');
    expect(refused.body.error.message).toContain('/signing/x509_identity');
    expect(refused.body.error.details.issues[0]).toMatchObject({ path: '/signing/x509_identity' });
    expect(t.emu.committed()).toEqual(before);
    expect((await c.get('/api/transaction')).body.transaction.status).toBe('open');
  });

  it('checks references on write when the referenceCheck switch says so', async () => {
    t.emu.switches.referenceCheck = 'write';
    const c = await t.login();
    await c.openTransaction();
    const refused = await c.post(PATHS.audit, bodies.audit('signed', 'no-such-identity'));
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.issues[0].path).toBe('/signing/x509_identity');
    expect((await c.get('/api/transaction/changes')).body.changes).toEqual([]);
  });
});
