/**
 * The reconciler end to end against the emulator over HTTPS: plans, one-transaction applies, the
 * empty plan after every apply, ownership, archive safety, references, secrets, stale plans, locks.
 */
import type { JsonObject } from '../../src/model';
import {
  SpsApplyError,
  SpsPlanRefusedError,
  applyPlan,
  hasChanges,
  parseDesiredState,
  planAgainstAppliance,
  validateOnDevice,
  type PlanOptions,
  type SecretRecords,
} from '../../src/reconcile';
import { kindOf } from '../../src/model';
import { everyKind } from './fixtures';
import { startBench, type Bench } from './helpers';

let bench: Bench;
beforeAll(async () => {
  bench = await startBench();
});
afterAll(() => bench.close());

async function converge(doc: JsonObject, opts: PlanOptions = {}): Promise<SecretRecords> {
  const desired = parseDesiredState(doc);
  const plan = await planAgainstAppliance(bench.client, desired, opts);
  const result = await applyPlan(bench.client, plan, { secretRecords: opts.secretRecords });
  const again = await planAgainstAppliance(bench.client, desired, {
    ...opts,
    secretRecords: result.secretRecords,
  });
  expect(again.ops.filter((o) => o.action !== 'noop').map((o) => [o.kind, o.name, o.changes])).toEqual([]);
  return result.secretRecords;
}

const actions = (ops: readonly { action: string; kind: string; name: string }[]) =>
  ops.filter((o) => o.action !== 'noop').map((o) => `${o.action} ${o.kind}/${o.name}`);

/** everyKind() after an update: rotated token, extended content policy, "plain" gone. */
function updated(): JsonObject {
  const doc = everyKind('rotated-token');
  delete (doc.audit_policies as JsonObject).plain;
  (doc.content_policies as JsonObject)['no-rm'] = {
    rules: [{ actions: { log: true }, event: { selection: 'command', match: ['rm -rf', 'mkfs'] } }],
  };
  return doc;
}

// Each test brings the appliance to the state it starts from (converge is idempotent), so every
// test also runs alone (`jest -t`), in any order.
describe('apply in one transaction', () => {
  test('creates every kind, resolving references to objects created in the same transaction', async () => {
    const fresh = await startBench(); // creates need an appliance that has none of them yet
    try {
      const before = fresh.emu.stats().commits;
      const desired = parseDesiredState(everyKind());
      const plan = await planAgainstAppliance(fresh.client, desired);
      expect(actions(plan.ops)).toEqual([
        'create audit_policies/plain',
        'create audit_policies/signed',
        'create archive_cleanup_policies/archive-nfs',
        'create backup_policies/nightly',
        'create backup_policies/smb',
        'create content_policies/no-rm',
        'update splunk_forwarder/splunk_forwarder',
        'update universal_siem_forwarder/universal_siem_forwarder',
        'update vnc_options/vnc_options',
        'update ssh_options/ssh_options',
        'update rdp_options/rdp_options',
        'update system_backup/system_backup',
      ]);
      const result = await applyPlan(fresh.client, plan);
      expect(fresh.emu.stats().commits).toBe(before + 1);
      const nightlyKey = result.keys.get('backup_policies')!.get('nightly')!;
      expect(JSON.stringify(fresh.emu.committed())).toContain(nightlyKey);
      const sysBackup = await fresh.client.get(kindOf('system_backup'));
      expect(sysBackup.body.backup_policy).toBe(nightlyKey);
      const again = await planAgainstAppliance(fresh.client, desired, {
        secretRecords: result.secretRecords,
      });
      expect(hasChanges(again)).toBe(false); // the next plan is empty
    } finally {
      await fresh.close();
    }
  });

  test('an update changes only what differs, field by field, secrets masked', async () => {
    const records = await converge(everyKind());
    const doc = everyKind('rotated-token');
    (doc.content_policies as JsonObject)['no-rm'] = {
      rules: [{ actions: { log: true }, event: { selection: 'command', match: ['rm -rf', 'mkfs'] } }],
    };
    const plan = await planAgainstAppliance(bench.client, parseDesiredState(doc), { secretRecords: records });
    expect(actions(plan.ops)).toEqual([
      'update backup_policies/smb',
      'update content_policies/no-rm',
      'update splunk_forwarder/splunk_forwarder',
    ]);
    const splunk = plan.ops.find((o) => o.kind === 'splunk_forwarder')!;
    expect(splunk.changes).toEqual([{ path: '/token', sensitive: true }]);
    const content = plan.ops.find((o) => o.kind === 'content_policies')!;
    expect(content.changes).toEqual(
      expect.arrayContaining([
        { path: '/rules/0/actions/terminate', before: true, after: false, sensitive: false },
      ]),
    );
    expect(JSON.stringify(plan.ops.map((o) => o.changes))).not.toContain('rotated-token');
    await converge(doc, { secretRecords: records });
  });

  test('deletes only what it owns, never built-ins, and clears nothing it does not own', async () => {
    const withPlain = updated();
    (withPlain.audit_policies as JsonObject).plain = {};
    const records = await converge(withPlain);
    const desired = parseDesiredState(updated());
    const notOwned = await planAgainstAppliance(bench.client, desired, { secretRecords: records });
    expect(actions(notOwned.ops)).toEqual([]);
    const owned = await planAgainstAppliance(bench.client, desired, {
      secretRecords: records,
      owned: { audit_policies: ['plain', 'signed', 'default'] },
    });
    expect(actions(owned.ops)).toEqual(['delete audit_policies/plain']);
    const pruned = await planAgainstAppliance(bench.client, desired, {
      secretRecords: records,
      prune: ['audit_policies'],
    });
    expect(actions(pruned.ops).filter((a) => a.includes('audit_policies'))).toEqual([
      'delete audit_policies/plain',
    ]); // "default" is built in (negative key)
    await applyPlan(bench.client, owned, { secretRecords: records });
    const names = (await bench.client.readAll(kindOf('audit_policies'))).map((o) => o.body.name);
    expect(names).toEqual(expect.arrayContaining(['default', 'signed']));
    expect(names).not.toContain('plain');
  });

  test('an archive/cleanup policy is never deleted without the explicit opt-in', async () => {
    const records = await converge(updated());
    const doc = updated();
    delete doc.archive_cleanup_policies;
    const owned = { archive_cleanup_policies: ['archive-nfs'] };
    await expect(
      planAgainstAppliance(bench.client, parseDesiredState(doc), { owned, secretRecords: records }),
    ).rejects.toThrow(
      /\/archive_cleanup_policies\/archive-nfs: deleting an archive\/cleanup policy makes its archived data unreachable/,
    );
    const allowed = await planAgainstAppliance(
      bench.client,
      parseDesiredState({ ...doc, allow_archive_recreate: true }),
      {
        owned,
        secretRecords: records,
      },
    );
    expect(actions(allowed.ops)).toEqual(['delete archive_cleanup_policies/archive-nfs']);
  });

  test('a policy still referenced by an object we do not rewrite is not deleted', async () => {
    const records = await converge(updated());
    const doc = updated();
    delete (doc.backup_policies as JsonObject).nightly;
    delete doc.system_backup;
    await expect(
      planAgainstAppliance(bench.client, parseDesiredState(doc), {
        owned: { backup_policies: ['nightly'] },
        secretRecords: records,
      }),
    ).rejects.toThrow(
      /\/backup_policies\/nightly: cannot be deleted: system backup "system_backup" \(\/backup_policy\) still refers to it/,
    );
  });
});

describe('refusals before any write', () => {
  test('a dangling reference is refused after reading, before anything is written', async () => {
    const writes = bench.emu.stats().writes;
    const doc = {
      system_backup: { backup_policy: 'does-not-exist' },
      universal_siem_forwarder: everyKind().universal_siem_forwarder,
    };
    ((doc.universal_siem_forwarder as JsonObject).targets as JsonObject[])[0].protocol = {
      selection: 'syslog',
      value: {
        address: { selection: 'ip', value: '10.0.0.7' },
        port: 6514,
        tls: { selection: 'secure', trusted_ca_list_ref: 'nope' },
      },
    };
    const err = await planAgainstAppliance(bench.client, parseDesiredState(doc)).catch((e) => e);
    expect(err).toBeInstanceOf(SpsPlanRefusedError);
    expect(err.issues).toEqual([
      {
        path: '/system_backup/backup_policy',
        message: 'refers to backup policy "does-not-exist", which is neither declared nor on the appliance',
      },
      {
        path: '/universal_siem_forwarder/targets/0/protocol/value/tls/trusted_ca_list_ref',
        message: 'refers to trusted CA list "nope", which is neither declared nor on the appliance',
      },
    ]);
    expect(bench.emu.stats().writes).toBe(writes);
  });

  test('a stale plan is refused inside the transaction and nothing is committed', async () => {
    const doc = {
      content_policies: { stale: { rules: [{ event: { selection: 'command', match: ['x'] } }] } },
    };
    await converge(doc);
    const changed = {
      content_policies: { stale: { rules: [{ event: { selection: 'command', match: ['y'] } }] } },
    };
    const plan = await planAgainstAppliance(bench.client, parseDesiredState(changed));
    // someone else edits the same object between plan and apply
    const other = bench.newClient();
    const kind = kindOf('content_policies');
    const live = (await other.readAll(kind)).find((o) => o.body.name === 'stale')!;
    await other.withTransaction((tx) =>
      tx.replace(kind, live.key, {
        ...live.body,
        rules: [{ event: { selection: 'command', match: ['z'] } }],
      }),
    );
    const before = bench.emu.committed();
    const err = await applyPlan(bench.client, plan).catch((e) => e);
    expect(err).toBeInstanceOf(SpsApplyError);
    expect(err.message).toMatch(
      /the appliance changed since the plan was made \(content policy "stale" was modified\)/,
    );
    expect(err.message).toMatch(/nothing was committed/);
    expect(bench.emu.committed()).toEqual(before);
  });
});

describe('configuration lock', () => {
  const doc = {
    content_policies: { locked: { rules: [{ event: { selection: 'screen_content', match: ['secret'] } }] } },
  };

  test('waits for a lock held by another session, then applies', async () => {
    const other = bench.newClient();
    await other.transaction.open();
    setTimeout(() => void other.transaction.rollback(), 700);
    const plan = await planAgainstAppliance(bench.client, parseDesiredState(doc));
    const result = await applyPlan(bench.client, plan, { lockTimeoutMs: 10_000 });
    expect(result.committed).toBe(true);
  });

  test('gives up after the lock timeout with a clear message', async () => {
    const other = bench.newClient();
    await other.transaction.open();
    try {
      const changed = {
        content_policies: {
          locked: { rules: [{ event: { selection: 'screen_content', match: ['other'] } }] },
        },
      };
      const plan = await planAgainstAppliance(bench.client, parseDesiredState(changed));
      const err = await applyPlan(bench.client, plan, { lockTimeoutMs: 600 }).catch((e) => e);
      expect(err).toBeInstanceOf(SpsApplyError);
      expect(err.message).toMatch(
        /waiting for the configuration lock .*lock timeout.*locked by another session/s,
      );
      expect(err.message).toMatch(/No transaction was opened: nothing was changed/);
    } finally {
      await other.transaction.rollback();
    }
  });
});

describe('cluster', () => {
  test('a managed host is refused before anything is opened or written', async () => {
    const doc = {
      content_policies: { clustered: { rules: [{ event: { selection: 'command', match: ['reboot'] } }] } },
    };
    const plan = await planAgainstAppliance(bench.client, parseDesiredState(doc));
    const before = bench.emu.stats();
    bench.emu.switches.clusterRole = 'managed-host';
    try {
      await expect(applyPlan(bench.client, plan)).rejects.toThrow(/managed host/i);
      await expect(validateOnDevice(bench.client, plan)).rejects.toThrow(/managed host/i);
    } finally {
      bench.emu.switches.clusterRole = 'standalone';
    }
    expect(bench.emu.stats().transactionsOpened).toBe(before.transactionsOpened);
    expect(bench.emu.stats().writes).toBe(before.writes);
  });
});

describe('device-validated plan', () => {
  test('stages the writes, shows what SPS recorded, rolls back', async () => {
    const doc = {
      content_policies: { staged: { rules: [{ event: { selection: 'command', match: ['shutdown'] } }] } },
    };
    const plan = await planAgainstAppliance(bench.client, parseDesiredState(doc));
    const before = bench.emu.committed();
    const verdict = await validateOnDevice(bench.client, plan);
    expect(verdict.accepted).toBe(true);
    expect(verdict.changes.map((c) => c.type)).toEqual(['create']);
    expect(bench.emu.committed()).toEqual(before);
  });

  test('reports what the appliance refused', async () => {
    const doc = {
      content_policies: { refused: { rules: [{ event: { selection: 'command', match: ['halt'] } }] } },
    };
    const plan = await planAgainstAppliance(bench.client, parseDesiredState(doc));
    bench.emu.faults.failRequest({
      nth: 1,
      status: 400,
      method: 'POST',
      pathPrefix: '/api/configuration/policies/content_policies',
    });
    try {
      const verdict = await validateOnDevice(bench.client, plan);
      expect(verdict.accepted).toBe(false);
      expect(verdict.error).toMatch(/creating content policy "refused"/);
    } finally {
      bench.emu.faults.clear();
    }
  });
});

describe('read progress', () => {
  test('counts every object as it is read, against the objects listed so far', async () => {
    const events: { done: number; total: number }[] = [];
    const plan = await planAgainstAppliance(bench.client, parseDesiredState(everyKind()), {
      progress: ({ done, total }) => events.push({ done, total }),
    });
    const read = [...plan.live.namesByKey.values()].reduce((n, keys) => n + keys.size, 0);
    expect(read).toBeGreaterThan(5); // singletons, seeded identities and CA lists at least
    expect(events.map((e) => e.done)).toEqual(Array.from({ length: read }, (_, i) => i + 1));
    for (const e of events) expect(e.done).toBeLessThanOrEqual(e.total);
    expect(events.at(-1)).toEqual({ done: read, total: read });
  });
});
