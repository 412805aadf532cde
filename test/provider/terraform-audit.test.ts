/**
 * Change audit through Terraform: `terraform apply` sends the same events as `sps apply` to the
 * Splunk HEC named by SPS_AUDIT_* in Terraform's environment; a HEC outage is a warning on the
 * apply, and the next apply delivers what waited in the spool.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, startHec, type RunningEmulator, type RunningHec } from '../../src/emulator';
import { openWorkspace, spsConfig, terraformAvailable, type Workspace } from './terraform-workspace';

if (!terraformAvailable)
  console.warn('\n!!! terraform is not on PATH: SKIPPING the Terraform audit tests !!!\n');
const describeWithTerraform = terraformAvailable ? describe : describe.skip;

const policies = (n: number, timestamping: boolean) => ({
  audit_policies: Object.fromEntries(
    Array.from({ length: n }, (_, i) => [`tf-audit-${i}`, { timestamping_enabled: timestamping }]),
  ),
});

describeWithTerraform('terraform apply reports changes to the SIEM', () => {
  let emulator: RunningEmulator;
  let hec: RunningHec;
  let ws: Workspace;
  const spool = () =>
    existsSync(join(ws.dir, '.sps-audit')) ? readdirSync(join(ws.dir, '.sps-audit')).length : 0;

  let caDir: string;
  beforeAll(async () => {
    emulator = await startEmulator();
    hec = await startHec({ token: 'tf-hec-token-5a1f9' });
    caDir = mkdtempSync(join(tmpdir(), 'sps-hec-ca-'));
    writeFileSync(join(caDir, 'hec-ca.pem'), hec.caPem);
    ws = openWorkspace(
      emulator,
      {},
      {
        SPS_AUDIT_HEC_URL: hec.url,
        SPS_AUDIT_HEC_TOKEN: hec.token,
        SPS_AUDIT_HEC_CA_FILE: join(caDir, 'hec-ca.pem'),
        SPS_AUDIT_ACTOR: 'tf-pipeline',
      },
    );
    ws.config(spsConfig(policies(2, true)));
    expect((await ws.terraform('init', '-no-color')).status).toBe(0);
  });
  afterAll(async () => {
    await hec?.close();
    await emulator?.close();
    ws?.close();
    rmSync(caDir, { recursive: true, force: true });
  });

  test('events per changed object and per apply; an outage warns and the next apply catches up', async () => {
    ws.config(spsConfig(policies(2, true)));
    const first = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(first.output).toContain('Apply complete!');
    const events = hec.received.map((e) => e.event as Record<string, unknown>);
    expect(events.map((e) => [e.event_type, e.name ?? null, e.action ?? null])).toEqual([
      ['sps.config.change', 'tf-audit-0', 'create'],
      ['sps.config.change', 'tf-audit-1', 'create'],
      ['sps.config.apply', null, null],
    ]);
    expect(events[2]).toMatchObject({
      actor: 'tf-pipeline',
      sps_user: emulator.username,
      firmware: '7.0.5',
      outcome: 'committed',
    });

    hec.fail({ status: 503 });
    ws.config(spsConfig(policies(2, false)));
    const down = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(down.output).toContain('Apply complete!');
    expect(down.output).toContain('Change audit events not delivered yet');
    expect(spool()).toBe(3);

    hec.recover();
    ws.config(spsConfig(policies(3, false)));
    const next = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(next.output).toContain('Apply complete!');
    expect(spool()).toBe(0);
    const all = hec.received.map((e) => e.event as Record<string, unknown>);
    expect(all.length).toBe(3 + 3 + 2);
    expect(new Set(all.map((e) => e.event_id)).size).toBe(all.length);
    expect(ws.transcript()).not.toContain(hec.token);
  });
});
