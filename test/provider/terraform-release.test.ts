/**
 * Real Terraform: a field the configuration declared at the last apply and no longer declares goes
 * back to the appliance's default (the provider keeps what was declared in private state), in
 * sps_configuration (a nested typed field, a field of a list item in a pass-through body) and in
 * sps_document. A field an import brought in, never declared, stays as it is.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import type { JsonObject } from '../../src/model';
import { openWorkspace, spsConfig, terraformAvailable, type Workspace } from './terraform-workspace';

if (!terraformAvailable)
  console.warn('\n!!! terraform is not on PATH: SKIPPING the real-Terraform field release tests !!!\n');
const describeWithTerraform = terraformAvailable ? describe : describe.skip;

const forwarder = (pam: boolean) => ({
  enabled: false,
  host: { selection: 'fqdn', value: 'splunk.example.com' },
  ...(pam ? { pam_address: { selection: 'fqdn', value: 'sps.local' } } : {}),
});
const ldap = (port: boolean) => ({
  'policies/ldap_servers': {
    objects: {
      corp: JSON.stringify({
        host: 'ldap.example.com',
        targets: [port ? { name: 'primary', port: 636, tls: true } : { name: 'primary', tls: true }],
      }),
    },
  },
});

describeWithTerraform('terraform: a dropped field goes back to the appliance default', () => {
  let emulator: RunningEmulator;
  let ws: Workspace;
  const committed = () => emulator.committed();
  const splunk = () => committed().splunk_forwarder.splunk_forwarder as JsonObject;
  const corp = () => Object.values(committed()['policies/ldap_servers'] ?? {}).find((o) => o.name === 'corp');

  beforeAll(async () => {
    emulator = await startEmulator();
    ws = openWorkspace(emulator);
  });
  afterAll(async () => {
    ws?.close();
    await emulator?.close();
  });

  test('sps_configuration: a nested field and a list item field, released once, then an empty plan', async () => {
    ws.config(spsConfig({ splunk_forwarder: forwarder(true), pass_through: ldap(true) }));
    expect((await ws.terraform('init', '-no-color')).status).toBe(0);
    expect((await ws.terraform('apply', '-auto-approve', '-no-color')).status).toBe(0);
    expect(splunk().pam_address).toEqual({ selection: 'fqdn', value: 'sps.local' });

    ws.config(spsConfig({ splunk_forwarder: forwarder(false), pass_through: ldap(false) }));
    const plan = await ws.terraform('plan', '-detailed-exitcode', '-no-color');
    expect(plan.status).toBe(2);
    expect(plan.output).toMatch(/- pam_address\s+= \{/);
    expect(plan.output).toMatch(/- port\s+= 636/);
    expect((await ws.terraform('apply', '-auto-approve', '-no-color')).status).toBe(0);
    expect(splunk().pam_address).toBeUndefined();
    expect((corp()?.targets as JsonObject[])[0]).toEqual({ name: 'primary', tls: true });
    expect((await ws.terraform('plan', '-detailed-exitcode', '-no-color')).status).toBe(0);
  });

  test('after an import, a field the configuration never declared is kept (not released)', async () => {
    // the appliance holds pam_address again, set out of band; the state forgets what was declared
    ws.config(spsConfig({ splunk_forwarder: forwarder(true) }));
    expect((await ws.terraform('apply', '-auto-approve', '-no-color')).status).toBe(0);
    expect((await ws.terraform('state', 'rm', '-no-color', 'sps_configuration.main')).status).toBe(0);
    expect(
      (await ws.terraform('import', '-no-color', 'sps_configuration.main', 'splunk_forwarder')).status,
    ).toBe(0);
    ws.config(spsConfig({ splunk_forwarder: forwarder(false) }));
    const plan = await ws.terraform('plan', '-detailed-exitcode', '-no-color');
    expect(plan.output).toContain('No changes.');
    expect(plan.status).toBe(0);
    expect(splunk().pam_address).toEqual({ selection: 'fqdn', value: 'sps.local' });
    expect((await ws.terraform('state', 'rm', '-no-color', 'sps_configuration.main')).status).toBe(0);
  });

  test('sps_document: a field dropped from the document goes back to the default', async () => {
    const write = (pam: boolean) =>
      writeFileSync(path.join(ws.dir, 'sps.json'), JSON.stringify({ splunk_forwarder: forwarder(pam) }));
    write(true);
    ws.config({
      ...spsConfig({}),
      resource: { sps_document: { main: { document: '${file("sps.json")}' } } },
    });
    const created = await ws.terraform('apply', '-auto-approve', '-no-color');
    expect(created.output).toContain('Apply complete!');
    write(false);
    const plan = await ws.terraform('plan', '-detailed-exitcode', '-no-color');
    expect(plan.status).toBe(2);
    expect(plan.output).toMatch(/- pam_address\s+= \{/);
    expect((await ws.terraform('apply', '-auto-approve', '-no-color')).status).toBe(0);
    expect(splunk().pam_address).toBeUndefined();
    expect((await ws.terraform('plan', '-detailed-exitcode', '-no-color')).status).toBe(0);
  });
});
