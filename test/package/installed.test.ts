/**
 * From the packed artifacts alone, as a user without this repository gets them:
 * - `npm pack` → `npm install --omit=dev` into an empty folder → the `sps`, `sps-emulator` and
 *   `terraform-provider-sps` commands work (no TypeScript loader, no bundler), and a cdktf app and a
 *   CDK Terrain (cdktn) app built on the installed `sps-iac/constructs` (`…/cdktn`) synthesize;
 * - `terraform-provider-sps install --mirror DIR` from the installed package → `terraform init`
 *   offline on a PATH that has no `node` → plan and apply through the package's own provider;
 * - `npm run release:provider` → a filesystem mirror laid out from the zip → `terraform init` on a
 *   PATH that has no `node` (nor this checkout) → plan and apply of that app's synth output against
 *   the emulator, through the standalone provider executable.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { releaseProvider, type ReleaseArtifacts } from '../../scripts/release-provider';
import { FakeTerraformCore } from '../provider/harness';
import { installApp as install, packTarball, run, spawnAsync, synthesizedConfiguration } from './packed';

const terraformPath = spawnSync('sh', ['-c', 'command -v terraform'], { encoding: 'utf8' }).stdout.trim();
if (!terraformPath)
  console.warn('\n!!! terraform is not on PATH: SKIPPING the installed-provider Terraform tests !!!\n');

let work: string;
let tarball: string;
let emulator: RunningEmulator;
let caFile: string;

const installApp = (name: string, extra: string[]) => install(work, name, tarball, extra);

/** A folder whose PATH has terraform only (no node, no npm), with what a Terraform run needs from the test. */
function terraformOnlyEnv(dir: string, cliConfigFile: string): NodeJS.ProcessEnv {
  const onlyTerraform = path.join(dir, 'bin');
  mkdirSync(onlyTerraform);
  symlinkSync(terraformPath, path.join(onlyTerraform, 'terraform'));
  expect(spawnSync('sh', ['-c', 'command -v node'], { env: { PATH: onlyTerraform } }).status).not.toBe(0);
  return {
    PATH: onlyTerraform,
    HOME: dir,
    TF_CLI_CONFIG_FILE: cliConfigFile,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    SPS_URL: emulator.url,
    SPS_USERNAME: emulator.username,
    SPS_PASSWORD: emulator.password,
    SPS_CA_FILE: caFile,
  };
}

const appSource = (entry: string) => `
const { App, TerraformStack, SpsConfiguration, AuditPolicy, ContentPolicy, ContentEvent } = require('${entry}');
const app = new App({ outdir: process.argv[2] });
const stack = new TerraformStack(app, 'installed');
const sps = new SpsConfiguration(stack, 'Sps');
new AuditPolicy(sps, 'Audit', { name: 'installed-audit', timestampingEnabled: true });
new ContentPolicy(sps, 'Rm', { name: 'installed-rm', rules: [{ event: ContentEvent.COMMAND, match: ['rm -rf /'] }] });
app.synth();
`;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'sps-installed-'));
  tarball = await packTarball(work);
  emulator = await startEmulator();
  caFile = path.join(work, 'ca.pem');
  emulator.writeCaFile(caFile);
}, 120_000);
afterAll(async () => {
  await emulator?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  let app: string;
  beforeAll(async () => {
    app = await installApp('app', ['cdktf@0.21.0', 'constructs@10.7.2']);
  }, 180_000);

  test('holds compiled code and declarations, no sources, tests or CI scripts', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.split('\n').filter(Boolean);
    expect(files).toEqual(
      expect.arrayContaining([
        'package/dist/bin/sps.js',
        'package/dist/bin/terraform-provider-sps.js',
        'package/dist/bin/run-cached.cjs',
        'package/dist/lib/constructs/index.d.ts',
        'package/dist/lib/constructs/gen/cdk.js',
        'package/dist/lib/constructs-cdktn/index.d.ts',
        'package/dist/lib/constructs-cdktn/gen/cdk.js',
        'package/docs/resources/configuration.md',
      ]),
    );
    expect(files.filter((f) => /^package\/(test|\.ci|src|scripts|node_modules)\//.test(f))).toEqual([]);
    console.log(
      `package: ${files.length} files, ${(readFileSync(tarball).length / 2 ** 20).toFixed(1)} MiB packed`,
    );
  });

  test('sps plan and sps apply work from the installed package against the emulator', async () => {
    const env = {
      ...process.env,
      SPS_URL: emulator.url,
      SPS_USERNAME: emulator.username,
      SPS_PASSWORD: emulator.password,
      SPS_CA_FILE: caFile,
      NO_COLOR: '1',
    };
    writeFileSync(
      path.join(app, 'desired.yaml'),
      'audit_policies:\n  from-package: {timestamping_enabled: true}\n',
    );
    const sps = path.join(app, 'node_modules/.bin/sps');
    const plan = await spawnAsync(sps, ['plan', 'desired.yaml', '--detailed-exitcode'], { cwd: app, env });
    expect(plan.stdout).toContain('+ create audit policy "from-package"');
    expect(plan.code).toBe(2);
    const apply = await spawnAsync(sps, ['apply', 'desired.yaml', '--auto-approve'], { cwd: app, env });
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);
    expect(
      (await spawnAsync(sps, ['plan', 'desired.yaml', '--detailed-exitcode'], { cwd: app, env })).code,
    ).toBe(0);
  });

  test('sps-emulator and terraform-provider-sps run from the installed package', async () => {
    const emu = spawn(path.join(app, 'node_modules/.bin/sps-emulator'), ['--port', '0', '--json'], {
      cwd: app,
    });
    const line = await new Promise<string>((resolve) => emu.stdout.setEncoding('utf8').once('data', resolve));
    emu.kill('SIGTERM');
    expect(JSON.parse(line).url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const provider = await spawnAsync(path.join(app, 'node_modules/.bin/terraform-provider-sps'), [], {
      cwd: app,
      env: process.env,
    });
    expect(provider.code).toBe(1);
    expect(provider.stderr).toContain('is a Terraform provider plugin');
  });

  test('a cdktf app on the installed constructs synthesizes', async () => {
    writeFileSync(path.join(app, 'main.js'), appSource('sps-iac/constructs'));
    await run(process.execPath, ['main.js', 'cdktf.out'], {
      cwd: app,
      env: { ...process.env, CHECKPOINT_DISABLE: '1' },
    });
    const synthesized = synthesizedConfiguration(path.join(app, 'cdktf.out/stacks/installed/cdk.tf.json'));
    expect(Object.keys((synthesized as { resource: object }).resource)).toEqual(
      expect.arrayContaining(['audit_policies', 'content_policies']),
    );
  });

  test('the same app on CDK Terrain (sps-iac/constructs/cdktn, cdktn only) synthesizes the same configuration', async () => {
    const cdktnApp = await installApp('cdktn-app', ['cdktn@0.24.0', 'constructs@10.7.2']);
    expect(existsSync(path.join(cdktnApp, 'node_modules/cdktf'))).toBe(false);
    writeFileSync(path.join(cdktnApp, 'main.js'), appSource('sps-iac/constructs/cdktn'));
    await run(process.execPath, ['main.js', 'cdktf.out'], {
      cwd: cdktnApp,
      env: { ...process.env, CHECKPOINT_DISABLE: '1' },
    });
    const stack = (dir: string) => path.join(dir, 'cdktf.out/stacks/installed/cdk.tf.json');
    expect(JSON.parse(readFileSync(stack(cdktnApp), 'utf8'))['//'].metadata.version).toBe('0.24.0');
    expect(synthesizedConfiguration(stack(cdktnApp))).toEqual(synthesizedConfiguration(stack(app)));
  }, 180_000);

  (terraformPath ? test : test.skip)(
    'terraform-provider-sps install --mirror, then terraform init offline, plan and apply on a PATH without node',
    async () => {
      const tf = path.join(work, 'tf-installed');
      mkdirSync(tf);
      const mirror = path.join(tf, 'mirror');
      const installed = await spawnAsync(
        path.join(app, 'node_modules/.bin/terraform-provider-sps'),
        ['install', '--mirror', mirror],
        { cwd: app, env: { ...process.env, XDG_CACHE_HOME: path.join(tf, 'cache') } },
      );
      expect(installed.stderr).toBe('');
      expect(installed.code).toBe(0);
      const cliConfigFile = path.join(mirror, 'terraformrc');
      expect(installed.stdout).toContain(`export TF_CLI_CONFIG_FILE='${cliConfigFile}'`);
      // the unpacked mirror layout, and an executable that runs the installed package, not a checkout
      const executable = path.join(
        mirror,
        'registry.terraform.io/sps-iac/sps/0.1.0/linux_amd64/terraform-provider-sps_v0.1.0',
      );
      // through the code-cache loader, its cache outside the mirror (Terraform checksums the folder)
      const dist = path.join(app, 'node_modules/sps-iac/dist/bin');
      const codeCache = path.join(tf, 'cache/sps-iac/terraform-provider-sps_v0.1.0.v8cache');
      expect(readFileSync(executable, 'utf8')).toContain(
        [
          process.execPath,
          path.join(dist, 'run-cached.cjs'),
          codeCache,
          path.join(dist, 'terraform-provider-sps.js'),
        ]
          .map((s) => `'${s}'`)
          .join(' '),
      );
      writeFileSync(
        path.join(tf, 'main.tf'),
        [
          'terraform {',
          '  required_providers {',
          '    sps = { source = "sps-iac/sps", version = "0.1.0" }',
          '  }',
          '}',
          'provider "sps" {}',
          'resource "sps_configuration" "main" {',
          '  audit_policies = { from-mirror = { timestamping_enabled = true } }',
          '}',
          '',
        ].join('\n'),
      );
      const env = {
        ...terraformOnlyEnv(tf, cliConfigFile),
        // offline: any attempt to reach a registry fails
        HTTPS_PROXY: 'http://127.0.0.1:9',
        HTTP_PROXY: 'http://127.0.0.1:9',
      };
      const terraform = (...args: string[]) =>
        spawnAsync('terraform', [...args, '-no-color'], { cwd: tf, env });
      const init = await terraform('init');
      expect(init.stdout).toContain('Installing sps-iac/sps v0.1.0');
      expect(init.code).toBe(0);
      const apply = await terraform('apply', '-auto-approve');
      expect(apply.stdout).toContain('Apply complete! Resources: 1 added');
      expect(apply.code).toBe(0);
      const names = Object.values(emulator.committed().audit_policies).map((p) => p.name);
      expect(names).toContain('from-mirror');
      // the provider kept its code cache, and Terraform still finds the mirrored package as it locked it
      expect(existsSync(codeCache)).toBe(true);
      const plan = await terraform('plan', '-detailed-exitcode');
      expect(plan.stdout).toContain('No changes.');
      expect(plan.code).toBe(0);
    },
    120_000,
  );

  describe('the standalone provider release', () => {
    let release: ReleaseArtifacts;
    beforeAll(async () => {
      release = await releaseProvider(path.join(work, 'release'));
    }, 180_000);

    test('zip, SHA256SUMS and a protocol-6 manifest in the registry layout', async () => {
      expect(path.basename(release.zip)).toMatch(/^terraform-provider-sps_0\.1\.0_linux_amd64\.zip$/);
      expect(JSON.parse(readFileSync(release.manifest, 'utf8'))).toEqual({
        version: 1,
        metadata: { protocol_versions: ['6.0'] },
      });
      const sums = readFileSync(release.sums, 'utf8');
      expect(sums).toMatch(/^[0-9a-f]{64} {2}terraform-provider-sps_0\.1\.0_linux_amd64\.zip$/m);
      expect(sums).toMatch(/^[0-9a-f]{64} {2}terraform-provider-sps_0\.1\.0_manifest\.json$/m);
      const unpacked = path.join(work, 'unpacked');
      await run('unzip', ['-q', '-o', release.zip, '-d', unpacked]);
      const executable = path.join(unpacked, 'terraform-provider-sps_v0.1.0');
      const core = await FakeTerraformCore.launch(executable, { env: { PATH: '/nonexistent' } });
      console.log(
        `standalone provider: ${(release.executableBytes / 2 ** 20).toFixed(1)} MiB executable, ` +
          `${(readFileSync(release.zip).length / 2 ** 20).toFixed(1)} MiB zip, handshake in ${Math.round(core.timeToHandshakeMs)} ms`,
      );
      expect((await core.schema()).resources.has('sps_configuration')).toBe(true);
      core.kill();
    });

    (terraformPath ? test : test.skip)(
      'terraform init from a mirror on a PATH without node, then plan and apply the installed app',
      async () => {
        const tf = path.join(work, 'tf');
        const mirror = path.join(tf, 'mirror', 'registry.terraform.io', 'sps-iac', 'sps');
        mkdirSync(mirror, { recursive: true });
        copyFileSync(release.zip, path.join(mirror, path.basename(release.zip)));
        writeFileSync(
          path.join(tf, 'terraformrc'),
          `provider_installation {\n  filesystem_mirror {\n    path    = "${path.join(tf, 'mirror')}"\n    include = ["registry.terraform.io/sps-iac/*"]\n  }\n}\n`,
        );
        copyFileSync(path.join(app, 'cdktf.out/stacks/installed/cdk.tf.json'), path.join(tf, 'main.tf.json'));
        // no node, no npm: the provider must run on its own
        const env = terraformOnlyEnv(tf, path.join(tf, 'terraformrc'));
        const terraform = (...args: string[]) =>
          spawnAsync('terraform', [...args, '-no-color'], { cwd: tf, env });
        const init = await terraform('init');
        expect(init.stdout).toContain('Installing sps-iac/sps v0.1.0');
        expect(init.code).toBe(0);
        const apply = await terraform('apply', '-auto-approve');
        expect(apply.stdout).toContain('Apply complete! Resources: 1 added');
        expect(apply.code).toBe(0);
        const names = Object.values(emulator.committed().content_policies).map((p) => p.name);
        expect(names).toContain('installed-rm');
        const plan = await terraform('plan', '-detailed-exitcode');
        expect(plan.stdout).toContain('No changes.');
        expect(plan.code).toBe(0);
      },
      180_000,
    );
  });
});
