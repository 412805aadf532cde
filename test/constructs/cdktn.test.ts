/**
 * CDK Terrain (cdktn 0.24), the maintained successor of CDKTF, in the checkout: the constructs with
 * gen/cdk replaced by the generated cdktn shim (gen/cdktn/cdk), as scripts/build.ts does for
 * `sps-iac/constructs/cdktn`. examples/basic synthesizes to the same configuration as on cdktf and
 * real Terraform applies it; each entry point runs on its own library only and refuses a stack of
 * the other. The packed entry point, a cdktn-only TypeScript app and cdktn-cli: test/package/cdktn.test.ts.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { applianceVariables } from '../examples/appliance-variables';
import { openWorkspace, terraformAvailable, type Workspace } from '../provider/terraform-workspace';
import type { JsonObject } from './helpers';

if (!terraformAvailable) console.warn('\n!!! terraform is not on PATH: SKIPPING the cdktn apply test !!!\n');

const SHIM = require.resolve('../../constructs/gen/cdk');
const CDKTN_SHIM = require.resolve('../../constructs/gen/cdktn/cdk');
type Library = 'cdktf' | 'cdktn';

interface Loaded {
  readonly constructs: typeof import('../../constructs');
  readonly basic: typeof import('../../examples/basic/stack');
}

/** The constructs and examples/basic in a module registry of their own, on `library`. */
function load(library: Library): Loaded {
  let loaded: Loaded | undefined;
  try {
    jest.isolateModules(() => {
      if (library === 'cdktn') jest.doMock(SHIM, () => jest.requireActual(CDKTN_SHIM));
      // a registry of its own needs require: an import would be hoisted out of it
      /* eslint-disable-next-line @typescript-eslint/no-require-imports */
      loaded = { constructs: require('../../constructs'), basic: require('../../examples/basic/stack') };
    });
  } finally {
    jest.dontMock(SHIM);
  }
  return loaded!;
}

const RTTI = Symbol.for('jsii.rtti');
const fqnOf = (cls: unknown) => (cls as Record<symbol, { fqn: string }>)[RTTI].fqn;

function synthBasic({ constructs, basic }: Loaded): JsonObject {
  const outdir = mkdtempSync(path.join(tmpdir(), 'sps-synth-'));
  const app = new constructs.App({ outdir });
  new basic.BasicStack(app, 'sps-basic');
  app.synth();
  return JSON.parse(readFileSync(path.join(outdir, 'stacks/sps-basic/cdk.tf.json'), 'utf8')) as JsonObject;
}

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

describe('the constructs on CDK Terrain', () => {
  let onCdktf: Loaded;
  let onCdktn: Loaded;
  let cdktf: JsonObject;
  let cdktn: JsonObject;
  beforeAll(() => {
    onCdktf = load('cdktf');
    onCdktn = load('cdktn');
    cdktf = synthBasic(onCdktf);
    cdktn = synthBasic(onCdktn);
  }, 60_000);

  test('each shim re-exports its own library only', () => {
    expect(fqnOf(onCdktf.constructs.App)).toBe('cdktf.App');
    expect(fqnOf(onCdktn.constructs.TerraformStack)).toBe('cdktn.TerraformStack');
    expect(fqnOf(onCdktn.constructs.gen.configuration.Configuration)).toBe('cdktn.TerraformResource');
  });

  test('examples/basic synthesizes the same Terraform configuration as with cdktf', () => {
    // the metadata says which library synthesized it
    expect((cdktn['//'] as { metadata: { version: string } }).metadata.version).toBe('0.24.0');
    expect((cdktf['//'] as { metadata: { version: string } }).metadata.version).toBe('0.21.0');
    expect(comparable(cdktn)).toEqual(comparable(cdktf));
  });

  test.each([
    ['cdktf', 'cdktn', "'sps-iac/constructs/cdktn'"],
    ['cdktn', 'cdktf', "'sps-iac/constructs'"],
  ] as const)(
    'constructs on %s refuse a stack built with %s, naming the entry point for it',
    (library, other, entry) => {
      const constructs = (library === 'cdktf' ? onCdktf : onCdktn).constructs;
      const { App, TerraformStack } = (other === 'cdktf' ? onCdktf : onCdktn).constructs;
      const stack = new TerraformStack(new App(), 'mixed');
      expect(() => new constructs.SpsConfiguration(stack, 'Sps')).toThrow(
        `run on ${library} ('${library === 'cdktf' ? 'sps-iac/constructs' : 'sps-iac/constructs/cdktn'}'), ` +
          `but stack "mixed" was built with ${other}. Use one library: import the constructs from ${entry}`,
      );
    },
  );

  test('SPS_CDK naming the other library is refused, not ignored', () => {
    process.env.SPS_CDK = 'cdktn';
    try {
      expect(() => load('cdktf')).toThrow(
        "SPS_CDK=cdktn is no longer read: the import chooses the CDK library. 'sps-iac/constructs' runs on cdktf",
      );
    } finally {
      delete process.env.SPS_CDK;
    }
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
        ...applianceVariables(emulator),
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
