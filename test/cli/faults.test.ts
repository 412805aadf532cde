/**
 * Failure paths: faults before the transaction opens, after k writes and at commit each leave the
 * appliance exactly as before and exit 1 saying nothing was committed; a stale saved plan is
 * refused; a lock held by another session is waited for, up to --lock-timeout.
 */
import { kindOf } from '../../src/model';
import { committedBody, startHarness, type Harness } from './helpers';

let h: Harness;
let file: string;
beforeAll(async () => {
  h = await startHarness();
  // three creates (three POST writes) and one singleton update (a PUT)
  const policy = (match: string) => ({
    rules: [{ event: { selection: 'command', match: [match] }, actions: { log: true } }],
  });
  file = h.write('desired.yaml', {
    content_policies: { 'fault-a': policy('a'), 'fault-b': policy('b'), 'fault-c': policy('c') },
    vnc_options: {
      audit: { cleanup: { enabled: false }, timestamping: { selection: 'local', signing_interval: 77 } },
      service: { enabled: true, log_level: 4 },
    },
  });
});
afterEach(() => h.emu.faults.clear());
afterAll(() => h.close());

const apply = (...flags: string[]) => h.cli(['apply', file, '--auto-approve', ...flags]);

describe('faults leave the appliance exactly as before', () => {
  it('before the transaction opens', async () => {
    const before = h.emu.committed();
    h.emu.faults.failRequest({ nth: 1, status: 500, method: 'POST', pathPrefix: '/api/transaction' });
    const r = await apply();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/apply failed while opening the transaction/);
    expect(r.stderr).toContain('No transaction was opened: nothing was changed.');
    expect(h.emu.committed()).toEqual(before);
  });

  it('after the k-th write (k = 1)', async () => {
    const before = h.emu.committed();
    const writesBefore = h.emu.stats().writes;
    h.emu.faults.failRequest({ nth: 2, status: 500, method: 'POST', pathPrefix: '/api/configuration' });
    const r = await apply();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/apply failed while creating content policy "fault-b"/);
    expect(r.stderr).toContain('nothing was committed');
    expect(h.emu.stats().writes).toBe(writesBefore + 1); // the first write went through, then was rolled back
    expect(h.emu.committed()).toEqual(before);
  });

  it('at commit', async () => {
    const before = h.emu.committed();
    h.emu.faults.failCommit({ status: 500, message: 'emulated commit failure' });
    const r = await apply();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/apply failed while committing/);
    expect(r.stderr).toContain('nothing was committed');
    expect(h.emu.committed()).toEqual(before);
  });

  it('at commit, reported as JSON with --json', async () => {
    const before = h.emu.committed();
    h.emu.faults.failCommit({ status: 500 });
    const r = await apply('--json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.format_version).toBe('1');
    expect(out.errors).toHaveLength(1);
    expect(out.errors[0].code).toBe('SPS_APPLY_FAILED');
    expect(out.errors[0].message).toContain('nothing was committed');
    expect(h.emu.committed()).toEqual(before);
  });
});

describe('saved plans', () => {
  it('refuses a saved plan when the appliance changed since, naming the object', async () => {
    const saved = await h.cli(['plan', file, '--out', 'stale.plan.json']);
    expect(saved.code).toBe(0);
    // another session changes VNC options behind our back
    const other = h.client();
    const vnc = kindOf('vnc_options');
    const live = await other.get(vnc);
    const body = vnc.fromServer(live.body);
    (body.service as { log_level: number }).log_level = 9;
    await other.withTransaction((tx) => tx.replace(vnc, undefined, body));

    const before = h.emu.committed();
    const r = await h.cli(['apply', 'stale.plan.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the appliance changed since the plan was saved');
    expect(r.stderr).toContain('vnc_options');
    expect(h.emu.committed()).toEqual(before);
  });

  it('refuses a saved plan when the desired document changed since', async () => {
    const other = h.write('other.yaml', { audit_policies: { 'plan-file-a': {} } });
    expect((await h.cli(['plan', other, '--out', 'doc.plan.json'])).code).toBe(0);
    h.write('other.yaml', { audit_policies: { 'plan-file-b': {} } });
    const r = await h.cli(['apply', 'doc.plan.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('changed since the plan was saved');
  });

  it('applies a saved plan when nothing changed, without asking', async () => {
    expect((await h.cli(['plan', file, '--out', 'fresh.plan.json'])).code).toBe(0);
    const r = await h.cli(['apply', 'fresh.plan.json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(committedBody(h.emu, 'content_policies', 'fault-a')).toBeDefined();
    expect((await h.cli(['plan', file, '--detailed-exitcode'])).code).toBe(0);
  });

  it('without --auto-approve on a non-terminal, refuses and changes nothing', async () => {
    const doc = h.write('confirm.yaml', { audit_policies: { 'needs-yes': {} } });
    const before = h.emu.committed();
    const r = await h.cli(['apply', doc]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('refusing to apply without confirmation');
    expect(h.emu.committed()).toEqual(before);
  });
});

describe('the configuration lock', () => {
  const doc = () => h.write('lock.yaml', { audit_policies: { [`locked-${Date.now()}`]: {} } });

  it('waits for a lock another session releases', async () => {
    const holder = h.client();
    await holder.transaction.open();
    const release = new Promise<void>((resolve) =>
      setTimeout(() => holder.transaction.rollback().then(resolve, resolve), 1000),
    );
    const r = await h.cli(['apply', doc(), '--auto-approve']);
    await release;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('gives up after --lock-timeout with a clear message', async () => {
    const holder = h.client();
    await holder.transaction.open();
    try {
      const before = h.emu.committed();
      const r = await h.cli(['apply', doc(), '--auto-approve', '--lock-timeout', '1s']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('waiting for the configuration lock');
      expect(r.stderr).toContain('No transaction was opened: nothing was changed.');
      expect(h.emu.committed()).toEqual(before);
    } finally {
      await holder.transaction.rollback();
    }
  });
});
