/**
 * Manage exactly what the document declares, keep everything else: against the emulator in its
 * default mode, where every object carries fields outside the model (as a real appliance's do) and a
 * PUT that leaves one out resets it. Through the CLI, as a user runs it.
 */
import { join } from 'node:path';
import { BUILTIN_AUDIT_POLICY_KEY } from '../../src/emulator';
import { kindOf, type JsonObject } from '../../src/model';
import { committedBody, startHarness, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

/** Changes an object the way the web UI would: another session, its own transaction. */
async function outOfBand(
  kind: string,
  name: string | undefined,
  edit: (body: JsonObject) => void,
): Promise<void> {
  const client = h.client();
  const def = kindOf(kind as never);
  await client.withTransaction(async (tx) => {
    const all = def.shape === 'singleton' ? [await tx.get(def)] : await tx.readAll(def);
    const obj = all.find((o) => def.shape === 'singleton' || o.body.name === name)!;
    const body = def.writtenForm(obj.body);
    edit(body);
    await tx.replace(def, def.shape === 'singleton' ? undefined : obj.key, body);
  });
}

const nfsBackup = (extra: JsonObject = {}) => ({
  backup_policies: {
    kept: {
      target: { type: 'nfs', server: { selection: 'ip', value: '10.0.0.5' }, path: '/data/backup' },
      start_times: ['1:00'],
      ...extra,
    },
  },
});

test("the guide's NFS backup sample applies, verifies and then plans empty, with the appliance's own fields present", async () => {
  const file = h.write('guide-nfs.yaml', nfsBackup());
  const apply = await h.cli(['apply', file, '--auto-approve']);
  expect(apply.stderr).toBe('');
  expect(apply.code).toBe(0);
  expect(committedBody(h.emu, 'backup_policies', 'kept')!.body).toMatchObject({ description: '' });
  expect((await h.cli(['plan', file, '--detailed-exitcode'])).code).toBe(0);
});

test('fields set out of band survive an unrelated change, at the top level and nested; --json lists them as unmanaged', async () => {
  await outOfBand('backup_policies', 'kept', (b) => {
    b.description = 'set in the web UI';
    (b.target as JsonObject).mount_options = { timeout_seconds: 90, retries: 7 };
    (b.notification_event as JsonObject).include_summary = false;
  });
  const file = h.write('unrelated.yaml', nfsBackup({ start_times: ['2:00'] }));
  const plan = await h.cli(['plan', file, '--json']);
  const op = JSON.parse(plan.stdout).operations.find((o: { name: string }) => o.name === 'kept');
  expect(op.changes).toEqual([{ path: '/start_times/0', before: '1:00', after: '2:00', sensitive: false }]);
  expect(op.unmanaged).toEqual(
    expect.arrayContaining(['/description', '/target/mount_options', '/notification_event/include_summary']),
  );
  const text = await h.cli(['plan', file]);
  expect(text.stdout).toMatch(/\(\d+ fields not in the document are kept as they are\)/);

  expect((await h.cli(['apply', file, '--auto-approve'])).code).toBe(0);
  const body = committedBody(h.emu, 'backup_policies', 'kept')!.body;
  expect(body.start_times).toEqual(['2:00']);
  expect(body.description).toBe('set in the web UI');
  expect((body.target as JsonObject).mount_options).toEqual({ timeout_seconds: 90, retries: 7 });
  expect((body.notification_event as JsonObject).include_summary).toBe(false);
  expect((await h.cli(['plan', file, '--detailed-exitcode'])).code).toBe(0);
});

test('a modelled field the document leaves out: managed at its documented default where there is one, kept otherwise', async () => {
  const doc = {
    backup_policies: {
      defaults: {
        target: {
          type: 'rsync',
          server: { selection: 'fqdn', value: 'rsync.test' },
          path: '/srv',
          username: 'sps',
          auth_key: '${env:TEST_RSYNC_KEY}',
          host_key: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0test',
        },
        start_times: ['4:00'],
      },
    },
  };
  const file = h.write('defaults.yaml', doc);
  expect((await h.cli(['apply', file, '--auto-approve'])).code).toBe(0);
  // out of band: a modelled field without a default (port) and one with a default (include_node_id_in_path)
  await outOfBand('backup_policies', 'defaults', (b) => {
    (b.target as JsonObject).port = 2222;
    b.include_node_id_in_path = true;
  });
  const plan = await h.cli(['plan', file, '--json']);
  const op = JSON.parse(plan.stdout).operations.find((o: { name: string }) => o.name === 'defaults');
  expect(op.changes).toEqual([
    { path: '/include_node_id_in_path', before: true, after: false, sensitive: false },
  ]);
  expect(op.unmanaged).toContain('/target/port');
  expect((await h.cli(['apply', file, '--auto-approve'])).code).toBe(0);
  const body = committedBody(h.emu, 'backup_policies', 'defaults')!.body;
  expect(body.include_node_id_in_path).toBe(false);
  expect((body.target as JsonObject).port).toBe(2222);
});

test('switching a variant (rsync → nfs) sends the new variant whole: nothing of the old one leaks into it', async () => {
  await outOfBand('backup_policies', 'defaults', (b) => {
    (b.target as JsonObject).mount_options = { timeout_seconds: 5, retries: 1 };
  });
  const file = h.write('switch.yaml', {
    backup_policies: {
      defaults: {
        target: { type: 'nfs', server: { selection: 'ip', value: '10.0.0.9' }, path: '/nfs' },
        start_times: ['4:00'],
      },
    },
  });
  const plan = await h.cli(['plan', file, '--json']);
  const op = JSON.parse(plan.stdout).operations.find((o: { name: string }) => o.name === 'defaults');
  expect(op.changes.map((c: { path: string }) => c.path)).toEqual(
    expect.arrayContaining(['/target/type', '/target/username', '/target/port', '/target/auth_key']),
  );
  const apply = await h.cli(['apply', file, '--auto-approve']);
  expect(apply.stderr).toBe('');
  const target = committedBody(h.emu, 'backup_policies', 'defaults')!.body.target as JsonObject;
  expect(Object.keys(target).sort()).toEqual(['mount_options', 'path', 'server', 'type']);
  expect(target.mount_options).toEqual({ timeout_seconds: 30, retries: 3 }); // the new variant's default
  expect((await h.cli(['plan', file, '--detailed-exitcode'])).code).toBe(0);
});

test('restating the built-in default audit policy keeps the fields it has beyond the model', async () => {
  await outOfBand('audit_policies', 'default', (b) => {
    b.description = 'built-in, annotated by an admin';
    (b.signing as JsonObject).digest_algorithm = 'sha512';
  });
  const file = h.write('builtin.yaml', { audit_policies: { default: { timestamping_enabled: true } } });
  expect((await h.cli(['apply', file, '--auto-approve'])).code).toBe(0);
  const builtin = h.emu.committed().audit_policies[BUILTIN_AUDIT_POLICY_KEY];
  expect(builtin).toMatchObject({
    timestamping_enabled: true,
    description: 'built-in, annotated by an admin',
    signing: { enabled: false, digest_algorithm: 'sha512' },
  });
});

test('list items keep their own fields: SIEM targets by name, even when reordered', async () => {
  const target = (name: string, ip: string) => ({
    name,
    format: 'json',
    protocol: {
      selection: 'syslog',
      value: { address: { selection: 'ip', value: ip }, port: 514, tls: { selection: 'disabled' } },
    },
  });
  const file = h.write('siem.yaml', {
    universal_siem_forwarder: { enabled: true, targets: [target('a', '10.1.0.1'), target('b', '10.1.0.2')] },
  });
  expect((await h.cli(['apply', file, '--auto-approve'])).code).toBe(0);
  await outOfBand('universal_siem_forwarder', undefined, (b) => {
    ((b.targets as JsonObject[])[1] as JsonObject).heartbeat = { enabled: true, interval_seconds: 5 };
  });
  const reordered = h.write('siem2.yaml', {
    universal_siem_forwarder: { enabled: true, targets: [target('b', '10.1.0.2'), target('a', '10.1.0.1')] },
  });
  expect((await h.cli(['apply', reordered, '--auto-approve'])).code).toBe(0);
  const targets = committedBody(h.emu, 'universal_siem_forwarder')!.body.targets as JsonObject[];
  expect(targets.map((t) => [t.name, t.heartbeat])).toEqual([
    ['b', { enabled: true, interval_seconds: 5 }],
    ['a', { enabled: false, interval_seconds: 60 }],
  ]);
});

test('export emits modelled fields only and plans as no change, also for a fresh appliance (an empty token is no secret)', async () => {
  const fresh = await startHarness();
  try {
    const exported = await fresh.cli(['export', '--format', 'json', '--out', 'fresh.json']);
    expect(exported.code).toBe(0);
    expect(exported.stderr).not.toContain('SPLUNK_FORWARDER');
    const plan = await fresh.cli(['plan', join(fresh.dir, 'fresh.json'), '--detailed-exitcode']);
    expect(plan.stderr).toBe('');
    expect(plan.code).toBe(0);
  } finally {
    await fresh.close();
  }
});

test('an unknown field in the document is still refused, naming the nearest known one', async () => {
  const file = h.write('typo.yaml', {
    backup_policies: { t: { ...nfsBackup().backup_policies.kept, start_tims: ['1:00'] } },
  });
  const r = await h.cli(['plan', file]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('/backup_policies/t/start_tims: unknown field (did you mean "start_times"?)');
});

test('a saved plan is applied with the --state it was made with; a different one is refused, never ignored', async () => {
  const file = h.write('saved.yaml', { audit_policies: { saved: {} } });
  expect((await h.cli(['plan', file, '--state', 'a.state.json', '--out', 'saved.plan.json'])).code).toBe(0);
  const conflicting = await h.cli(['apply', 'saved.plan.json', '--state', 'b.state.json']);
  expect(conflicting.code).toBe(1);
  expect(conflicting.stderr).toContain('--state b.state.json (the plan was made with --state');
  const same = await h.cli(['apply', 'saved.plan.json', '--state', 'a.state.json']);
  expect(same.stderr).toBe('');
  expect(same.code).toBe(0);
});
