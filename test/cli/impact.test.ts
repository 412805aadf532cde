/**
 * Plans know what they cut (DESIGN.md, decision 18): a plan that deletes, deactivates or narrows a
 * connection policy shows the sessions active on it and how many used it lately; a retention cut
 * shows the recordings that become eligible for cleanup; `sps apply` refuses to cut active sessions
 * unless --allow-disconnect, or waits for them with --wait-for-idle.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHec } from '../../src/emulator';
import { committedNames, startHarness, type Harness } from './helpers';
import { sessionControl, type SessionControl } from '../emulator/session-control';

let h: Harness;
let s: SessionControl;
const DAY = 86_400_000;
beforeAll(async () => {
  h = await startHarness();
  s = sessionControl(h.emu);
});
afterAll(async () => {
  await s.close();
  await h.close();
});
beforeEach(() => s.clear());

const gateway = (name: string, body: Record<string, unknown> = {}) => ({
  pass_through: {
    'ssh/connections': {
      objects: {
        [name]: {
          active: true,
          network: { clients: ['10.1.0.0/16'], targets: ['10.2.0.0/16'], ports: [22] },
          ...body,
        },
      },
    },
  },
});

/** An SSH connection policy the CLI applied and owns (its state file), with `active` sessions on it. */
async function ownedGateway(name: string, active: number): Promise<{ state: string; keys: string[] }> {
  const state = join(h.dir, `${name}.state.json`);
  expect(
    (await h.cli(['apply', h.write(`${name}.yaml`, gateway(name)), '--auto-approve', '--state', state])).code,
  ).toBe(0);
  await s.seed({
    from: Date.now() - 20 * DAY,
    to: Date.now() - 60_000,
    total: 40,
    policies: policiesNamed(name),
  });
  const keys: string[] = [];
  for (let i = 0; i < active; i++)
    keys.push(
      (await s.start({ policy: name, user: `admin${i}`, clientIp: `10.1.0.${i + 1}`, targetIp: '10.2.0.9' }))
        .key,
    );
  return { state, keys };
}

function policiesNamed(name: string) {
  const [key] = Object.entries(h.emu.committed()['ssh/connections'] ?? {}).find(([, b]) => b.name === name)!;
  return [{ protocol: 'ssh', key, name }];
}

test('a plan deleting a connection policy with 3 active sessions shows them; the apply refuses and changes nothing', async () => {
  const { state } = await ownedGateway('ops-gw', 3);
  const without = h.write('without.yaml', {});
  const plan = await h.cli(['plan', without, '--state', state]);
  expect(plan.code).toBe(0);
  expect(plan.stdout).toContain('Impact on sessions');
  expect(plan.stdout).toMatch(
    /ssh connection policy "ops-gw" \(deleted\): 3 active sessions now, 43 in the last 30 days/,
  );
  expect(plan.stdout).toMatch(/ops-gw\S*\s+admin0 from 10\.1\.0\.1 to 10\.2\.0\.9:22 since /);

  const json = JSON.parse(
    (await h.cli(['plan', without, '--state', state, '--json', '--impact-window', '7d'])).stdout,
  );
  expect(json.impact).toMatchObject({ status: 'checked', window_days: 7, active_sessions: 3 });
  expect(json.impact.connection_policies[0]).toMatchObject({
    kind: 'ssh/connections',
    protocol: 'ssh',
    name: 'ops-gw',
    reasons: ['deleted'],
    active: { count: 3 },
  });
  expect(json.impact.connection_policies[0].recent).toBeLessThan(43);
  const md = (await h.cli(['plan', without, '--state', state, '--markdown'])).stdout;
  expect(md).toMatch(
    /\*\*Impact on sessions\*\*[\s\S]*⚠️ ssh connection policy "ops-gw" \(deleted\): 3 active sessions now/,
  );

  const refused = await h.cli(['apply', without, '--auto-approve', '--state', state]);
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(
    /refusing to apply: it would cut 3 active session\(s\) .*--wait-for-idle DURATION, or pass --allow-disconnect/,
  );
  expect(committedNames(h.emu, 'ssh/connections')).toContain('ops-gw');
});

test('--wait-for-idle applies once the sessions have ended; --allow-disconnect applies at once', async () => {
  const { state, keys } = await ownedGateway('wait-gw', 2);
  const later = setTimeout(() => void Promise.all(keys.map((k) => s.end(k))), 1200);
  const waited = await h.cli([
    'apply',
    h.write('empty.yaml', {}),
    '--auto-approve',
    '--state',
    state,
    '--wait-for-idle',
    '20s',
  ]);
  clearTimeout(later);
  expect(waited.code).toBe(0);
  expect(waited.stderr).toContain('The sessions on the policies this apply cuts have ended; applying.');
  expect(committedNames(h.emu, 'ssh/connections')).not.toContain('wait-gw');

  const short = await ownedGateway('short-gw', 1);
  const timedOut = await h.cli([
    'apply',
    h.write('empty.yaml', {}),
    '--auto-approve',
    '--state',
    short.state,
    '--wait-for-idle',
    '1s',
  ]);
  expect(timedOut.code).toBe(1);
  expect(timedOut.stderr).toMatch(/after waiting 1s, 1 session\(s\) are still active/);
  const allowed = await h.cli([
    'apply',
    h.write('empty.yaml', {}),
    '--auto-approve',
    '--state',
    short.state,
    '--allow-disconnect',
  ]);
  expect(allowed.code).toBe(0);
  expect(allowed.stderr).toMatch(/Warning: --allow-disconnect: 1 active session\(s\) may be disconnected/);
  expect(committedNames(h.emu, 'ssh/connections')).not.toContain('short-gw');
});

test('deactivating or narrowing a policy cuts; widening it does not', async () => {
  const { state } = await ownedGateway('narrow-gw', 1);
  const impactOf = async (body: Record<string, unknown>) =>
    JSON.parse(
      (await h.cli(['plan', h.write('n.yaml', gateway('narrow-gw', body)), '--json', '--state', state]))
        .stdout,
    ).impact;
  expect((await impactOf({ active: false })).connection_policies[0].reasons).toEqual(['deactivated']);
  const narrowed = await impactOf({
    network: { clients: ['10.1.0.0/24'], targets: ['10.2.0.0/16'], ports: [22] },
  });
  expect(narrowed.connection_policies[0]).toMatchObject({
    reasons: ['network narrowed'],
    active: { count: 1 },
  });
  const widened = await impactOf({
    network: { clients: ['10.1.0.0/16', '10.9.0.0/16'], targets: ['10.2.0.0/16'], ports: [22, 2222] },
  });
  expect(widened).toBeUndefined();
  expect(
    (await impactOf({ access_control: [{ authorizer: 'ops', permission: 'audit' }] })).connection_policies[0]
      .reasons,
  ).toEqual(['access control changed']);
});

test('a shorter retention shows how many recordings become eligible for cleanup', async () => {
  const policy = (days: number) => ({
    archive_cleanup_policies: {
      keep: { target: { type: 'none' }, start_times: ['1:00'], retention_days: days },
    },
  });
  expect((await h.cli(['apply', h.write('keep.yaml', policy(365)), '--auto-approve'])).code).toBe(0);
  await ownedGateway('rec-gw', 0);
  await s.clear();
  const endedDaysAgo = async (days: number) =>
    s.start({ policy: 'rec-gw', start: Date.now() - days * DAY - 60_000, end: Date.now() - days * DAY });
  for (const d of [10, 20, 100, 150, 200, 400]) await endedDaysAgo(d);
  const r = await h.cli(['plan', h.write('short.yaml', policy(30))]);
  expect(r.stdout).toMatch(
    /archive\/cleanup policy "keep" retention 365 → 30 days: 3 recordings become eligible for cleanup/,
  );
  const json = JSON.parse((await h.cli(['plan', h.write('short.yaml', policy(30)), '--json'])).stdout);
  expect(json.impact.retention).toEqual([
    expect.objectContaining({
      kind: 'archive_cleanup_policies',
      name: 'keep',
      from_days: 365,
      to_days: 30,
      eligible: 3,
    }),
  ]);
  const longer = await h.cli(['plan', h.write('long.yaml', policy(400)), '--json']);
  expect(JSON.parse(longer.stdout).impact).toBeUndefined(); // a longer retention cuts nothing
});

test('without the privilege to search sessions: a plan with a note, never a failure; the apply refuses unless told', async () => {
  const denied = await startHarness({}, { deniedPaths: ['/api/audit'] });
  try {
    const state = join(denied.dir, 'd.state.json');
    expect(
      (
        await denied.cli([
          'apply',
          denied.write('d.yaml', gateway('d-gw')),
          '--auto-approve',
          '--state',
          state,
        ])
      ).code,
    ).toBe(0);
    const plan = await denied.cli(['plan', denied.write('e.yaml', {}), '--state', state, '--json']);
    expect(plan.code).toBe(0);
    const impact = JSON.parse(plan.stdout).impact;
    expect(impact.status).toBe('unknown');
    expect(impact.notes[0]).toMatch(
      /the impact on sessions is unknown: the user may not search the session database: HTTP 403/,
    );
    const refused = await denied.cli([
      'apply',
      denied.write('e.yaml', {}),
      '--auto-approve',
      '--state',
      state,
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/cannot be checked .*Pass --allow-disconnect to apply anyway/);
    expect(
      (
        await denied.cli([
          'apply',
          denied.write('e.yaml', {}),
          '--auto-approve',
          '--state',
          state,
          '--allow-disconnect',
        ])
      ).code,
    ).toBe(0);
  } finally {
    await denied.close();
  }
});

test('the change-audit events carry the impact: sessions cut per policy, and what the apply did about them', async () => {
  const hec = await startHec({ token: 'hec-impact' });
  try {
    writeFileSync(join(h.dir, 'hec-impact.pem'), hec.caPem);
    const audit = {
      SPS_AUDIT_HEC_URL: hec.url,
      SPS_AUDIT_HEC_TOKEN: hec.token,
      SPS_AUDIT_HEC_CA_FILE: 'hec-impact.pem',
    };
    const { state } = await ownedGateway('audit-gw', 2);
    const r = await h.cli(
      ['apply', h.write('empty.yaml', {}), '--auto-approve', '--state', state, '--allow-disconnect'],
      audit,
    );
    expect(r.code).toBe(0);
    const events = hec.received.map((e) => e.event as Record<string, unknown>);
    expect(events.find((e) => e.name === 'audit-gw')).toMatchObject({
      action: 'delete',
      active_sessions: 2,
      recent_sessions: 42,
    });
    expect(events.find((e) => e.event_type === 'sps.config.apply')).toMatchObject({
      impact: 'checked',
      active_sessions: 2,
      disconnect: 'allowed',
    });
  } finally {
    await hec.close();
  }
});

test.each(['psm.connection_policy', 'connection_policy', 'recording.connection_policy'] as const)(
  'the look-back count is right whichever name the appliance gives the connection policy (%s)',
  async (reading) => {
    const { state } = await ownedGateway(`gw-${reading.replace(/\./g, '-')}`.replace(/_/g, '-'), 1);
    h.emu.switches.sessionPolicyField = reading;
    try {
      const r = await h.cli(['plan', h.write('e.yaml', {}), '--state', state, '--json']);
      const [c] = JSON.parse(r.stdout).impact.connection_policies;
      expect(c).toMatchObject({ active: { count: 1 }, recent: 41 });
    } finally {
      h.emu.switches.sessionPolicyField = 'psm.connection_policy';
    }
  },
);
