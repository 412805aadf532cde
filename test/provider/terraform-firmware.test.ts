/**
 * Real Terraform on both firmware bands: each band's audit policy timestamping and VNC options
 * apply and then plan as no change; the other band's field is refused at plan time with a diagnostic
 * naming the firmware and the field, before any write; a release outside both bands warns.
 */
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import type { JsonObject } from '../../src/model';
import { openWorkspace, spsConfig, terraformAvailable, type Workspace } from './terraform-workspace';

if (!terraformAvailable)
  console.warn('\n!!! terraform is not on PATH: SKIPPING the Terraform firmware-band tests !!!\n');
const describeWithTerraform = terraformAvailable ? describe : describe.skip;

const BANDS: Record<string, { own: JsonObject; other: JsonObject; refused: string }> = {
  '7.0.5': {
    own: {
      audit_policies: { pci: { timestamping_enabled: true } },
      vnc_options: {
        audit: {
          cleanup: { enabled: true, channel_database_cleanup_days: 400 },
          timestamping: { selection: 'local', signing_interval: 30 },
        },
        service: { enabled: true, log_level: 4 },
      },
    },
    other: { audit_policies: { pci: { signing_and_timestamping_interval: 42 } } },
    refused:
      'is a field of SPS 8.0 LTS; the appliance runs SPS 7.0.5 (7.0 LTS), which does not have it: use signing_interval in the protocol options',
  },
  '8.0.2': {
    own: {
      audit_policies: {
        pci: {
          timestamping: {
            enabled: true,
            server: { selection: 'remote', server_url: 'http://tsa.example.com/' },
          },
          signing_and_timestamping_interval: 42,
        },
      },
      vnc_options: { channel_database_cleanup: { enabled: true, days: 400 }, service: { enabled: true } },
    },
    other: { audit_policies: { pci: { timestamping_enabled: true } } },
    refused:
      'is a field of SPS 7.0 LTS; the appliance runs SPS 8.0.2 (8.0 LTS), which does not have it: use timestamping.enabled',
  },
};

describeWithTerraform.each(Object.keys(BANDS))('terraform on SPS %s', (firmware) => {
  let emulator: RunningEmulator;
  let ws: Workspace;
  beforeAll(async () => {
    emulator = await startEmulator({ firmwareVersion: firmware });
    ws = openWorkspace(emulator);
    ws.config(spsConfig(BANDS[firmware].own));
    expect((await ws.terraform('init', '-no-color')).status).toBe(0);
  });
  afterAll(async () => {
    await emulator?.close();
    ws?.close();
  });

  test("the band's own shapes apply, then plan as no change, without a firmware warning", async () => {
    const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(apply.output).toContain('Apply complete!');
    expect(apply.output).not.toContain('SPS firmware outside');
    const pci = Object.values(emulator.committed().audit_policies).find((b) => b.name === 'pci');
    expect(pci).toMatchObject((BANDS[firmware].own.audit_policies as JsonObject).pci as JsonObject);
    const plan = await ws.terraform('plan', '-detailed-exitcode', '-no-color');
    expect(plan.output).toContain('No changes.');
    expect(plan.status).toBe(0);
  });

  test("the other band's field is refused at plan time, naming firmware and field; nothing is written", async () => {
    const before = emulator.committed();
    ws.config(spsConfig(BANDS[firmware].other));
    const plan = await ws.terraform('plan', '-no-color');
    expect(plan.status).toBe(1);
    expect(plan.output.replace(/\s+/g, ' ')).toContain(BANDS[firmware].refused.replace(/\s+/g, ' '));
    expect(emulator.committed()).toEqual(before);
    ws.config(spsConfig(BANDS[firmware].own));
  });
});

describeWithTerraform('terraform outside the bands', () => {
  test('every plan warns, naming the firmware', async () => {
    const emulator = await startEmulator({ firmwareVersion: '7.4.1' });
    const ws = openWorkspace(emulator);
    try {
      ws.config(spsConfig({ audit_policies: { pci: { timestamping_enabled: true } } }));
      expect((await ws.terraform('init', '-no-color')).status).toBe(0);
      const plan = await ws.terraform('plan', '-no-color');
      expect(plan.status).toBe(0);
      expect(plan.output).toContain('SPS firmware outside the bands this provider was written for');
      expect(plan.output.replace(/\s+/g, ' ')).toContain('the appliance runs SPS 7.4.1, outside the bands');
    } finally {
      await emulator.close();
      ws.close();
    }
  });
});
