/**
 * Wire-level behaviour of the client against a scripted HTTPS server on 127.0.0.1: what is sent
 * (headers, cookies, bodies), how statuses and network failures become typed errors, retries,
 * the 401 policy, lock/no-transaction classification and the ambiguous commit.
 */
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { KindDef } from '../../src/model/types';
import { defineKind } from '../../src/model/define';
import {
  SpsApiError,
  SpsAuthError,
  SpsClient,
  SpsConfigLockedError,
  SpsConnectionError,
  SpsNoTransactionError,
  SpsSessionExpiredError,
  SpsTimeoutError,
  SpsTlsError,
  type LogEvent,
  type SpsClientOptions,
} from '../../src/client';
import {
  answerLogin,
  isLogin,
  json,
  LOGIN_OK,
  spsError,
  startTinyServer,
  type Seen,
  type TinyServer,
} from './helpers/tiny-server';

/** A stand-in kind: only the fields the client reads (endpoint, shape, sensitive, title). */
const items: KindDef = {
  ...defineKind({
    name: 'audit_policies',
    title: 'test item',
    description: '',
    endpoint: '/api/configuration/test/items',
    shape: 'collection',
    identity: 'name',
    managed: true,
    schema: {},
    sensitive: [['token']],
    references: [],
  }),
  // bodies as they are: the client never normalizes
  fromServer: (b) => b,
  writtenForm: (b) => b,
  canonicalize: (b) => b,
  toServer: (b) => b,
  documentAt: (name) => ['audit_policies', name ?? ''],
};

let server: TinyServer;
let client: SpsClient;
let events: LogEvent[];

beforeAll(async () => {
  server = await startTinyServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.seen.length = 0;
  events = [];
  client = make();
});
afterEach(() => client.close());

function make(extra: Partial<SpsClientOptions> = {}): SpsClient {
  return new SpsClient({
    url: server.url,
    ca: server.caPem,
    ...LOGIN_OK,
    logger: (e) => events.push(e),
    ...extra,
  });
}

const txnOpen = {
  key: 'transaction',
  body: { status: 'open', commit_message: null },
  meta: { href: '/api/transaction' },
};
const txnClosed = {
  key: 'transaction',
  transaction: { status: 'closed' },
  meta: { href: '/api/transaction' },
};
const nonLogin = (): Seen[] => server.seen.filter((s) => !isLogin(s));

it('logs in with Basic once, then sends the session cookie and a non-browser User-Agent', async () => {
  server.handle((req, res) =>
    isLogin(req)
      ? answerLogin(req, res)
      : json(res, 200, { key: 'x', body: { name: 'a' }, meta: { href: req.path } }),
  );
  const obj = await client.get(items, 'k1');
  await client.get(items, 'k2');
  expect(obj).toEqual({ key: 'x', body: { name: 'a' }, href: '/api/configuration/test/items/k1' });
  expect(server.seen.filter(isLogin)).toHaveLength(1);
  for (const s of nonLogin()) {
    expect(s.headers.cookie).toBe('session_id=a1f71d030e657634730b9e887cb59a5e56162860');
    expect(s.headers.authorization).toBeUndefined();
    expect(s.headers['user-agent']).toMatch(/^sps-iac\//);
  }
});

it('reports wrong credentials as SpsAuthError without the password', async () => {
  server.handle((req, res) => answerLogin(req, res));
  const bad = make({ password: 'wrong-password-42' });
  const err = await bad.login().catch((e: unknown) => e);
  await bad.close();
  expect(err).toBeInstanceOf(SpsAuthError);
  expect((err as SpsAuthError).code).toBe('SPS_AUTH');
  expect((err as Error).message).toContain('admin');
  expect(JSON.stringify({ m: (err as Error).message, e: err })).not.toContain('wrong-password-42');
});

it('opens a transaction with an explicit empty body (Content-Length: 0)', async () => {
  server.handle((req, res) => (isLogin(req) ? answerLogin(req, res) : json(res, 200, txnOpen)));
  await client.transaction.open();
  const post = nonLogin().find((s) => s.method === 'POST');
  expect(post?.headers['content-length']).toBe('0');
  expect(post?.body).toBe('');
});

it('passes SPS error type, message and details verbatim, with secrets redacted', async () => {
  server.handle((req, res) => {
    if (isLogin(req)) return answerLogin(req, res);
    if (req.path === '/api/transaction') return json(res, 200, txnOpen);
    const sent = JSON.parse(req.body) as { token: string };
    spsError(res, 400, 'SyntacticError', `token ${sent.token} is invalid for ${LOGIN_OK.password}`, {
      path: '/token',
      value: sent.token,
    });
  });
  await client.transaction.open();
  const err = (await client
    .create(items, { name: 'n', token: 'hec-token-77' })
    .catch((e: unknown) => e)) as SpsApiError;
  expect(err).toBeInstanceOf(SpsApiError);
  expect(err).toMatchObject({ status: 400, spsType: 'SyntacticError', method: 'POST', path: items.endpoint });
  expect(err.spsMessage).toBe('token *** is invalid for ***');
  expect(err.details).toEqual({ path: '/token', value: '***' });
  expect(err.message).toBe(
    'POST /api/configuration/test/items: 400 SyntacticError: token *** is invalid for ***',
  );
});

describe('retries', () => {
  it('retries a GET after 503 and honours Retry-After', async () => {
    let failures = 2;
    server.handle((req, res) => {
      if (isLogin(req)) return answerLogin(req, res);
      // The first failure asks for an immediate retry; the second leaves the backoff to the client.
      if (failures === 2) res.setHeader('retry-after', '0');
      if (failures-- > 0) return spsError(res, 503, 'ServiceUnavailable', 'busy');
      json(res, 200, { items: [{ key: 'a', meta: { href: '/x/a' } }] });
    });
    expect(await client.list(items)).toEqual([{ key: 'a', href: '/x/a' }]);
    expect(nonLogin()).toHaveLength(3);
    expect(events.filter((e) => e.msg === 'sps request retried')).toHaveLength(2);
  });

  it('gives up after `retries` extra attempts with the last SPS error', async () => {
    server.handle((req, res) =>
      isLogin(req) ? answerLogin(req, res) : spsError(res, 502, 'BadGateway', 'down'),
    );
    const err = await make({ retries: 1 })
      .list(items)
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 502, spsType: 'BadGateway', retryable: true });
    expect(nonLogin()).toHaveLength(2);
  });

  it('never resends a POST', async () => {
    server.handle((req, res) => {
      if (isLogin(req)) return answerLogin(req, res);
      if (req.method === 'GET') return json(res, 200, txnOpen);
      spsError(res, 503, 'ServiceUnavailable', 'busy');
    });
    await client.transaction.open().catch(() => undefined);
    server.seen.length = 0;
    await expect(client.create(items, { name: 'n' })).rejects.toMatchObject({ status: 503 });
    expect(server.seen.filter((s) => s.method === 'POST')).toHaveLength(1);
  });
});

describe('401 policy', () => {
  it('logs in again once for a read outside a transaction', async () => {
    let expired = true;
    server.handle((req, res) => {
      if (isLogin(req)) return answerLogin(req, res);
      if (expired) {
        expired = false;
        return spsError(res, 401, 'Unauthenticated', 'not authenticated', { path: req.path });
      }
      json(res, 200, { items: [] });
    });
    await client.login();
    expect(await client.list(items)).toEqual([]);
    expect(server.seen.filter(isLogin)).toHaveLength(2);
  });

  it('surfaces SpsSessionExpiredError inside an open transaction instead of logging in again', async () => {
    let sessionAlive = true;
    server.handle((req, res) => {
      if (isLogin(req)) return answerLogin(req, res);
      if (!sessionAlive)
        return spsError(res, 401, 'Unauthenticated', 'not authenticated', { path: req.path });
      json(res, 200, txnOpen);
    });
    await client.transaction.open();
    sessionAlive = false;
    const err = await client.replace(items, 'k', { name: 'n' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SpsSessionExpiredError);
    expect(server.seen.filter(isLogin)).toHaveLength(1);
  });
});

describe('lock and no-transaction classification', () => {
  it('409 on open while our status is closed → SpsConfigLockedError', async () => {
    server.handle((req, res) => {
      if (isLogin(req)) return answerLogin(req, res);
      if (req.method === 'POST') return spsError(res, 409, 'Conflict', 'locked by admin@10.0.0.5');
      json(res, 200, txnClosed);
    });
    const err = await client.transaction.open().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SpsConfigLockedError);
    expect((err as Error).message).toContain('locked by admin@10.0.0.5');
  });

  it('409 on open while our own transaction is open → already ours, success', async () => {
    server.handle((req, res) => {
      if (isLogin(req)) return answerLogin(req, res);
      if (req.method === 'POST') return spsError(res, 409, 'Conflict', 'already open');
      json(res, 200, txnOpen);
    });
    await expect(client.transaction.open()).resolves.toBeUndefined();
  });

  it('423 on a write → SpsConfigLockedError', async () => {
    server.handle((req, res) =>
      isLogin(req) ? answerLogin(req, res) : spsError(res, 423, 'Locked', 'held by another session'),
    );
    await expect(client.remove(items, 'k')).rejects.toBeInstanceOf(SpsConfigLockedError);
  });

  it('409 on a write with no transaction of ours → SpsNoTransactionError', async () => {
    server.handle((req, res) =>
      isLogin(req) ? answerLogin(req, res) : spsError(res, 409, 'Conflict', 'No open Transaction'),
    );
    const err = await client.remove(items, 'k').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SpsNoTransactionError);
    expect((err as Error).message).toMatch(
      /DELETE \/api\/configuration\/test\/items\/k: no open transaction/,
    );
  });

  it('409 on a write inside our open transaction → the data conflict itself, or lost transaction', async () => {
    let txn: object = txnOpen;
    server.handle((req, res) => {
      if (isLogin(req)) return answerLogin(req, res);
      if (req.path === '/api/transaction') return json(res, 200, txn);
      spsError(res, 409, 'Conflict', 'object is referenced by x');
    });
    await client.transaction.open();
    await expect(client.remove(items, 'k')).rejects.toMatchObject({
      code: 'SPS_API',
      status: 409,
      spsMessage: 'object is referenced by x',
    });
    txn = txnClosed;
    await expect(client.remove(items, 'k')).rejects.toBeInstanceOf(SpsNoTransactionError);
  });
});

describe('ambiguous commit', () => {
  it('decides by re-reading the status: closed means committed', async () => {
    server.handle((req, res) => {
      if (isLogin(req)) return answerLogin(req, res);
      if (req.method === 'PUT') return void res.socket?.destroy();
      json(res, 200, req.method === 'POST' ? txnOpen : txnClosed);
    });
    await client.transaction.open();
    await expect(client.transaction.commit('ci run 7')).resolves.toBeUndefined();
    const put = server.seen.filter((s) => s.method === 'PUT');
    expect(put).toHaveLength(1);
    expect(JSON.parse(put[0].body)).toEqual({ status: 'commit', commit_message: 'ci run 7' });
  });

  it('still open means not committed: the network error stands and the commit is not resent', async () => {
    server.handle((req, res) => {
      if (isLogin(req)) return answerLogin(req, res);
      if (req.method === 'PUT') return void res.socket?.destroy();
      json(res, 200, txnOpen);
    });
    await client.transaction.open();
    await expect(client.transaction.commit()).rejects.toBeInstanceOf(SpsConnectionError);
    expect(server.seen.filter((s) => s.method === 'PUT')).toHaveLength(1);
  });
});

describe('network failures', () => {
  it('refuses an untrusted certificate with SpsTlsError saying how to fix it', async () => {
    const untrusting = new SpsClient({ url: server.url, ...LOGIN_OK, retries: 0 });
    const err = await untrusting.login().catch((e: unknown) => e);
    await untrusting.close();
    expect(err).toBeInstanceOf(SpsTlsError);
    expect((err as Error).message).toMatch(/caFile.*insecure/);
  });

  it('reports a refused connection with the URL', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as AddressInfo;
    await new Promise((r) => probe.close(r));
    const c = new SpsClient({ url: `https://127.0.0.1:${port}`, ...LOGIN_OK, insecure: true, retries: 0 });
    const err = await c.login().catch((e: unknown) => e);
    await c.close();
    expect(err).toBeInstanceOf(SpsConnectionError);
    expect((err as Error).message).toContain(`https://127.0.0.1:${port}/api/authentication`);
    expect((err as Error).message).toContain('ECONNREFUSED');
  });

  it("aborts in-flight requests with the caller's own reason when the caller's signal fires", async () => {
    server.handle((req, res) => (isLogin(req) ? answerLogin(req, res) : undefined)); // reads never answer
    const stop = new AbortController();
    const stoppable = make({ signal: stop.signal, retries: 0, requestTimeoutMs: 30_000 });
    await stoppable.login();
    const reason = new Error('provider stopped');
    const pending = [stoppable.get(items, 'a'), stoppable.get(items, 'b')].map((p) =>
      p.catch((e: unknown) => e),
    );
    setTimeout(() => stop.abort(reason), 50);
    const started = Date.now();
    expect(await Promise.all(pending)).toEqual([reason, reason]);
    expect(Date.now() - started).toBeLessThan(5_000); // the abort, not the 30 s deadline, ended them
    expect(await stoppable.get(items, 'c').catch((e: unknown) => e)).toBe(reason); // nothing new is sent
    await stoppable.close();
  });

  it('turns a request that never completes into SpsTimeoutError', async () => {
    server.handle(() => undefined);
    const slow = make({ requestTimeoutMs: 300, retries: 0 });
    const err = await slow.login().catch((e: unknown) => e);
    await slow.close();
    expect(err).toBeInstanceOf(SpsTimeoutError);
    expect(err).toMatchObject({ code: 'SPS_TIMEOUT', phase: 'request', timeoutMs: 300 });
  });
});

it('bounds concurrent reads by `concurrency`', async () => {
  let inFlight = 0;
  let peak = 0;
  const waiting: Array<() => void> = [];
  server.handle((req, res) => {
    if (isLogin(req)) return answerLogin(req, res);
    if (req.path === items.endpoint) {
      return json(res, 200, {
        items: ['a', 'b', 'c', 'd', 'e', 'f'].map((key) => ({
          key,
          meta: { href: `${items.endpoint}/${key}` },
        })),
      });
    }
    inFlight++;
    peak = Math.max(peak, inFlight);
    // Answer in pairs: the first waits for the second, so a bound of 2 is reached, and any excess
    // would show in the peak. The timer only keeps a broken (serial) client from hanging the test.
    waiting.push(() => {
      inFlight--;
      json(res, 200, { key: req.path.split('/').pop(), body: { name: req.path }, meta: { href: req.path } });
    });
    const flush = (): void => waiting.splice(0).forEach((f) => f());
    if (waiting.length >= 2) setImmediate(flush);
    else setTimeout(flush, 500);
  });
  const c = make({ concurrency: 2 });
  const all = await c.readAll(items);
  await c.close();
  expect(all.map((o) => o.key)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  expect(peak).toBe(2);
});

it('logs method, path, status and ms — never cookies, credentials or bodies', async () => {
  server.handle((req, res) =>
    isLogin(req)
      ? answerLogin(req, res)
      : json(res, 201, { key: 'k9', meta: { href: `${items.endpoint}/k9` } }),
  );
  await client.create(items, { name: 'n', token: 'hec-token-77' });
  const text = JSON.stringify(events);
  expect(
    events.some(
      (e) => e.method === 'POST' && e.path === items.endpoint && e.status === 201 && typeof e.ms === 'number',
    ),
  ).toBe(true);
  for (const secret of ['hec-token-77', LOGIN_OK.password, 'a1f71d030e', 'Basic '])
    expect(text).not.toContain(secret);
});
