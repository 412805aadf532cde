/**
 * `sps validate|plan|apply` of real cdktf synth output (the constructs, synthesized by cdktf into a
 * stack directory): SpsObject and connection-policy bodies are JSON strings holding `${var.x}`
 * tokens and escaped `${env:NAME}` placeholders, whose values come from the write-only `secrets`
 * map — read as Terraform and the provider read them, against the emulator. Errors about a
 * pass-through object name the place of its body in cdk.tf.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  App,
  AuditPolicy,
  RdpConnectionPolicy,
  SplunkForwarder,
  SpsConfiguration,
  SpsObject,
  SpsSecret,
  SshConnectionPolicy,
  TerraformStack,
  TerraformVariable,
} from '../../constructs';
import { committedBody, startHarness, type Harness } from './helpers';

const VARS = {
  TF_VAR_clients: '10.1.0.0/16',
  TF_VAR_rdp_target: '10.3.0.7',
  TF_VAR_ssh_port: '2222',
  TF_VAR_gw_password: 'gw-password-canary',
  TF_VAR_hec_token: 'hec-token-canary',
};
const STACK = 'cdktf.out/stacks/sps';

/** Synthesizes the stack with cdktf itself (App.synth: manifest and stacks/sps/cdk.tf.json). */
function synthesize(outdir: string): void {
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'sps');
  const sps = new SpsConfiguration(stack, 'Sps');
  const str = (name: string) => new TerraformVariable(stack, name, { type: 'string' }).stringValue;
  const pci = new AuditPolicy(sps, 'Pci', { name: 'pci' });
  const shell = new SpsObject(sps, 'ShellOnly', {
    endpoint: 'ssh/channel_policies',
    name: 'shell-only',
    body: { rules: [{ actions: { audit: true } }] },
  });
  new SshConnectionPolicy(sps, 'OpsGw', {
    name: 'ops-gw',
    clients: [str('clients')],
    targets: ['10.2.0.0/16'],
    ports: [new TerraformVariable(stack, 'ssh_port', { type: 'number' }).numberValue],
    accessControl: [{ authorizer: 'security', permission: 'audit_and_authorize' }],
    fields: {
      audit_policy: SpsObject.ref(pci),
      channel_policy: SpsObject.ref(shell),
      credential_store: { password: SpsSecret.fromEnv(stack, 'gw_password') },
    },
    sensitivePaths: ['/credential_store/password'],
  });
  new RdpConnectionPolicy(sps, 'Jump', { name: 'jump', active: false, targets: [str('rdp_target')] });
  new SplunkForwarder(sps, 'Splunk', {
    host: 'splunk.example.com',
    token: SpsSecret.fromEnv(stack, 'hec_token'),
  });
  app.synth();
}

/** `line:column` of the JSON string that is the body of `ops-gw` in the synthesized file. */
function bodyPosition(file: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes('"ops-gw": "'));
  return `${line + 1}:${lines[line].indexOf('"ops-gw": "') + '"ops-gw": '.length + 1}`;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  synthesize(join(h.dir, 'cdktf.out'));
});
afterAll(() => h.close());

test('validate, plan and apply a synthesized stack; what reaches the appliance is what the variables and secrets gave', async () => {
  const validate = await h.cli(['validate', STACK], VARS);
  expect(validate.stderr).toBe('');
  expect(validate.stdout).toContain('is valid: 5 objects');
  expect(validate.code).toBe(0);

  const plan = await h.cli(['plan', STACK, '--detailed-exitcode'], VARS);
  expect(plan.code).toBe(2);
  const apply = await h.cli(['apply', STACK, '--auto-approve'], VARS);
  expect(apply.stderr).toBe('');
  expect(apply.code).toBe(0);
  for (const text of [plan.stdout, apply.stdout])
    for (const secret of [VARS.TF_VAR_gw_password, VARS.TF_VAR_hec_token]) expect(text).not.toContain(secret);

  const gw = committedBody(h.emu, 'ssh/connections', 'ops-gw')!.body;
  expect(gw).toMatchObject({
    network: { clients: ['10.1.0.0/16'], targets: ['10.2.0.0/16'], ports: [2222] },
    access_control: [{ authorizer: 'security', permission: 'audit_and_authorize' }],
    audit_policy: committedBody(h.emu, 'audit_policies', 'pci')!.key,
    channel_policy: committedBody(h.emu, 'ssh/channel_policies', 'shell-only')!.key,
    credential_store: { password: 'gw-password-canary' },
  });
  expect(committedBody(h.emu, 'rdp/connections', 'jump')!.body).toMatchObject({
    active: false,
    network: { targets: ['10.3.0.7'] },
  });
  expect(committedBody(h.emu, 'splunk_forwarder')!.body.token).toBe('hec-token-canary');
  expect((await h.cli(['plan', STACK, '--detailed-exitcode'], VARS)).code).toBe(0);
});

test("the secrets map fills a placeholder before the environment does, as the provider's", async () => {
  const synth = JSON.parse(readFileSync(join(h.dir, STACK, 'cdk.tf.json'), 'utf8'));
  const [name] = Object.keys(Object.values(synth.resource.sps_configuration as object)[0].secrets);
  const plan = await h.cli(['plan', STACK, '--detailed-exitcode'], {
    ...VARS,
    [name]: 'from-the-environment',
  });
  expect(plan.code).toBe(0); // the appliance holds the TF_VAR value: nothing to change
  const rotated = await h.cli(['plan', STACK, '--detailed-exitcode'], {
    ...VARS,
    TF_VAR_gw_password: 'rotated',
  });
  expect(rotated.code).toBe(2); // and a change of it is seen
});

test('an unset variable inside a body, and a body invalid after substitution, are placed at the body in cdk.tf.json', async () => {
  const file = join(h.dir, STACK, 'cdk.tf.json');
  const at = bodyPosition(file);
  const { TF_VAR_clients: _unset, ...withoutClients } = VARS;
  void _unset;
  const unset = await h.cli(['validate', STACK], withoutClients);
  expect(unset.code).toBe(1);
  expect(unset.stdout).toContain(
    `cdk.tf.json:${at}: error: Terraform variable "clients" is not set (set TF_VAR_clients) (/pass_through/ssh~1connections/objects/ops-gw)`,
  );
  const badPort = await h.cli(['validate', STACK, '--format', 'github'], {
    ...VARS,
    TF_VAR_ssh_port: '70000',
  });
  expect(badPort.code).toBe(1);
  const [line, col] = at.split(':');
  expect(badPort.stdout).toContain(`line=${line},col=${col}`);
  expect(badPort.stdout).toContain('/pass_through/ssh~1connections/objects/ops-gw/network/ports/0');
  expect(badPort.stdout).toContain('must be at most 65535');
  expect(badPort.stdout).not.toContain('must be object');
  const unsetSecret = await h.cli(['plan', STACK], { ...VARS, TF_VAR_gw_password: undefined });
  expect(unsetSecret.code).toBe(1);
  expect(unsetSecret.stderr).toMatch(
    /\/secrets\/SPS_SSH_CONNECTIONS_OPS_GW_\w+: Terraform variable "gw_password" is not set/,
  );
});

test('a secret written into a pass-through body of synth output is refused, as Terraform would keep it in its state', async () => {
  h.write('literal/cdk.tf.json', {
    terraform: {},
    variable: { pw: { type: 'string', ephemeral: true } },
    resource: {
      sps_configuration: {
        sps: {
          pass_through: {
            'ssh/connections': {
              sensitive_paths: ['/credential_store/password'],
              objects: { 'ops-gw': '{"credential_store":{"password":"${var.pw}"}}' },
            },
          },
        },
      },
    },
  });
  const r = await h.cli(['validate', 'literal'], { TF_VAR_pw: 'literal-canary' });
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(
    /cdk\.tf\.json:\d+:\d+: error: is a secret written into a pass-through body, which Terraform keeps in its state/,
  );
  expect(r.stdout).not.toContain('literal-canary');
});
