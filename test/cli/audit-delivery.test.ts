/**
 * Change-audit delivery a Splunk administrator can rely on: a collector with indexer acknowledgement
 * gets a channel and confirms every event before it leaves the spool; on an ephemeral CI runner a
 * collector that stays down leaves the events in a spool the job summary names, for the next job.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHec, type RunningHec } from '../../src/emulator';
import { startHarness, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const spooled = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).length : 0;
let n = 0;
/** A document that changes `count` content policies (new names each time: every apply changes something). */
const doc = (count: number) => {
  n++;
  return h.write(`audit-${n}.yaml`, {
    content_policies: Object.fromEntries(
      Array.from({ length: count }, (_, i) => [
        `deliver-${n}-${i}`,
        { rules: [{ actions: { log: true }, event: { selection: 'command', match: [`cmd-${i}`] } }] },
      ]),
    ),
  });
};

async function collector(
  opts: Parameters<typeof startHec>[0] = {},
): Promise<{ hec: RunningHec; env: NodeJS.ProcessEnv }> {
  const hec = await startHec({ token: 'hec-' + randomBytes(6).toString('hex'), ...opts });
  const ca = join(h.dir, `hec-ca-${n}-${randomBytes(3).toString('hex')}.pem`);
  writeFileSync(ca, hec.caPem);
  const spool = join(h.dir, `spool-${randomBytes(4).toString('hex')}`);
  return {
    hec,
    env: {
      SPS_AUDIT_HEC_URL: hec.url,
      SPS_AUDIT_HEC_TOKEN: hec.token,
      SPS_AUDIT_HEC_CA_FILE: ca,
      SPS_AUDIT_SPOOL: spool,
    },
  };
}

const ids = (hec: RunningHec) => hec.received.map((e) => String((e.event as { event_id: string }).event_id));

test('with indexer acknowledgement: one channel per run, and exactly the run events delivered, each once', async () => {
  const { hec, env } = await collector({ ack: true, ackAfterPolls: 2 });
  try {
    const r = await h.cli(['apply', doc(3), '--auto-approve'], env);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('Warning: audit');
    expect(hec.received).toHaveLength(4); // 3 objects and the apply
    const runs = new Set(ids(hec).map((id) => id.split(':')[0]));
    expect(runs.size).toBe(1);
    expect(ids(hec).sort()).toEqual([0, 1, 2, 3].map((i) => `${[...runs][0]}:${i}`).sort());
    expect(hec.channels.size).toBe(1);
    expect(spooled(env.SPS_AUDIT_SPOOL!)).toBe(0);
  } finally {
    await hec.close();
  }
});

test('events the indexer has not acknowledged stay in the spool, and a later flush delivers them', async () => {
  const { hec, env } = await collector({ ack: true });
  try {
    hec.holdAcks(true);
    const r = await h.cli(['apply', doc(2), '--auto-approve'], { ...env, SPS_AUDIT_ACK_TIMEOUT: '1s' });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/its indexer did not acknowledge them within 1 s .*3 event\(s\) kept in /);
    expect(spooled(env.SPS_AUDIT_SPOOL!)).toBe(3);
    hec.holdAcks(false);
    const flush = await h.cli(['audit', 'flush'], env);
    expect(flush.code).toBe(0);
    expect(spooled(env.SPS_AUDIT_SPOOL!)).toBe(0);
    expect(new Set(ids(hec)).size).toBe(3); // sent twice, the same event ids: the SIEM dedups on them
  } finally {
    await hec.close();
  }
});

test('a collector down for the whole run: retried for SPS_AUDIT_WAIT, kept in the spool, and the job summary says where', async () => {
  const { hec, env } = await collector();
  const summary = join(h.dir, 'step-summary.md');
  try {
    hec.fail('reset');
    const r = await h.cli(['apply', doc(2), '--auto-approve'], {
      ...env,
      SPS_AUDIT_WAIT: '2s',
      GITHUB_STEP_SUMMARY: summary,
      GITLAB_CI: 'true',
      SPS_AUDIT_SPOOL_LIMIT: '2',
    });
    expect(r.code).toBe(0); // auditing never fails an apply
    expect(hec.posts).toBeGreaterThanOrEqual(2);
    expect(spooled(env.SPS_AUDIT_SPOOL!)).toBe(3);
    expect(r.stderr).toMatch(
      /Warning: audit: the Splunk HEC at .* cannot be reached .*3 event\(s\) kept in /,
    );
    // GitLab's collapsible section: ESC[0K section_start:<time>:<name>[options] CR ESC[0K <header>
    const esc = String.fromCharCode(27);
    expect(r.stderr).toContain(`${esc}[0Ksection_start:`);
    expect(r.stderr).toContain(
      `:sps_audit[collapsed=false]\r${esc}[0KSPS change audit: 3 change audit event(s) not delivered`,
    );
    expect(r.stderr).toMatch(/more than SPS_AUDIT_SPOOL_LIMIT=2: .*nothing is dropped/);
    const md = readFileSync(summary, 'utf8');
    expect(md).toContain('### ⚠️ SPS change audit: 3 change audit event(s) not delivered');
    expect(md).toContain(env.SPS_AUDIT_SPOOL!);
    // the next job, with the kept spool and the collector back, delivers what waited
    hec.recover();
    const next = await h.cli(['audit', 'flush'], env);
    expect(next.stderr).toMatch(/sent 3 event\(s\)/);
    expect(hec.received).toHaveLength(3);
  } finally {
    await hec.close();
  }
});

test('a refused token is not retried, and a file in the spool that is not an event is reported, never deleted', async () => {
  const { hec, env } = await collector();
  try {
    const start = Date.now();
    const r = await h.cli(['apply', doc(1), '--auto-approve'], {
      ...env,
      SPS_AUDIT_HEC_TOKEN: 'wrong',
      SPS_AUDIT_WAIT: '30s',
    });
    expect(Date.now() - start).toBeLessThan(15_000);
    expect(r.stderr).toMatch(/refused the token/);
    writeFileSync(join(env.SPS_AUDIT_SPOOL!, '000-not-an-event.json'), '{"hello": 1}');
    const flush = await h.cli(['audit', 'flush'], env);
    expect(flush.stderr).toMatch(/1 file\(s\) in .* are not events this tool can send/);
    expect(existsSync(join(env.SPS_AUDIT_SPOOL!, '000-not-an-event.json'))).toBe(true);
  } finally {
    await hec.close();
  }
});
