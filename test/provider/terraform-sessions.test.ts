/**
 * Real Terraform and the session database: the sps_sessions data source (match_count and chosen fields, a
 * precondition on it), a warning in the plan for a change that cuts active sessions, the provider's
 * refuse_disconnect making it an error, and a user who may not search sessions getting a warning.
 */
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import type { JsonObject } from '../../src/model';
import { sessionControl, type SessionControl } from '../emulator/session-control';
import { openWorkspace, spsConfig, terraformAvailable, type Workspace } from './terraform-workspace';

if (!terraformAvailable)
  console.warn('\n!!! terraform is not on PATH: SKIPPING the Terraform session tests !!!\n');
const describeWithTerraform = terraformAvailable ? describe : describe.skip;

const gateway = (active: boolean): JsonObject => ({
  pass_through: {
    'ssh/connections': {
      objects: {
        'tf-gw': JSON.stringify({
          active,
          network: { clients: ['10.1.0.0/16'], targets: ['10.2.0.0/16'], ports: [22] },
        }),
      },
    },
  },
});

/** The configuration, plus `extra` top-level blocks and provider settings. */
function config(document: JsonObject, provider: JsonObject = {}, extra: JsonObject = {}): JsonObject {
  const base = spsConfig(document) as JsonObject & { provider: { sps: JsonObject } };
  return { ...base, provider: { sps: { ...base.provider.sps, ...provider } }, ...extra };
}

const sessionsData = {
  data: {
    sps_sessions: {
      active: { query: 'active:true AND protocol:ssh', fields: ['name', 'client.address', 'active'] },
    },
  },
  output: {
    match_count: { value: '${data.sps_sessions.active.match_count}' },
    first: { value: '${data.sps_sessions.active.sessions[0]}' },
  },
};

describeWithTerraform('terraform, the session database', () => {
  let emulator: RunningEmulator;
  let s: SessionControl;
  let ws: Workspace;
  beforeAll(async () => {
    emulator = await startEmulator();
    s = sessionControl(emulator);
    ws = openWorkspace(emulator);
    ws.config(config(gateway(true)));
    expect((await ws.terraform('init', '-no-color')).status).toBe(0);
    expect((await ws.terraform('apply', '-auto-approve', '-no-color')).status).toBe(0);
    await s.start({ policy: 'tf-gw', user: 'alice', clientIp: '10.1.0.7' });
    await s.start({ policy: 'tf-gw', user: 'bob' });
  });
  afterAll(async () => {
    await s?.close();
    await emulator?.close();
    ws?.close();
  });

  test('sps_sessions: match_count and the chosen fields of each session, usable in a precondition', async () => {
    ws.config(config(gateway(true), {}, sessionsData));
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('Apply complete!');
    const out = JSON.parse((await ws.terraform('output', '-json')).stdout);
    expect(out.match_count.value).toBe(2);
    expect(out.first.value.fields).toEqual({ active: 'true', 'client.address': '10.1.0.7', name: 'alice' });
    expect(out.first.value.key).toMatch(/^svc-.*-tf-gw-0-ssh$/);

    ws.config(
      config(
        gateway(true),
        {},
        {
          ...sessionsData,
          resource: {
            ...(spsConfig(gateway(true)) as { resource: JsonObject }).resource,
            terraform_data: {
              gate: {
                lifecycle: {
                  precondition: [
                    {
                      condition: '${data.sps_sessions.active.match_count == 0}',
                      error_message: 'sessions are active',
                    },
                  ],
                },
              },
            },
          },
        },
      ),
    );
    const gated = await ws.terraform('plan', '-no-color');
    expect(gated.status).toBe(1);
    expect(gated.output).toContain('sessions are active');
  });

  test('a change that cuts active sessions: a warning in the plan; with refuse_disconnect an error', async () => {
    ws.config(config(gateway(false)));
    const warned = await ws.terraform('plan', '-no-color');
    expect(warned.status).toBe(0);
    expect(warned.output).toMatch(/Warning: The plan would cut active sessions/);
    expect(warned.output).toMatch(/ssh connection policy "tf-gw" \(deactivated\): 2 active sessions now/);
    expect(warned.output).toMatch(/svc-\S+-tf-gw-0-ssh: alice from 10\.1\.0\.7/);

    ws.config(config(gateway(false), { refuse_disconnect: true }));
    const refused = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/Error: The plan would cut active sessions/);
    expect(refused.output).toContain('refuse_disconnect is set');
    const active = () =>
      Object.values(emulator.committed()['ssh/connections'] ?? {}).find((b) => b.name === 'tf-gw')?.active;
    expect(active()).toBe(true);

    // a plan saved without the setting, applied with it (SPS_REFUSE_DISCONNECT): checked again before the transaction
    ws.config(config(gateway(false)));
    expect((await ws.terraform('plan', '-out=cut.tfplan', '-no-color')).status).toBe(0);
    ws.env.SPS_REFUSE_DISCONNECT = '1';
    try {
      const commits = emulator.stats().commits;
      const late = await ws.terraform('apply', '-no-color', 'cut.tfplan');
      expect(late.status).toBe(1);
      // Terraform plans again when it applies a saved plan: the refusal comes then, or from the apply's own check
      expect(late.output.replace(/\s+/g, ' ')).toMatch(
        /refuse_disconnect is set.*2 active sessions now|2 active sessions now.*refuse_disconnect is set/,
      );
      expect(emulator.stats().commits).toBe(commits);
      expect(active()).toBe(true);
    } finally {
      delete ws.env.SPS_REFUSE_DISCONNECT;
    }
  });

  test('a user who may not search sessions gets a warning that the impact is unknown, not a failed plan', async () => {
    const denied = await startEmulator({ deniedPaths: ['/api/audit'] });
    const dws = openWorkspace(denied);
    try {
      dws.config(config(gateway(true)));
      expect((await dws.terraform('init', '-no-color')).status).toBe(0);
      expect((await dws.terraform('apply', '-auto-approve', '-no-color')).status).toBe(0);
      dws.config(config(gateway(false)));
      const plan = await dws.terraform('plan', '-no-color');
      expect(plan.status).toBe(0);
      const text = plan.output.replace(/\s+/g, ' '); // Terraform wraps diagnostics
      expect(plan.output).toMatch(/Warning: The plan may cut active sessions \(they cannot be checked\)/);
      expect(plan.output).toMatch(/active sessions unknown/);
      expect(text).toMatch(/the user may not search the session database: HTTP 403/);
    } finally {
      dws.close();
      await denied.close();
    }
  });
});
