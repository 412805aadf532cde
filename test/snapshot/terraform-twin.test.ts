/**
 * Real Terraform against an appliance and against its twin: the same configuration (sps_document,
 * the CLI's document, imported by its file) plans the same change on both, field by field; applied to
 * the twin it commits there once, and the next plan is empty — the appliance is not touched.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { stringify } from 'yaml';
import { readSnapshotFile, startEmulator, startTwin, type RunningEmulator } from '../../src/emulator';
import type { JsonObject } from '../../src/model';
import { openWorkspace, terraformAvailable, type Workspace } from '../provider/terraform-workspace';
import { CANARY, RICH_DOCUMENT, openCli, populate, type Cli } from './fixtures';

if (!terraformAvailable)
  console.warn('\n!!! terraform is not on PATH: SKIPPING the real-Terraform twin tests !!!\n');
const describeWithTerraform = terraformAvailable ? describe : describe.skip;

/** RICH_DOCUMENT changed, without the LDAP server (whose password the appliance shows and a twin cannot). */
function changedDocument(): string {
  const doc = structuredClone(RICH_DOCUMENT) as Record<string, Record<string, JsonObject>>;
  doc.archive_cleanup_policies['archive-smb'].retention_days = 45;
  doc.content_policies.dangerous.rules = [
    { event: { selection: 'command', match: ['rm -rf /', 'mkfs'] }, actions: { log: true } },
  ];
  const pass = doc.pass_through as unknown as Record<string, { objects: Record<string, JsonObject> }>;
  delete pass['policies/ldap_servers'];
  pass['ssh/connections'].objects['ops-gw'].active = false;
  return stringify(doc);
}

const config = {
  terraform: { required_providers: { sps: { source: 'sps-iac/sps', version: '0.1.0' } } },
  variable: Object.fromEntries(
    ['hec', 'smb', 'rsync_key'].map((v) => [v, { type: 'string', ephemeral: true }]),
  ),
  provider: { sps: { lock_timeout: '10s' } },
  resource: {
    sps_document: {
      main: {
        document: '${file("sps.yaml")}',
        secrets: { HEC: '${var.hec}', SMB: '${var.smb}', RSYNC_KEY: '${var.rsync_key}' },
      },
    },
  },
};

describeWithTerraform('terraform against an appliance and its twin', () => {
  let source: RunningEmulator;
  let twin: RunningEmulator;
  let cli: Cli;
  const spaces: Workspace[] = [];

  const workspace = async (emu: RunningEmulator): Promise<Workspace> => {
    const ws = openWorkspace(emu, { hec: CANARY.hec, smb: CANARY.smb, rsync_key: CANARY.rsyncKey });
    spaces.push(ws);
    ws.config(config);
    writeFileSync(path.join(ws.dir, 'sps.yaml'), changedDocument());
    expect((await ws.terraform('init', '-no-color')).status).toBe(0);
    const imported = await ws.terraform('import', '-no-color', 'sps_document.main', 'sps.yaml');
    expect(imported.output).toContain('Import successful!');
    return ws;
  };

  beforeAll(async () => {
    source = await startEmulator({ switches: { secrets: 'masked' } });
    cli = openCli();
    await populate(source, cli);
    expect((await cli.run(source, ['snapshot', '--out', 'snap.json'])).code).toBe(0);
    twin = await startTwin(readSnapshotFile(path.join(cli.dir, 'snap.json')));
  }, 60_000);

  afterAll(async () => {
    spaces.forEach((ws) => ws.close());
    await Promise.all([source?.close(), twin?.close()]);
    cli?.close();
  });

  test('the same plan on both, then an apply to the twin alone', async () => {
    const [a, b] = [await workspace(source), await workspace(twin)];
    const plans = await Promise.all(
      [a, b].map((ws) => ws.terraform('plan', '-no-color', '-detailed-exitcode')),
    );
    for (const p of plans) expect(p.status).toBe(2);
    const shown = plans.map((p) => p.output.replace(/https:\/\/127\.0\.0\.1:\d+/g, 'URL'));
    expect(shown[1]).toEqual(shown[0]);
    expect(shown[0]).toMatch(/~ retention_days\s+= 90 -> 45/);
    expect(shown[0]).toMatch(/~ active\s+= true -> false/);
    expect(shown[0]).toContain('+ "mkfs"');

    const [sourceCommits, twinCommits] = [source.stats().commits, twin.stats().commits];
    const applied = await b.terraform('apply', '-auto-approve', '-no-color');
    expect(applied.output).toContain('Apply complete! Resources: 0 added, 1 changed, 0 destroyed.');
    expect(twin.stats().commits).toBe(twinCommits + 1);
    expect(source.stats().commits).toBe(sourceCommits);
    expect((await b.terraform('plan', '-no-color', '-detailed-exitcode')).status).toBe(0);
    for (const ws of [a, b])
      for (const canary of [CANARY.hec, CANARY.smb]) expect(ws.transcript()).not.toContain(canary);
  });
});
