/**
 * Real Terraform (1.11.4 here) driving the toy provider through dev_overrides: validate, plan,
 * apply, an empty follow-up plan, the schema document, an attribute diagnostic on the right line,
 * and destroy. One shared workspace; skipped with a loud warning when terraform is not on PATH.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { schemaToJson } from '../../src/provider/tf';
import { toyProvider } from './fixtures/toy-definition';

const terraformAvailable = spawnSync('sh', ['-c', 'command -v terraform']).status === 0;
if (!terraformAvailable)
  console.warn('\n!!! terraform is not on PATH: SKIPPING the real-Terraform provider tests !!!\n');
const describeWithTerraform = terraformAvailable ? describe : describe.skip;

const MAIN_TF = `terraform {
  required_providers {
    toy = { source = "example/toy" }
  }
}

provider "toy" {
  store_dir = "\${path.module}/store"
}

resource "toy_note" "a" {
  title  = "hello"
  secret = "s3cret"
  entries = {
    first = { value = "one" }
  }
}

data "toy_notes" "all" {
  title_prefix = "hel"
  depends_on   = [toy_note.a]
}

output "total" {
  value = data.toy_notes.all.total
}
`;

const BAD_TF = `terraform {
  required_providers {
    toy = { source = "example/toy" }
  }
}

resource "toy_note" "b" {
  title = "ok"
  entries = {
    first = {
      value = ""
    }
  }
}
`;

describeWithTerraform('terraform with the toy provider', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'toy-tf-'));
    mkdirSync(path.join(dir, 'store'));
    mkdirSync(path.join(dir, 'bad'));
    writeFileSync(path.join(dir, 'main.tf'), MAIN_TF);
    writeFileSync(path.join(dir, 'bad', 'main.tf'), BAD_TF);
    const rc = path.join(dir, 'dev.tfrc');
    writeFileSync(
      rc,
      `provider_installation {\n  dev_overrides {\n    "example/toy" = "${path.join(__dirname, 'fixtures')}"\n  }\n  direct {}\n}\n`,
    );
    env = {
      ...process.env,
      TF_CLI_CONFIG_FILE: rc,
      CHECKPOINT_DISABLE: '1',
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
    };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const terraform = (args: string[], cwd = dir) => {
    const r = spawnSync('terraform', [...args, '-no-color'], { cwd, env, encoding: 'utf8', timeout: 60_000 });
    return { status: r.status, output: `${r.stdout}${r.stderr}` };
  };

  test('validate, plan, apply, empty plan, schema, destroy', () => {
    const validate = terraform(['validate']);
    expect(validate.output).toContain('The configuration is valid');
    expect(validate.status).toBe(0);

    const plan = terraform(['plan']);
    expect(plan.status).toBe(0);
    expect(plan.output).toContain('toy_note.a will be created');
    expect(plan.output).toMatch(/secret += \(sensitive value\)/);
    expect(plan.output).not.toContain('s3cret');

    const apply = terraform(['apply', '-auto-approve']);
    expect(apply.output).toContain('Apply complete! Resources: 1 added, 0 changed, 0 destroyed.');
    expect(apply.output).toContain('total = 1');
    expect(readdirSync(path.join(dir, 'store'))).toHaveLength(1);

    const again = terraform(['plan', '-detailed-exitcode']);
    expect(again.output).toContain('No changes.');
    expect(again.status).toBe(0);

    const schema = execFileSync('terraform', ['providers', 'schema', '-json'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    expect(JSON.parse(schema)).toEqual(schemaToJson(toyProvider, { namespace: 'example' }));

    const destroy = terraform(['destroy', '-auto-approve']);
    expect(destroy.output).toContain('Destroy complete! Resources: 1 destroyed.');
    expect(readdirSync(path.join(dir, 'store'))).toEqual([]);
  });

  test('an attribute diagnostic points at the offending line', () => {
    const validate = terraform(['validate'], path.join(dir, 'bad'));
    expect(validate.status).toBe(1);
    expect(validate.output).toContain('Error: Empty entry');
    expect(validate.output).toMatch(/on main\.tf line 10, in resource "toy_note" "b":/);
  });
});
