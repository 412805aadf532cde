/**
 * Real Terraform with pass-through objects: an SSH connection policy (a jsonencode()d partial body)
 * pointing at an audit policy and a channel policy created in the same apply, as one commit; a change
 * of its `active` flag alone, shown field by field, with fields set out of band surviving; import by
 * endpoint and name; an owned one deleted; a VNC connection refused at plan time, and read with the
 * sps_connection_policies data source.
 */
import { SpsClient } from '../../src/client';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { passThroughKind, type JsonObject } from '../../src/model';
import { openWorkspace, spsConfig, terraformAvailable, type Workspace } from './terraform-workspace';

if (!terraformAvailable)
  console.warn('\n!!! terraform is not on PATH: SKIPPING the Terraform pass-through tests !!!\n');
const describeWithTerraform = terraformAvailable ? describe : describe.skip;

/** Formatted unlike jsonencode on purpose: the configuration's own string must stay in the state. */
const connection = (active: boolean): string =>
  JSON.stringify(
    {
      active,
      network: { clients: ['10.1.0.0/16'], targets: ['10.2.0.0/16'], ports: [22] },
      audit_policy: { $ref: 'policies/audit_policies/pci' },
      channel_policy: { $ref: 'ssh/channel_policies/shell-only' },
    },
    null,
    1,
  );

const document = (active: boolean, withConnection = true): JsonObject => ({
  audit_policies: { pci: {} },
  pass_through: {
    'ssh/channel_policies': { objects: { 'shell-only': '{"rules":[{"actions":{"audit":true}}]}' } },
    ...(withConnection ? { 'ssh/connections': { objects: { 'ops-gw': connection(active) } } } : {}),
  },
});

function committed(emulator: RunningEmulator, kind: string, name: string) {
  const found = Object.entries(emulator.committed()[kind] ?? {}).find(([, b]) => b.name === name);
  return found && { key: found[0], body: found[1] };
}

describeWithTerraform('terraform, pass-through objects', () => {
  let emulator: RunningEmulator;
  let ws: Workspace;
  beforeAll(async () => {
    emulator = await startEmulator();
    ws = openWorkspace(emulator);
    ws.config(spsConfig(document(true)));
    expect((await ws.terraform('init', '-no-color')).status).toBe(0);
  });
  afterAll(async () => {
    await emulator?.close();
    ws?.close();
  });

  test('a connection policy and its referents are created in one commit; the next plan is empty', async () => {
    const commits = emulator.stats().commits;
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('Apply complete!');
    expect(emulator.stats().commits).toBe(commits + 1);
    const conn = committed(emulator, 'ssh/connections', 'ops-gw')!.body;
    expect(conn.audit_policy).toBe(committed(emulator, 'audit_policies', 'pci')!.key);
    expect(conn.channel_policy).toBe(committed(emulator, 'ssh/channel_policies', 'shell-only')!.key);
    const plan = await ws.terraform('plan', '-detailed-exitcode', '-no-color');
    expect(plan.output).toContain('No changes.');
    expect(plan.status).toBe(0);
  });

  test('only "active" changes, shown as that field; fields set out of band survive', async () => {
    const client = new SpsClient({
      url: emulator.url,
      username: emulator.username,
      password: emulator.password,
      ca: emulator.caPem,
    });
    const kind = passThroughKind('ssh/connections');
    try {
      await client.withTransaction(async (tx) => {
        const obj = (await tx.readAll(kind)).find((o) => o.body.name === 'ops-gw')!;
        await tx.replace(kind, obj.key, { ...kind.writtenForm(obj.body), description: 'set in the web UI' });
      });
    } finally {
      await client.close();
    }
    expect((await ws.terraform('plan', '-detailed-exitcode', '-no-color')).status).toBe(0);
    ws.config(spsConfig(document(false)));
    const plan = await ws.terraform('plan', '-no-color');
    expect(plan.output).toMatch(/~ active\s+= true -> false/);
    expect(plan.output).not.toContain('description');
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('1 changed');
    expect(committed(emulator, 'ssh/connections', 'ops-gw')!.body).toMatchObject({
      active: false,
      description: 'set in the web UI',
    });
    expect((await ws.terraform('plan', '-detailed-exitcode', '-no-color')).status).toBe(0);
  });

  test('import by endpoint and name, then plan is empty', async () => {
    expect((await ws.terraform('state', 'rm', 'sps_configuration.main')).status).toBe(0);
    const imported = await ws.terraform(
      'import',
      '-no-color',
      'sps_configuration.main',
      'audit_policies/pci,ssh/channel_policies/shell-only,ssh/connections/ops-gw',
    );
    expect(imported.output).toContain('Import successful!');
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('Apply complete!');
    expect((await ws.terraform('plan', '-detailed-exitcode', '-no-color')).status).toBe(0);
  });

  test('an owned connection policy is deleted when it leaves the configuration', async () => {
    ws.config(spsConfig(document(false, false)));
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(apply.status).toBe(0);
    expect(committed(emulator, 'ssh/connections', 'ops-gw')).toBeUndefined();
    expect(committed(emulator, 'ssh/channel_policies', 'shell-only')).toBeDefined();
  });

  test('a VNC connection policy is refused at plan time, naming the attribute', async () => {
    const writes = emulator.stats().writes;
    ws.config(spsConfig({ pass_through: { 'vnc/connections': { objects: { jump: '{"active":false}' } } } }));
    const plan = await ws.terraform('plan', '-no-color');
    expect(plan.status).not.toBe(0);
    expect(plan.output).toMatch(/read-only/);
    expect(plan.output).toContain('pass_through');
    expect(emulator.stats().writes).toBe(writes);
  });

  test('VNC connection policies are read with the sps_connection_policies data source', async () => {
    ws.config({
      ...spsConfig({ audit_policies: { pci: {} } }),
      data: {
        sps_connection_policies: {
          vnc: { protocol: 'vnc' },
          masked: { protocol: 'vnc', sensitive_paths: ['/network/targets/*'] },
        },
      },
      output: {
        names: { value: '${data.sps_connection_policies.vnc.names}' },
        jump_ports: {
          value: '${jsondecode(data.sps_connection_policies.vnc.policies["vnc-jump"].body).network.ports}',
        },
        masked_targets: {
          value:
            '${jsondecode(data.sps_connection_policies.masked.policies["vnc-jump"].body).network.targets}',
        },
        jump_active: { value: '${data.sps_connection_policies.vnc.policies["vnc-jump"].active}' },
      },
    });
    const vncBefore = emulator.committed()['vnc/connections'];
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(apply.status).toBe(0);
    const out = JSON.parse((await ws.terraform('output', '-json')).output);
    expect(out.names.value).toEqual(['vnc-jump']);
    expect(out.jump_ports.value).toEqual([5900]);
    expect(out.jump_active.value).toBe(true);
    expect(out.masked_targets.value).toEqual(['(sensitive)']);
    expect(emulator.committed()['vnc/connections']).toEqual(vncBefore);

    ws.config({
      ...spsConfig({ audit_policies: { pci: {} } }),
      data: { sps_connection_policies: { x: { protocol: 'gopher' } } },
    });
    const bad = await ws.terraform('plan', '-no-color');
    expect(bad.status).not.toBe(0);
    expect(bad.output).toContain(
      'protocol must be one of ssh, rdp, vnc, telnet, ica, http, mssql; got "gopher"',
    );
  });
});
