/**
 * Every Example Usage of the registry docs (the provider's, each resource's, each data source's) is
 * a configuration the real Terraform accepts: each example file alone in a working directory, with
 * the provider from a filesystem mirror (`terraform init` offline), passes `terraform validate`.
 * Validate checks names, types and required attributes, but Terraform drops an unknown attribute of
 * a nested object without a word and the provider checks a configuration against the model only
 * once every value is known (variables are not, at validate time): so each resource and data source
 * example is also planned against the emulator, its variables set, which runs the provider's checks.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { documentedItems } from '../../scripts/generate-docs';
import { readFileSync } from 'node:fs';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { installIntoMirror } from '../../src/provider/install';
import { terraformAvailable } from '../provider/terraform-workspace';
import { ROOT } from './packed';

if (!terraformAvailable)
  console.warn('\n!!! terraform is not on PATH: SKIPPING the terraform validate of the docs examples !!!\n');

/** What a resource or data source example leaves to the provider's page: where `sps` comes from. */
const REQUIRED_PROVIDERS =
  'terraform {\n  required_providers {\n    sps = { source = "sps-iac/sps" }\n  }\n}\n';

let work: string;
let env: NodeJS.ProcessEnv;
let emulator: RunningEmulator;
beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'sps-docs-examples-'));
  emulator = await startEmulator();
  emulator.writeCaFile(path.join(work, 'ca.pem'));
  const mirror = installIntoMirror(path.join(work, 'mirror'));
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('SPS_') && !k.startsWith('TF_')),
  );
  env = {
    ...inherited,
    TF_CLI_CONFIG_FILE: mirror.cliConfigFile,
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
  };
});
afterAll(async () => {
  await emulator?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The emulator's connection, and a value for every variable the example declares. */
function planEnvironment(example: string): NodeJS.ProcessEnv {
  const variables = [...readFileSync(example, 'utf8').matchAll(/^variable "(\w+)"/gm)].map((m) => m[1]);
  return {
    SPS_URL: emulator.url,
    SPS_USERNAME: emulator.username,
    SPS_PASSWORD: emulator.password,
    SPS_CA_FILE: path.join(work, 'ca.pem'),
    ...Object.fromEntries(variables.map((v) => [`TF_VAR_${v}`, `example-${v}`])),
  };
}

function terraform(
  dir: string,
  args: string[],
  more: NodeJS.ProcessEnv = {},
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('terraform', [...args, '-no-color'], {
      cwd: dir,
      env: { ...env, ...more },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (output += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (output += t));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, output }));
  });
}

(terraformAvailable ? test.each : test.skip.each)(
  documentedItems().map((item) => [item.example, item] as const),
)(
  '%s passes terraform validate, and plans',
  async (example, item) => {
    const dir = path.join(work, item.kind, item.typeName);
    mkdirSync(dir, { recursive: true });
    copyFileSync(path.join(ROOT, example), path.join(dir, 'main.tf'));
    if (item.kind !== 'provider') writeFileSync(path.join(dir, 'versions.tf'), REQUIRED_PROVIDERS);
    const init = await terraform(dir, ['init', '-backend=false']);
    expect(init.output).toContain('Terraform has been successfully initialized');
    const validate = await terraform(dir, ['validate']);
    expect(validate.output).toContain('Success! The configuration is valid.');
    expect(validate.status).toBe(0);
    if (item.kind === 'provider') return; // it names an appliance of its own: validated, not planned
    const plan = await terraform(dir, ['plan', '-input=false'], planEnvironment(path.join(ROOT, example)));
    expect(plan.output).not.toMatch(/Error|Warning/);
    expect(plan.status).toBe(0);
  },
  120_000,
);
