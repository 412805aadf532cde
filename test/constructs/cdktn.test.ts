/**
 * CDK Terrain (cdktn 0.24), the maintained successor of CDKTF: the constructs and the generated
 * bindings run on it unchanged (SPS_CDK=cdktn picks it where both are installed). examples/basic
 * synthesizes to the same configuration as with cdktf, and real Terraform applies it through the
 * provider. `cdktn-cli` itself needs Node >= 22.19 and is not run on older Node (said loudly).
 */
import * as path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { openWorkspace, terraformAvailable, type Workspace } from '../provider/terraform-workspace';
import { REPO_ROOT, synthExample, type JsonObject } from './helpers';

const BASIC = path.join(REPO_ROOT, 'examples/basic/main.ts');
const nodeMajor = Number(process.versions.node.split('.')[0]);
if (nodeMajor < 22)
  console.warn(
    `\n!!! Node ${process.versions.node} < 22.19: NOT running cdktn-cli (0.24 needs Node 22); the cdktn library is synthesized and applied here !!!\n`,
  );
if (!terraformAvailable) console.warn('\n!!! terraform is not on PATH: SKIPPING the cdktn apply test !!!\n');

/** A stack without the library's metadata (`//`, which names cdktf or cdktn and its version). */
function comparable(stack: JsonObject): JsonObject {
  const strip = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(strip)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.entries(v)
              .filter(([k]) => k !== '//')
              .map(([k, x]) => [k, strip(x)]),
          )
        : v;
  return strip(stack) as JsonObject;
}

describe('examples/basic on CDK Terrain', () => {
  let cdktf: JsonObject;
  let cdktn: JsonObject;
  beforeAll(async () => {
    cdktf = (await synthExample(BASIC, { SPS_CDK: 'cdktf' })).get('sps-basic')!;
    cdktn = (await synthExample(BASIC, { SPS_CDK: 'cdktn' })).get('sps-basic')!;
  }, 120_000);

  test('synthesizes the same Terraform configuration as with cdktf', () => {
    // the metadata says which library synthesized it
    expect((cdktn['//'] as { metadata: { version: string } }).metadata.version).toBe('0.24.0');
    expect((cdktf['//'] as { metadata: { version: string } }).metadata.version).toBe('0.21.0');
    expect(comparable(cdktn)).toEqual(comparable(cdktf));
  });

  (terraformAvailable ? describe : describe.skip)('applied with real Terraform', () => {
    let emulator: RunningEmulator;
    let ws: Workspace;
    beforeAll(async () => {
      emulator = await startEmulator();
      ws = openWorkspace(emulator, {
        archive_share_password: 'archive-secret-2',
        backup_private_key:
          '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n',
        splunk_hec_token: 'hec-token-2',
      });
      // the synth's local backend names a state file beside the app: keep state in the workspace
      const { backend, ...terraform } = cdktn.terraform as JsonObject;
      void backend;
      ws.config({ ...cdktn, terraform });
    });
    afterAll(async () => {
      await emulator?.close();
      ws?.close();
    });

    test('init, apply, then no changes', async () => {
      expect((await ws.terraform('init', '-no-color')).status).toBe(0);
      const apply = await ws.terraform('apply', '-auto-approve', '-no-color');
      expect(apply.output).toContain('Apply complete! Resources: 1 added');
      expect(Object.values(emulator.committed().audit_policies).map((p) => p.name)).toContain('pci-audit');
      const plan = await ws.terraform('plan', '-detailed-exitcode', '-no-color');
      expect(plan.output).toContain('No changes.');
    }, 120_000);
  });
});
