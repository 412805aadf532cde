/**
 * Contract: transport-level behaviour against the emulator over HTTPS — TLS trust (refused without
 * the CA, accepted with caFile, insecure opt-in), retries of reads on injected faults but never of
 * writes, session expiry inside and outside a transaction, the cluster role check, and logs that
 * never carry secrets.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { kindOf, type JsonObject } from '../../src/model';
import { SpsClient, SpsManagedHostError, SpsSessionExpiredError, SpsTlsError } from '../../src/client';
import { startTarget, type Target } from './helpers/target';

const audit = kindOf('audit_policies');
const splunk = kindOf('splunk_forwarder');

describe('against a default emulator', () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget();
  });
  afterAll(() => target.close());
  afterEach(() => {
    target.emu.faults.clear();
    target.emu.switches.clusterRole = 'standalone';
  });

  describe('TLS', () => {
    it('refuses the self-signed appliance certificate without its CA, saying how to fix it', async () => {
      const c = new SpsClient({
        url: target.emu.url,
        username: target.emu.username,
        password: target.emu.password,
        retries: 0,
      });
      const err = await c.login().catch((e: unknown) => e);
      await c.close();
      expect(err).toBeInstanceOf(SpsTlsError);
      expect((err as SpsTlsError).message).toMatch(/caFile/);
      expect((err as SpsTlsError).message).not.toContain(target.emu.password);
    });

    it('accepts it with caFile', async () => {
      await expect(target.client().login()).resolves.toBeUndefined();
    });

    it('accepts anything with the explicit insecure opt-in', async () => {
      const c = target.client({ caFile: undefined, insecure: true });
      await expect(c.info()).resolves.toMatchObject({
        firmwareVersion: expect.any(String),
        nodeId: expect.any(String),
      });
    });
  });

  describe('retries', () => {
    it('retries a GET answered with 503', async () => {
      const c = target.client();
      await c.login();
      const before = target.emu.stats().byMethod.GET ?? 0;
      target.emu.faults.failRequest({ nth: 1, status: 503, method: 'GET', pathPrefix: audit.endpoint });
      const refs = await c.list(audit);
      expect(refs.length).toBeGreaterThan(0);
      expect((target.emu.stats().byMethod.GET ?? 0) - before).toBe(2);
      expect(target.events.some((e) => e.msg === 'sps request retried' && e.path === audit.endpoint)).toBe(
        true,
      );
    });

    it('retries a GET whose connection was reset', async () => {
      const c = target.client();
      await c.login();
      target.emu.faults.resetConnection({ nth: 1, method: 'GET', pathPrefix: splunk.endpoint });
      await expect(c.get(splunk)).resolves.toMatchObject({ key: 'splunk_forwarder' });
    });

    it('does not resend a POST answered with 503, and nothing is created', async () => {
      const c = target.client();
      const committedBefore = target.emu.committed();
      target.emu.faults.failRequest({ nth: 1, status: 503, method: 'POST', pathPrefix: audit.endpoint });
      const posts = target.emu.stats().byMethod.POST ?? 0;
      const body: JsonObject = {
        name: 'not_retried',
        encryption: { enabled: false },
        signing: { enabled: false },
      };
      await expect(c.withTransaction((tx) => tx.create(audit, body))).rejects.toMatchObject({
        status: 503,
        spsType: 'InjectedFault',
      });
      // One POST to open the transaction, one (failed, not resent) POST of the policy.
      expect((target.emu.stats().byMethod.POST ?? 0) - posts).toBe(2);
      expect(target.emu.committed()).toEqual(committedBefore);
    });
  });

  describe('cluster role', () => {
    it('reports firmware version and node id', async () => {
      const info = await target.client().info();
      expect(info.raw.node_id).toBe(info.nodeId);
      expect(info.firmwareVersion).toBeTruthy();
    });

    it.each(['standalone', 'central-management'] as const)('accepts a %s node', async (role) => {
      target.emu.switches.clusterRole = role;
      await expect(target.client().assertConfigurable()).resolves.toBeUndefined();
    });

    it('refuses a managed host', async () => {
      target.emu.switches.clusterRole = 'managed-host';
      const err = await target
        .client()
        .assertConfigurable()
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SpsManagedHostError);
      expect((err as Error).message).toMatch(/Central Management/);
    });
  });

  it('logs method, path, status and duration, and never a secret', async () => {
    const c = target.client();
    const token = 'hec-token-contract-5150';
    await c.withTransaction(async (tx) => {
      const body = splunk.fromServer((await tx.get(splunk)).body);
      await tx.replace(splunk, undefined, { ...body, token });
    });
    const put = target.events.find((e) => e.method === 'PUT' && e.path === splunk.endpoint);
    expect(put).toMatchObject({ level: 'debug', status: 200, ms: expect.any(Number) });
    const text = JSON.stringify(target.events);
    for (const secret of [token, target.emu.password, 'session_id', 'Basic '])
      expect(text).not.toContain(secret);
  });
});

describe('session expiry (1-second idle timeout)', () => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget({ sessionTimeoutSeconds: 1 });
  });
  afterAll(() => target.close());

  const idle = (): Promise<void> => sleep(1600);

  it('inside a transaction: SpsSessionExpiredError, no silent re-login, lock released', async () => {
    const c = target.client();
    await c.transaction.open();
    const logins = target.emu.stats().logins;
    await idle();
    const body: JsonObject = {
      name: 'expired_txn',
      encryption: { enabled: false },
      signing: { enabled: false },
    };
    await expect(c.create(audit, body)).rejects.toBeInstanceOf(SpsSessionExpiredError);
    expect(target.emu.stats().logins).toBe(logins);
    // The transaction died with the session: another client can take the lock.
    const other = target.client();
    await other.transaction.open();
    await other.transaction.rollback();
    expect(Object.values(target.emu.committed().audit_policies ?? {}).map((p) => p.name)).not.toContain(
      'expired_txn',
    );
  });

  it('GET /api/info after the session expired logs in again instead of taking the anonymous view', async () => {
    const c = target.client();
    await c.login();
    await idle();
    const logins = target.emu.stats().logins;
    // the appliance answers /api/info anonymously without a session: no firmware_version, no node_id
    await expect(c.info()).resolves.toMatchObject({ firmwareVersion: '7.0.5', nodeId: expect.any(String) });
    expect(target.emu.stats().logins).toBe(logins + 1);
  });

  it('withTransaction surfaces the expiry and does not try to roll back a dead transaction', async () => {
    const c = target.client();
    const deletes = (): number => target.emu.stats().byMethod.DELETE ?? 0;
    let deletesBefore = 0;
    await expect(
      c.withTransaction(async (tx) => {
        await idle();
        deletesBefore = deletes();
        await tx.list(audit);
      }),
    ).rejects.toBeInstanceOf(SpsSessionExpiredError);
    expect(deletes()).toBe(deletesBefore);
  });

  it('outside a transaction: logs in again once and the read succeeds', async () => {
    const c = target.client();
    await c.login();
    const logins = target.emu.stats().logins;
    await idle();
    await expect(c.get(splunk)).resolves.toMatchObject({ key: 'splunk_forwarder' });
    expect(target.emu.stats().logins).toBe(logins + 1);
  });
});
