/**
 * Contract: sessions and transactions against the emulator over HTTPS — login, the configuration
 * lock between two clients, rollback invisibility, withTransaction, the changelog, server-side
 * validation with nothing stored, commit failures (injected, integrity, lost response) and the
 * emulator's switchable behaviours (auto-open, forwarder verb, lock status).
 */
import { kindOf, validateBody, type JsonObject } from '../../src/model';
import { BUILTIN_AUDIT_POLICY_KEY } from '../../src/emulator';
import {
  SpsApiError,
  SpsAuthError,
  SpsConfigLockedError,
  SpsConnectionError,
  SpsNoTransactionError,
  type SpsClient,
} from '../../src/client';
import { startTarget, type Target } from './helpers/target';

const audit = kindOf('audit_policies');
const content = kindOf('content_policies');
const splunk = kindOf('splunk_forwarder');

let target: Target;
let a: SpsClient;
let b: SpsClient;

beforeAll(async () => {
  target = await startTarget();
});
afterAll(() => target.close());
beforeEach(() => {
  target.emu.faults.clear();
  Object.assign(target.emu.switches, {
    noTransactionWrites: 'conflict',
    forwarderMethod: 'put',
    lockStatus: 409,
  });
  a = target.client();
  b = target.client();
});
afterEach(async () => {
  await a.close();
  await b.close();
});

let seq = 0;
const rules = [{ actions: { log: true }, event: { selection: 'command', match: ['rm -rf'] } }];
const policy = (prefix: string): JsonObject => ({
  name: `${prefix}_${++seq}`,
  encryption: { enabled: false },
  signing: { enabled: false },
});
const names = async (c: SpsClient): Promise<string[]> =>
  (await c.readAll(audit)).map((o) => String(o.body.name));

describe('login', () => {
  it('logs in with the right credentials', async () => {
    const before = target.emu.stats().logins;
    await a.login();
    expect(target.emu.stats().logins).toBe(before + 1);
  });

  it('refuses wrong credentials with SpsAuthError that does not carry the password', async () => {
    const wrong = target.client({ password: 'not-the-password-77' });
    const err = (await wrong.login().catch((e: unknown) => e)) as SpsAuthError;
    expect(err).toBeInstanceOf(SpsAuthError);
    expect(err.status).toBe(401);
    expect(err.spsType).toBe('AuthenticationFailure');
    expect(err.message).not.toContain('not-the-password-77');
  });
});

describe('configuration lock', () => {
  it('a second client cannot open while the first holds the lock, and can after it commits', async () => {
    await a.transaction.open();
    const err = await b.transaction.open().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SpsConfigLockedError);
    expect((err as Error).message).toContain(`user "${target.emu.username}"`);
    await a.transaction.commit();
    await b.transaction.open();
    await b.transaction.rollback();
  });

  it('waits for the lock when asked, and gets it once the holder commits', async () => {
    await a.transaction.open();
    let holderCommitted: Promise<void> | undefined;
    // b logs each wait; the first one is the cue for a to finish (no timing involved).
    const waiting = target.client({
      logger: (e) => {
        if (e.msg.includes('waiting') && !holderCommitted) holderCommitted = a.transaction.commit();
      },
    });
    await waiting.withTransaction(async (tx) => expect((await tx.status()).status).toBe('open'), {
      waitForLockMs: 30_000,
      commit: false,
    });
    expect(holderCommitted).toBeDefined();
    await holderCommitted;
  });

  it('a write from the second client is refused without touching the first one’s transaction', async () => {
    await a.transaction.open();
    await a.create(audit, policy('held'));
    // 409 with no transaction of b's own: reported as "no transaction", pointing at open().
    await expect(b.create(audit, policy('intruder'))).rejects.toBeInstanceOf(SpsNoTransactionError);
    // A 423 lock status is unambiguous.
    target.emu.switches.lockStatus = 423;
    await expect(b.create(audit, policy('intruder'))).rejects.toBeInstanceOf(SpsConfigLockedError);
    expect((await a.transaction.changes()).map((c) => c.type)).toEqual(['create']);
    await a.transaction.rollback();
  });
});

describe('isolation and rollback', () => {
  it('uncommitted changes are visible only to their session and vanish on rollback', async () => {
    const committedBefore = target.emu.committed();
    const p = policy('staged');
    await a.transaction.open();
    await a.create(audit, p);
    expect(await names(a)).toContain(p.name);
    expect(await names(b)).not.toContain(p.name);
    await a.transaction.rollback();
    expect(await names(a)).not.toContain(p.name);
    expect(target.emu.committed()).toEqual(committedBefore);
    expect((await a.transaction.status()).status).toBe('closed');
  });

  it('withTransaction rolls back on throw, rethrows the same error and releases the lock', async () => {
    const p = policy('thrown');
    const rollbacks = target.emu.stats().rollbacks;
    const boom = new Error('reconcile step failed');
    await expect(
      a.withTransaction(async (tx) => {
        await tx.create(audit, p);
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(target.emu.stats().rollbacks).toBe(rollbacks + 1);
    expect(await names(b)).not.toContain(p.name);
    await b.transaction.open();
    await b.transaction.rollback();
  });

  it('withTransaction commit:false stages, shows the changelog, then discards', async () => {
    const p = policy('dry');
    const committedBefore = target.emu.committed();
    const changes = await a.withTransaction(
      async (tx) => {
        const ref = await tx.create(audit, p);
        await tx.replace(audit, ref.key, { ...p, timestamping_enabled: true });
        return tx.changes();
      },
      { commit: false },
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      type: 'create',
      newValue: { name: p.name, timestamping_enabled: true },
    });
    expect(target.emu.committed()).toEqual(committedBefore);
  });

  it('commits create, replace and delete atomically with a commit message', async () => {
    const p = policy('lifecycle');
    const key = await a.withTransaction(async (tx) => (await tx.create(audit, p)).key, {
      message: 'add lifecycle',
    });
    expect((await a.transaction.status()).commitMessage).toBe('add lifecycle');
    await a.withTransaction(async (tx) => {
      await tx.replace(audit, key, { ...p, timestamping_enabled: true });
      expect((await tx.changes()).map((c) => c.type)).toEqual(['replace']);
    });
    expect((await b.get(audit, key)).body.timestamping_enabled).toBe(true);
    await a.withTransaction(async (tx) => {
      await tx.remove(audit, key);
      expect((await tx.changes()).map((c) => c.type)).toEqual(['delete']);
    });
    await expect(b.get(audit, key)).rejects.toMatchObject({ status: 404, spsType: 'NotFound' });
  });
});

describe('server-side refusals', () => {
  it('rejects an invalid body with a 400 naming the field, and stores nothing', async () => {
    const bad = { name: 'no spaces allowed', encryption: { enabled: 'yes' } } as unknown as JsonObject;
    expect(validateBody(audit, bad).length).toBeGreaterThan(0);
    const committedBefore = target.emu.committed();
    const err = (await a
      .withTransaction((tx) => tx.create(audit, bad))
      .catch((e: unknown) => e)) as SpsApiError;
    expect(err).toBeInstanceOf(SpsApiError);
    expect(err.status).toBe(400);
    expect(err.message).toMatch(/encryption\/enabled|\/name/);
    expect(err.details).toBeDefined();
    expect(target.emu.committed()).toEqual(committedBefore);
    expect((await a.transaction.status()).status).toBe('closed');
  });

  it('reports a data conflict inside our own transaction as the SPS error, not as a lock', async () => {
    const err = (await a
      .withTransaction((tx) => tx.remove(audit, BUILTIN_AUDIT_POLICY_KEY))
      .catch((e: unknown) => e)) as SpsApiError;
    expect(err).toBeInstanceOf(SpsApiError);
    expect(err).toMatchObject({ status: 409, code: 'SPS_API' });
    expect(err.spsMessage).toMatch(/built-in/);
  });

  it('a commit refused for a dangling reference leaves nothing committed', async () => {
    const committedBefore = target.emu.committed();
    const dangling = { ...policy('dangling'), signing: { enabled: true, x509_identity: 'no-such-identity' } };
    const err = (await a
      .withTransaction((tx) => tx.create(audit, dangling))
      .catch((e: unknown) => e)) as SpsApiError;
    expect(err).toBeInstanceOf(SpsApiError);
    expect(err.status).toBe(400);
    expect(err.message).toContain('no-such-identity');
    expect(target.emu.committed()).toEqual(committedBefore);
  });

  it('an injected commit failure rolls back and surfaces the status', async () => {
    target.emu.faults.failCommit({ status: 500, message: 'disk full' });
    const committedBefore = target.emu.committed();
    const commits = target.emu.stats().commits;
    await expect(a.withTransaction((tx) => tx.create(audit, policy('failcommit')))).rejects.toMatchObject({
      status: 500,
      spsMessage: 'disk full',
    });
    expect(target.emu.stats().commits).toBe(commits);
    expect(target.emu.committed()).toEqual(committedBefore);
    expect((await a.transaction.status()).status).toBe('closed');
  });

  it('a lost commit response is resolved by re-reading the status and never resent', async () => {
    await a.login();
    target.emu.faults.resetConnection({ nth: 1, method: 'PUT', pathPrefix: '/api/transaction' });
    const puts = target.emu.stats().byMethod.PUT ?? 0;
    const p = policy('lostcommit');
    await expect(a.withTransaction((tx) => tx.create(audit, p))).rejects.toBeInstanceOf(SpsConnectionError);
    expect((target.emu.stats().byMethod.PUT ?? 0) - puts).toBe(1);
    expect(await names(b)).not.toContain(p.name);
    expect((await a.transaction.status()).status).toBe('closed');
  });
});

describe('switchable appliance behaviours', () => {
  it('writes outside a transaction fail with SpsNoTransactionError when the appliance does not auto-open', async () => {
    const committedBefore = target.emu.committed();
    const err = await a.create(content, { name: 'outside', rules }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SpsNoTransactionError);
    expect(target.emu.committed()).toEqual(committedBefore);
  });

  it('learns about an auto-opened transaction, so it can be committed', async () => {
    target.emu.switches.noTransactionWrites = 'auto-open';
    await a.create(content, { name: 'auto_opened', rules });
    expect((await a.transaction.status()).status).toBe('open');
    await a.transaction.commit();
    expect((await b.readAll(content)).map((o) => o.body.name)).toContain('auto_opened');
  });

  it('releases a lock that a failed auto-opening write took, when the client closes', async () => {
    target.emu.switches.noTransactionWrites = 'auto-open';
    await expect(a.create(content, { name: 'bad name with spaces', rules })).rejects.toMatchObject({
      status: 400,
    });
    await a.close();
    await b.transaction.open();
    await b.transaction.rollback();
  });

  it('falls back to POST for a forwarder singleton that answers PUT with 405', async () => {
    target.emu.switches.forwarderMethod = 'post';
    const body: JsonObject = { ...(await a.get(splunk)).body, enabled: false, flush_interval: 120 };
    await a.withTransaction((tx) => tx.replace(splunk, undefined, splunk.fromServer(body)));
    expect((await b.get(splunk)).body.flush_interval).toBe(120);
  });
});
