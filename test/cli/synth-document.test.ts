/**
 * `sps validate|plan` of cdktf synth output rendered into `sps_document` (SpsConfiguration with
 * `resource: 'document'`): the document string is read as the provider reads it — however long,
 * strictly, its placeholders from the write-only `secrets` — and every finding names cdk.tf.json's
 * line:column of the character inside the string; `--resource` chooses between resources of both
 * types, and errors name the type found.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  App,
  AuditPolicy,
  BackupPolicy,
  BackupTarget,
  SplunkForwarder,
  SpsConfiguration,
  SpsSecret,
  SshConnectionPolicy,
  TerraformStack,
  TerraformVariable,
} from '../../constructs';
import { startHarness, type Harness } from './helpers';

const VARS = { TF_VAR_hec_token: 'canary-hec-synth-doc', TF_VAR_when: '4:45', TF_VAR_net: '7' };
const POLICIES = 1_000;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  const app = new App({ outdir: join(h.dir, 'cdktf.out') });
  // a document of a thousand objects: one string far longer than any value a document may hold
  const large = new TerraformStack(app, 'large');
  const many = new SpsConfiguration(large, 'Sps', { resource: 'document' });
  for (let i = 0; i < POLICIES; i++) new AuditPolicy(many, `Audit${i}`, { name: `audit-${i}` });

  const small = new TerraformStack(app, 'small');
  const sps = new SpsConfiguration(small, 'Sps', { resource: 'document' });
  const str = (name: string) => new TerraformVariable(small, name, { type: 'string' }).stringValue;
  new BackupPolicy(sps, 'Nightly', {
    name: 'nightly',
    target: BackupTarget.nfs({ server: '10.0.0.5', path: '/backup' }),
    startTimes: [str('when')],
  });
  new SplunkForwarder(sps, 'Splunk', {
    host: 'splunk.example.com',
    token: SpsSecret.fromEnv(small, 'hec_token'),
  });
  new SshConnectionPolicy(sps, 'OpsGw', { name: 'ops-gw', targets: [`10.2.${str('net')}.0/24`] });

  // both resource types in one stack, one appliance each
  const both = new TerraformStack(app, 'both');
  new AuditPolicy(new SpsConfiguration(both, 'Typed', { providerAlias: 'a' }), 'Pci', { name: 'pci' });
  new AuditPolicy(new SpsConfiguration(both, 'Doc', { providerAlias: 'b', resource: 'document' }), 'Sox', {
    name: 'sox',
  });
  app.synth();
});
afterAll(() => h.close());

const stackFile = (stack: string) => join(h.dir, 'cdktf.out/stacks', stack, 'cdk.tf.json');

/** `line:column` in cdk.tf.json of the first occurrence of `text` (as the file writes it). */
function positionOf(file: string, text: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(text));
  if (line < 0) throw new Error(`${text} is not in ${file}`);
  return `${line + 1}:${lines[line].indexOf(text) + 1}`;
}

test('a document of a thousand objects is one string longer than any value may be: read, and valid', async () => {
  const document = Object.values(
    JSON.parse(readFileSync(stackFile('large'), 'utf8')).resource.sps_document as Record<
      string,
      { document: string }
    >,
  )[0].document;
  expect(document.length).toBeGreaterThan(65_536);
  const r = await h.cli(['validate', 'cdktf.out/stacks/large']);
  expect(r.stdout).toContain(`is valid: ${POLICIES} objects`);
  expect(r.code).toBe(0);
  // only the document string may be that long: anywhere else in the file the limit holds
  const synth = JSON.parse(readFileSync(stackFile('large'), 'utf8'));
  const [resource] = Object.values(synth.resource.sps_document as Record<string, Record<string, unknown>>);
  resource.secrets = { LONG: 'x'.repeat(70_000) };
  h.write('long-secret/cdk.tf.json', synth);
  const long = await h.cli(['validate', 'long-secret']);
  expect(long.code).toBe(1);
  expect(long.stdout).toContain('a string longer than 65536 characters');
});

test('validate and plan: variables and secrets as Terraform gives them; the secret never printed', async () => {
  const validate = await h.cli(['validate', 'cdktf.out/stacks/small'], VARS);
  expect(validate.stdout).toContain('is valid: 3 objects');
  const plan = await h.cli(['plan', 'cdktf.out/stacks/small', '--detailed-exitcode'], VARS);
  expect(plan.stderr).toBe('');
  expect(plan.code).toBe(2);
  expect(plan.stdout).toContain('nightly');
  expect(plan.stdout).not.toContain(VARS.TF_VAR_hec_token);
});

test('a finding inside the document names cdk.tf.json:line:column of its place in the string', async () => {
  const file = stackFile('small');
  const badTime = await h.cli(['validate', 'cdktf.out/stacks/small'], { ...VARS, TF_VAR_when: '25:00' });
  expect(badTime.code).toBe(1);
  // a value a variable gave is named at its interpolation
  expect(badTime.stdout).toContain(
    `cdk.tf.json:${positionOf(file, '${jsonencode(var.when)}')}: error: must be a time in H:MM or HH:MM format (0:00 to 23:59) (/backup_policies/nightly/start_times/0)`,
  );
  // a value that breaks the JSON (a token inside longer text is inserted as it is)
  const broken = await h.cli(['validate', 'cdktf.out/stacks/small'], { ...VARS, TF_VAR_net: '7"' });
  expect(broken.code).toBe(1);
  // the parser stops at the literal `.0/24` after the inserted `7"`: named where the file has it
  const interpolation = '${var.net}';
  const [line, column] = positionOf(file, interpolation).split(':').map(Number);
  expect(broken.stdout).toContain(
    `cdk.tf.json:${line}:${column + interpolation.length}: error: not valid JSON: expected "," or "]" (/document)`,
  );
  const unset = await h.cli(['validate', 'cdktf.out/stacks/small'], {
    TF_VAR_hec_token: 'x',
    TF_VAR_net: '7',
  });
  expect(unset.stdout).toContain(
    `cdk.tf.json:${positionOf(file, '${jsonencode(var.when)}')}: error: Terraform variable "when" is not set (set TF_VAR_when) (/document)`,
  );
});

test('a secret written into the document is refused, as the provider refuses it: Terraform keeps the text', async () => {
  const synth = JSON.parse(readFileSync(stackFile('small'), 'utf8'));
  const [resource] = Object.values(synth.resource.sps_document as Record<string, { document: string }>);
  resource.document = resource.document.replace(/"\$\$\{env:[A-Z0-9_]+\}"/, '"canary-literal-token"');
  h.write('literal/cdk.tf.json', synth);
  const r = await h.cli(['validate', 'literal'], VARS);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(
    /cdk\.tf\.json:\d+:\d+: error: is a secret written into the document, which Terraform keeps in its state.*\(\/splunk_forwarder\/token\)/,
  );
  expect(r.stdout).not.toContain('canary-literal-token');
});

test('an argument sps_document does not have is refused, naming the resource type found', async () => {
  const synth = JSON.parse(readFileSync(stackFile('small'), 'utf8'));
  const [[id, resource]] = Object.entries(
    synth.resource.sps_document as Record<string, Record<string, unknown>>,
  );
  resource.audit_policies = { pci: {} };
  h.write('extra/cdk.tf.json', synth);
  const r = await h.cli(['plan', 'extra'], VARS);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(`(resource.sps_document.${id}) cannot be used`);
  expect(r.stderr).toContain(
    '/audit_policies: is not an argument of sps_document (it takes document and secrets)',
  );
});

test('--resource chooses between resources of both types, by id or TYPE.ID', async () => {
  const synth = JSON.parse(readFileSync(stackFile('both'), 'utf8'));
  const [typed] = Object.keys(synth.resource.sps_configuration);
  const [doc] = Object.keys(synth.resource.sps_document);
  const none = await h.cli(['validate', 'cdktf.out/stacks/both']);
  expect(none.code).toBe(1);
  expect(none.stdout).toContain(
    `has 2 SPS resources (sps_configuration.${typed}, sps_document.${doc}); choose one with --resource`,
  );
  const byId = await h.cli(['validate', 'cdktf.out/stacks/both', '--resource', doc]);
  expect(byId.stdout).toContain('is valid: 1 object');
  const byType = await h.cli([
    'validate',
    'cdktf.out/stacks/both',
    '--resource',
    `sps_configuration.${typed}`,
  ]);
  expect(byType.stdout).toContain('is valid: 1 object');
  const missing = await h.cli(['validate', 'cdktf.out/stacks/both', '--resource', 'sps_document.nope']);
  expect(missing.stdout).toContain(
    `has no SPS resource "sps_document.nope" (it has: sps_configuration.${typed}, sps_document.${doc})`,
  );
  // two resources named alike: only TYPE.ID tells them apart
  synth.resource.sps_configuration[doc] = synth.resource.sps_configuration[typed];
  h.write('twins/cdk.tf.json', synth);
  const twins = await h.cli(['validate', 'twins', '--resource', doc]);
  expect(twins.stdout).toContain(`2 resources named "${doc}"`);
  expect((await h.cli(['validate', 'twins', '--resource', `sps_document.${doc}`])).code).toBe(0);
});
