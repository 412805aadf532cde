/**
 * Strings of cdktf synth output evaluated as Terraform evaluates them: `${var.NAME}` anywhere in a
 * string, with the variable's type when it is the whole string, `$${` and `%%{` as escapes, and
 * everything else Terraform could evaluate but the CLI cannot refused by name.
 */
import { evaluateString, type TemplateContext } from '../../src/cli/terraform-template';

function context(env: NodeJS.ProcessEnv, variables: TemplateContext['variables'] = {}) {
  const secrets: string[] = [];
  const ctx: TemplateContext = { variables, env, onSecret: (v) => secrets.push(v) };
  return { ctx, secrets };
}

test('a variable anywhere in a string; a whole-string one keeps its declared type', () => {
  const { ctx } = context(
    { TF_VAR_net: '7', TF_VAR_port: '2222', TF_VAR_on: 'true' },
    { net: { type: 'string' }, port: { type: 'number' }, on: { type: 'bool' } },
  );
  expect(evaluateString('10.1.${var.net}.0/24', ctx)).toEqual({ value: '10.1.7.0/24' });
  expect(evaluateString('${var.port}', ctx)).toEqual({ value: 2222 });
  expect(evaluateString('${var.on}', ctx)).toEqual({ value: true });
  expect(evaluateString('{"ports":[${var.port}],"on":${var.on}}', ctx)).toEqual({
    value: '{"ports":[2222],"on":true}',
  });
});

test("Terraform's escapes are literal text: $${ and %%{", () => {
  const { ctx } = context({});
  expect(evaluateString('{"password":"$${env:GW_PASSWORD}"}', ctx)).toEqual({
    value: '{"password":"${env:GW_PASSWORD}"}',
  });
  expect(evaluateString('100%%{x}', ctx)).toEqual({ value: '100%{x}' });
  // the CLI's own unescaped placeholder stays as written
  expect(evaluateString('${env:HEC_TOKEN}', ctx)).toEqual({ value: '${env:HEC_TOKEN}' });
});

test('unset variables take their default; values of sensitive, ephemeral and undeclared ones are secrets', () => {
  const { ctx, secrets } = context(
    {
      TF_VAR_a: 'plain-value',
      TF_VAR_b: 'sensitive-value',
      TF_VAR_c: 'ephemeral-value',
      TF_VAR_d: 'undeclared',
    },
    { a: {}, b: { sensitive: true }, c: { ephemeral: true }, dflt: { type: 'number', default: 8088 } },
  );
  for (const name of ['a', 'b', 'c', 'd']) evaluateString(`\${var.${name}}`, ctx);
  expect(secrets).toEqual(['sensitive-value', 'ephemeral-value', 'undeclared']);
  expect(evaluateString('${var.dflt}', ctx)).toEqual({ value: 8088 });
  expect(evaluateString('${var.unset}', ctx)).toEqual({
    problem: 'Terraform variable "unset" is not set (set TF_VAR_unset)',
  });
});

test('what the CLI cannot evaluate is refused by name', () => {
  const { ctx } = context(
    { TF_VAR_port: 'many', TF_VAR_list: '["a"]' },
    {
      port: { type: 'number' },
      list: { type: 'list(string)' },
    },
  );
  expect(evaluateString('${sps_configuration.x.id}', ctx)).toEqual({
    problem:
      'the Terraform expression ${sps_configuration.x.id} cannot be evaluated outside Terraform (only ${var.NAME} is supported)',
  });
  expect(evaluateString('%{ if true }x%{ endif }', ctx)).toMatchObject({
    problem: expect.stringContaining('%{ if true } cannot be evaluated'),
  });
  expect(evaluateString('${var.port}', ctx)).toEqual({
    problem: 'TF_VAR_port is not a number (variable "port" has type number)',
  });
  expect(evaluateString('${var.list}', ctx)).toMatchObject({
    problem: expect.stringContaining('has type list(string)'),
  });
});
