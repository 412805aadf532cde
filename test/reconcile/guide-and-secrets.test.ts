/**
 * Every sample body of the SPS guide, written through the reconciler, plans as "no change" right after
 * its apply; secrets stay unprinted and compare correctly whether the appliance shows or masks them.
 */
import { SEED_X509_SIGNING_KEY } from '../../src/emulator';
import { kindOf, type JsonObject } from '../../src/model';
import {
  applyPlan,
  hasChanges,
  parseDesiredState,
  planAgainstAppliance,
  type SecretRecords,
} from '../../src/reconcile';
import { guideSamples } from '../fixtures/guide-samples';
import { RSYNC_PRIVATE_KEY, everyKind } from './fixtures';
import { startBench, type Bench } from './helpers';

/** A guide sample (written form) as a one-object desired document (desired form: names, inline key). */
function documentOf(kind: string, body: JsonObject): JsonObject {
  if (kindOf(kind as never).shape !== 'collection') return { [kind]: body };
  const { name, ...rest } = body;
  return { [kind]: { [String(name)]: rest } };
}

describe('the guide sample bodies', () => {
  let bench: Bench;
  beforeAll(async () => {
    bench = await startBench();
  });
  afterAll(() => bench.close());

  const samples = guideSamples({
    x509: SEED_X509_SIGNING_KEY,
    trustedCaList: 'siem-cas',
    privateKey: RSYNC_PRIVATE_KEY,
    backupPolicy: 'backup_rsync',
  });

  test.each(samples.map((s) => [s.id, s] as const))(
    '%s: applies, then plans as no change',
    async (_id, sample) => {
      const desired = parseDesiredState(documentOf(sample.kind, sample.body));
      const plan = await planAgainstAppliance(bench.client, desired);
      const result = await applyPlan(bench.client, plan);
      const again = await planAgainstAppliance(bench.client, desired, {
        secretRecords: result.secretRecords,
      });
      expect(again.ops.filter((o) => o.action !== 'noop').map((o) => o.changes)).toEqual([]);
    },
  );
});

describe('secrets on an appliance that masks them', () => {
  let bench: Bench;
  let records: SecretRecords;
  beforeAll(async () => {
    bench = await startBench({ switches: { secrets: 'masked' } });
    const plan = await planAgainstAppliance(bench.client, parseDesiredState(everyKind('canary-0001')));
    records = (await applyPlan(bench.client, plan)).secretRecords;
  });
  afterAll(() => bench.close());

  test('the appliance really masks them', async () => {
    const splunk = await bench.client.get(kindOf('splunk_forwarder'));
    expect(splunk.body.token).toBe('********');
  });

  test('with the fingerprints recorded at apply, the next plan is empty', async () => {
    const plan = await planAgainstAppliance(bench.client, parseDesiredState(everyKind('canary-0001')), {
      secretRecords: records,
    });
    expect(hasChanges(plan)).toBe(false);
    expect(JSON.stringify(records)).not.toContain('canary-0001');
  });

  test('a changed secret is detected through its fingerprint and shown only as sensitive', async () => {
    const plan = await planAgainstAppliance(bench.client, parseDesiredState(everyKind('canary-0002')), {
      secretRecords: records,
    });
    const changed = plan.ops.filter((o) => o.action !== 'noop');
    expect(changed.map((o) => `${o.kind}/${o.name}`)).toEqual([
      'backup_policies/smb',
      'splunk_forwarder/splunk_forwarder',
    ]);
    expect(changed.flatMap((o) => o.changes)).toEqual([
      { path: '/target/authentication/password', sensitive: true },
      { path: '/token', sensitive: true },
    ]);
    expect(JSON.stringify(plan.ops)).not.toMatch(/canary-000[12]|PRIVATE KEY/);
  });

  test('without fingerprints and without a place to record them, hidden secrets are kept and noted', async () => {
    const desired = parseDesiredState(everyKind('canary-0001'));
    const plan = await planAgainstAppliance(bench.client, desired);
    expect(hasChanges(plan)).toBe(false);
    expect(plan.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Splunk forwarder "splunk_forwarder": \/token cannot be verified .*kept as it is/,
        ),
        expect.stringMatching(
          /^backup policy "nightly": \/target\/auth_key cannot be verified .*kept as it is/,
        ),
      ]),
    );
  });

  test('without fingerprints, for a caller that records them, hidden secrets are planned as written (unverifiable), and once written the next plan is empty', async () => {
    const desired = parseDesiredState(everyKind('canary-0001'));
    const plan = await planAgainstAppliance(bench.client, desired, { recordsSecrets: true });
    expect(plan.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Splunk forwarder "splunk_forwarder": \/token cannot be verified .*it will be written/,
        ),
        expect.stringMatching(
          /^backup policy "nightly": \/target\/auth_key cannot be verified .*it will be written/,
        ),
      ]),
    );
    const changed = plan.ops.filter((o) => o.action !== 'noop');
    expect(changed.map((o) => o.name).sort()).toEqual(['nightly', 'smb', 'splunk_forwarder']);
    expect(changed.flatMap((o) => o.changes)).toEqual(
      expect.arrayContaining([
        { path: '/token', sensitive: true, unverifiable: true },
        { path: '/target/auth_key', sensitive: true, unverifiable: true },
        { path: '/target/authentication/password', sensitive: true, unverifiable: true },
      ]),
    );
    const result = await applyPlan(bench.client, plan);
    const next = await planAgainstAppliance(bench.client, desired, {
      secretRecords: result.secretRecords,
      recordsSecrets: true,
    });
    expect(hasChanges(next)).toBe(false);
    records = result.secretRecords;
  });

  test('rotation rewrites every hidden secret, even one a fingerprint says is unchanged', async () => {
    const desired = parseDesiredState(everyKind('canary-0001'));
    const rotate = await planAgainstAppliance(bench.client, desired, {
      secretRecords: records,
      rotateSecrets: true,
    });
    expect(
      rotate.ops
        .filter((o) => o.action !== 'noop')
        .map((o) => o.name)
        .sort(),
    ).toEqual(['nightly', 'smb', 'splunk_forwarder']);
  });

  test('a rotated private key is stored as a new key object and the policy repointed', async () => {
    const desired = parseDesiredState(everyKind('canary-0001'));
    const before = (await bench.client.readAll(kindOf('backup_policies'))).find(
      (o) => o.body.name === 'nightly',
    )!;
    const plan = await planAgainstAppliance(bench.client, desired, { rotateSecrets: true });
    const result = await applyPlan(bench.client, plan);
    const after = (await bench.client.readAll(kindOf('backup_policies'))).find(
      (o) => o.body.name === 'nightly',
    )!;
    const keyOf = (o: typeof before) => ((o.body.target as JsonObject).auth_key as JsonObject).key;
    expect(keyOf(after)).not.toBe(keyOf(before));
    const next = await planAgainstAppliance(bench.client, desired, { secretRecords: result.secretRecords });
    expect(hasChanges(next)).toBe(false);
  });
});
