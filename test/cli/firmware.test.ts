/**
 * Firmware bands: every plan reads GET /api/info once and names the firmware in its header and
 * `--json`; a document written for the other band (7.0 LTS `timestamping_enabled` on an 8.0 LTS box,
 * or the reverse) is refused before any configuration is read, naming the firmware and the field;
 * each band's own shapes (audit policy timestamping, VNC options) plan and apply cleanly on an
 * emulator serving that band; a release outside both bands is warned about in every plan.
 */
import { BUILTIN_AUDIT_POLICY_KEY } from '../../src/emulator';
import { kindOf } from '../../src/model';
import { committedBody, startHarness, type Harness } from './helpers';

/** Each band's way of saying the same thing: a remote-timestamped audit policy and VNC cleanup. */
const DOCUMENTS = {
  '7.0.5': {
    audit_policies: { pci: { timestamping_enabled: true } },
    vnc_options: {
      audit: {
        cleanup: { enabled: true, channel_database_cleanup_days: 400 },
        timestamping: { selection: 'remote', signing_interval: 30, server_url: 'http://tsa.example.com/' },
      },
      service: { enabled: true, log_level: 4 },
    },
  },
  '8.0.2': {
    audit_policies: {
      pci: {
        timestamping: {
          enabled: true,
          server: {
            selection: 'remote',
            server_url: 'http://tsa.example.com/',
            oid: { enabled: true, policy_oid: '2.3.5.3.1.5.32.322.32' },
          },
        },
        signing_and_timestamping_interval: 42,
      },
    },
    vnc_options: { channel_database_cleanup: { enabled: true, days: 400 }, service: { enabled: true } },
  },
} as const;

describe.each(Object.keys(DOCUMENTS) as (keyof typeof DOCUMENTS)[])('SPS %s', (firmware) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { firmwareVersion: firmware });
  });
  afterAll(() => h.close());
  const other = firmware === '7.0.5' ? '8.0.2' : '7.0.5';

  test("the band's own document plans (firmware in the header, no warning), applies, and re-plans as no change", async () => {
    const file = h.write('own.yaml', DOCUMENTS[firmware]);
    const plan = await h.cli(['plan', file, '--json']);
    expect(plan.code).toBe(0);
    const json = JSON.parse(plan.stdout);
    expect(json.firmware_version).toBe(firmware);
    expect(json.notes).toEqual([]);
    const text = await h.cli(['plan', file]);
    expect(text.stdout.split('\n')[0]).toBe(`Plan for ${h.emu.url} (SPS ${firmware})`);

    const apply = await h.cli(['apply', file, '--auto-approve']);
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);
    expect(committedBody(h.emu, 'audit_policies', 'pci')!.body).toMatchObject(
      DOCUMENTS[firmware].audit_policies.pci,
    );
    expect(committedBody(h.emu, 'vnc_options')!.body).toMatchObject(DOCUMENTS[firmware].vnc_options);
    expect((await h.cli(['plan', file, '--detailed-exitcode'])).code).toBe(0);
  });

  test("a new audit policy gets its band's timestamping switch, as the guide's samples always carry it", async () => {
    const file = h.write('fresh.yaml', { audit_policies: { fresh: {} } });
    const ops = JSON.parse((await h.cli(['plan', file, '--json'])).stdout).operations;
    const paths = ops[0].changes.map(
      (c: { path: string; after: unknown }) => `${c.path}=${JSON.stringify(c.after)}`,
    );
    expect(paths).toContain(
      firmware === '7.0.5' ? '/timestamping_enabled=false' : '/timestamping/enabled=false',
    );
    expect(paths.join(' ')).not.toContain(firmware === '7.0.5' ? '/timestamping/' : '/timestamping_enabled');
  });

  test("the other band's document is refused after GET /api/info, before any configuration read, naming firmware and field", async () => {
    const file = h.write('other.yaml', DOCUMENTS[other]);
    const before = h.emu.committed();
    const reads = h.emu.readsByPath();
    const plan = await h.cli(['apply', file, '--auto-approve']);
    expect(plan.code).not.toBe(0);
    const band = firmware === '7.0.5' ? '7.0 LTS' : '8.0 LTS';
    const fields =
      firmware === '7.0.5'
        ? [
            ['/audit_policies/pci/timestamping', 'timestamping_enabled'],
            [
              '/audit_policies/pci/signing_and_timestamping_interval',
              'signing_interval in the protocol options',
            ],
            ['/vnc_options/channel_database_cleanup', 'audit.cleanup'],
          ]
        : [
            ['/audit_policies/pci/timestamping_enabled', 'timestamping.enabled'],
            ['/vnc_options/audit', 'channel_database_cleanup, and timestamping in the audit policy'],
          ];
    for (const [pointer, instead] of fields)
      expect(plan.stderr).toContain(
        `${pointer}: is a field of SPS ${firmware === '7.0.5' ? '8.0 LTS' : '7.0 LTS'}; the appliance runs SPS ${firmware} (${band}), which does not have it: use ${instead}`,
      );
    expect(plan.stderr).toMatch(/other\.yaml:\d+/); // located in the file
    expect(h.emu.readsByPath()).toEqual(reads); // not one configuration GET more
    expect(h.emu.committed()).toEqual(before);
  });
});

test('the emulator is no echo of the model: each band refuses the other band’s fields itself', async () => {
  const h = await startHarness({}, { firmwareVersion: '8.0.2' });
  try {
    const client = h.client();
    const refused = client.withTransaction((tx) =>
      tx.replace(kindOf('audit_policies'), BUILTIN_AUDIT_POLICY_KEY, {
        name: 'default',
        encryption: { enabled: false },
        signing: { enabled: false },
        timestamping_enabled: true,
      }),
    );
    await expect(refused).rejects.toThrow(/timestamping_enabled: unknown field/);
    // the seeded default policy has the 8.0 shape (the guide's sample)
    expect(h.emu.committed().audit_policies[BUILTIN_AUDIT_POLICY_KEY]).toMatchObject({
      signing_and_timestamping_interval: 30,
      timestamping: { enabled: false },
    });
    expect(h.emu.committed().audit_policies[BUILTIN_AUDIT_POLICY_KEY]).not.toHaveProperty(
      'timestamping_enabled',
    );
  } finally {
    await h.close();
  }
});

test('one object mixing both bands is refused before the appliance is contacted', async () => {
  const h = await startHarness();
  try {
    const file = h.write('mixed.yaml', {
      audit_policies: { pci: { timestamping_enabled: true, signing_and_timestamping_interval: 30 } },
    });
    const plan = await h.cli(['plan', file]);
    expect(plan.code).not.toBe(0);
    expect(plan.stderr).toContain(
      '/audit_policies/pci/signing_and_timestamping_interval: is a field of SPS 8.0 LTS, but this object also has timestamping_enabled, a field of SPS 7.0 LTS: write the object for the band the appliance runs',
    );
    expect(h.emu.stats().requests).toBe(0);
  } finally {
    await h.close();
  }
});

test('outside the bands: every plan warns, naming the firmware and what may differ', async () => {
  const h = await startHarness({}, { firmwareVersion: '7.4.1' });
  try {
    const file = h.write('doc.yaml', { audit_policies: { pci: { timestamping_enabled: true } } });
    const r = await h.cli(['plan', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'the appliance runs SPS 7.4.1, outside the bands this model was written for (7.0 LTS and 8.0 LTS): fields the model does not know are kept as they are, but typed fields that differ in that release (audit policy timestamping, protocol options) may be refused by the appliance; try plan --validate-on-device first',
    );
    const md = await h.cli(['plan', file, '--markdown']);
    expect(md.stdout).toContain(`### SPS plan for \`${h.emu.url}\` (SPS 7.4.1)`);
    expect(md.stdout).toContain('outside the bands this model was written for');
    const json = JSON.parse((await h.cli(['plan', file, '--json'])).stdout);
    expect(json).toMatchObject({ firmware_version: '7.4.1' });
    expect(json.notes[0]).toContain('SPS 7.4.1');
  } finally {
    await h.close();
  }
});
