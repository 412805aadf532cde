/**
 * Contract: every kind of the model through the client against the emulator over HTTPS, and the
 * guide's own sample bodies validated, applied in a transaction, committed and read back equal
 * after normalization on every field the model knows (the emulator, like a real appliance, adds
 * fields of its own: `knownView` leaves those out).
 */
import { generateKeyPairSync } from 'node:crypto';
import { KINDS, kindOf, knownView, validateBody, type JsonObject, type KindDef } from '../../src/model';
import { SEED_TRUSTED_CA_LIST_KEY, SEED_X509_SIGNING_KEY } from '../../src/emulator';
import { SpsUnsupportedOperationError, type SpsClient } from '../../src/client';
import { guideSamples, type SampleRefs } from '../fixtures/guide-samples';
import { startTarget, type Target } from './helpers/target';

let target: Target;
let client: SpsClient;

/** A server body normalized, with only the fields the model knows. */
const known = (kind: KindDef, body: JsonObject) =>
  knownView(kind.schema, kind.fromServer(body)) as JsonObject;

function privateKeyPem(): string {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
}

beforeAll(async () => {
  target = await startTarget();
  client = target.client();
});
afterAll(() => target.close());

describe.each(KINDS.map((k) => [k.name, k] as const))('kind %s', (_name, kind: KindDef) => {
  if (kind.shape === 'singleton') {
    it('reads the singleton with its endpoint name as key', async () => {
      const one = await client.get(kind);
      expect(one.key).toBe(kind.endpoint.split('/').pop());
      expect(one.href).toBe(kind.endpoint);
      expect(validateBody(kind, known(kind, one.body))).toEqual([]);
      expect(await client.readAll(kind)).toEqual([one]);
      await expect(client.list(kind)).rejects.toBeInstanceOf(SpsUnsupportedOperationError);
      await expect(client.remove(kind, 'x')).rejects.toBeInstanceOf(SpsUnsupportedOperationError);
    });
  } else if (kind.shape === 'create-only') {
    it('creates, then reads back by key only', async () => {
      const body: JsonObject =
        kind.name === 'passwords' ? { plain: 'contract-secret-value' } : { key: privateKeyPem() };
      expect(validateBody(kind, body)).toEqual([]);
      const ref = await client.withTransaction((tx) => tx.create(kind, body));
      expect(ref.href).toBe(`${kind.endpoint}/${ref.key}`);
      const read = await client.get(kind, ref.key);
      expect(read.key).toBe(ref.key);
      await expect(client.list(kind)).rejects.toBeInstanceOf(SpsUnsupportedOperationError);
      await expect(client.replace(kind, ref.key, body)).rejects.toBeInstanceOf(SpsUnsupportedOperationError);
      await expect(client.remove(kind, ref.key)).rejects.toBeInstanceOf(SpsUnsupportedOperationError);
    });
  } else {
    it('lists and reads every object, each valid after normalization', async () => {
      const refs = await client.list(kind);
      const all = await client.readAll(kind);
      expect(all.map((o) => o.key)).toEqual(refs.map((r) => r.key));
      expect(all.map((o) => o.href)).toEqual(refs.map((r) => r.href));
      for (const o of all) expect(validateBody(kind, known(kind, o.body))).toEqual([]);
      if (kind.shape === 'read-only') {
        await expect(client.create(kind, {})).rejects.toBeInstanceOf(SpsUnsupportedOperationError);
      }
    });
  }
});

describe('guide samples', () => {
  let refs: SampleRefs;

  beforeAll(async () => {
    // The samples point at a private key (single use) and a backup policy: create them first.
    refs = await client.withTransaction(async (tx) => {
      const key = await tx.create(kindOf('private_keys'), { key: privateKeyPem() });
      const policy = await tx.create(kindOf('backup_policies'), {
        name: 'system-backup-target',
        target: { type: 'nfs', server: { selection: 'fqdn', value: 'backup.example.com' }, path: '/sps' },
        start_times: ['02:00'],
      });
      return {
        x509: SEED_X509_SIGNING_KEY,
        trustedCaList: SEED_TRUSTED_CA_LIST_KEY,
        privateKey: key.key,
        backupPolicy: policy.key,
      };
    });
  });

  /** Create by name, or replace the object that already has the name (e.g. the built-in "default"). */
  async function apply(kind: KindDef, body: JsonObject): Promise<string | undefined> {
    if (kind.shape === 'singleton') {
      await client.withTransaction((tx) => tx.replace(kind, undefined, body));
      return undefined;
    }
    return client.withTransaction(async (tx) => {
      const existing = (await tx.readAll(kind)).find((o) => o.body.name === body.name);
      if (existing) {
        await tx.replace(kind, existing.key, body);
        return existing.key;
      }
      return (await tx.create(kind, body)).key;
    });
  }

  it('covers every managed kind', () => {
    const covered = new Set(
      guideSamples({ x509: 'k', trustedCaList: 'k', privateKey: 'k', backupPolicy: 'k' }).map((s) => s.kind),
    );
    const managedWithoutSample = KINDS.filter((k) => k.managed && !covered.has(k.name)).map((k) => k.name);
    // ssh/rdp options have no guide sample in the seeds; they are covered by the per-kind reads above.
    expect(managedWithoutSample.sort()).toEqual(['rdp_options', 'ssh_options']);
  });

  it.each(
    guideSamples({ x509: '', trustedCaList: '', privateKey: '', backupPolicy: '' }).map(
      (s, i) => [s.id, i] as const,
    ),
  )('%s: validates, is accepted, reads back equal', async (_id, index) => {
    const sample = guideSamples(refs)[index];
    const kind = kindOf(sample.kind);
    expect(validateBody(kind, sample.body)).toEqual([]);
    const key = await apply(kind, structuredClone(sample.body));
    const live = await client.get(kind, key);
    expect(known(kind, live.body)).toEqual(kind.canonicalize(structuredClone(sample.body)));
    expect(target.emu.committed()[kind.name]?.[live.key]).toBeDefined();
  });

  it('normalizes an rsync host_key written as an OpenSSH one-liner', async () => {
    const kind = kindOf('backup_policies');
    const hostKey =
      'AAAAB3NzaC1yc2EAAAADAQABAAAAYQCsU80IBrJbOlqCi03qZK+FtgS783VKE1TVZBtDQlsXJ9FXu6KNBvqvSAjcXiWY+izqn+P14UVRY1vOdz7WwLIWOUoTKHfPMqv3bdjwM4Bhd26POWSFyDf46yx1YzvMwgc=';
    const written: JsonObject = {
      name: 'rsync_oneliner',
      target: {
        type: 'rsync',
        server: { selection: 'fqdn', value: 'rsync.example.com' },
        username: 'backup',
        path: '/srv/sps',
        auth_key: '',
        host_key: `ssh-rsa ${hostKey} backup@rsync`,
        port: 22,
      },
      start_times: ['03:30'],
    };
    const key = await client.withTransaction(async (tx) => {
      (written.target as JsonObject).auth_key = (
        await tx.create(kindOf('private_keys'), { key: privateKeyPem() })
      ).key;
      return (await tx.create(kind, written)).key;
    });
    const live = await client.get(kind, key);
    expect((live.body.target as JsonObject).host_key).toEqual({ selection: 'rsa', value: hostKey });
    expect(known(kind, live.body)).toEqual(kind.canonicalize(structuredClone(written)));
  });
});
