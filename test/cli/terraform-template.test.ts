/**
 * Strings of cdktf synth output evaluated as Terraform evaluates them: `${var.NAME}` anywhere in a
 * string, with the variable's type when it is the whole string, `${jsonencode(var.NAME)}` as the
 * JSON Terraform writes, `$${` and `%%{` as escapes, and everything else Terraform could evaluate but
 * the CLI cannot refused by name. Each character of a value maps back to its place in the template.
 */
import { evaluateString, evaluateTemplate, type TemplateContext } from '../../src/cli/terraform-template';

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

test('jsonencode(var.NAME) is JSON of the value, escaped as Terraform writes it; lists, sets and maps come as JSON', () => {
  const { ctx } = context(
    {
      TF_VAR_note: 'a "quoted" \\ <tag> & more',
      TF_VAR_port: '2222',
      TF_VAR_on: 'false',
      TF_VAR_nets: '["10.1.0.0/16", "10.9.0.0/16"]',
      TF_VAR_ports: '[22, 2222]',
      TF_VAR_tags: '{"b": "2", "a": "1"}',
    },
    {
      note: { type: 'string' },
      port: { type: 'number' },
      on: { type: 'bool' },
      nets: { type: 'list(string)' },
      ports: { type: 'set(number)' },
      tags: { type: 'map(string)' },
    },
  );
  const text =
    '{"n":${jsonencode(var.note)},"p":${jsonencode(var.port)},"o":${jsonencode(var.on)},' +
    '"l":${jsonencode(var.nets)},"s":${ jsonencode( var.ports ) },"m":${jsonencode(var.tags)}}';
  const evaluated = evaluateString(text, ctx) as { value: string };
  expect(evaluated.value).toContain('"n":"a \\"quoted\\" \\\\ \\u003ctag\\u003e \\u0026 more"');
  expect(JSON.parse(evaluated.value)).toEqual({
    n: 'a "quoted" \\ <tag> & more',
    p: 2222,
    o: false,
    l: ['10.1.0.0/16', '10.9.0.0/16'],
    s: [22, 2222],
    m: { a: '1', b: '2' },
  });
  expect(evaluateString('${var.nets}', ctx)).toEqual({ value: ['10.1.0.0/16', '10.9.0.0/16'] });
});

test('each character of a value names its place in the template: an interpolated one its ${', () => {
  const { ctx } = context({ TF_VAR_net: '123' }, { net: { type: 'string' } });
  const template = 'a $${b} ${var.net} c';
  const evaluated = evaluateTemplate(template, ctx);
  if (!('value' in evaluated)) throw new Error(evaluated.problem);
  expect(evaluated.value).toBe('a ${b} 123 c');
  const placed = [...String(evaluated.value)].map((_, i) => evaluated.templateOffset(i));
  //                a  ' ' $  {  b  }  ' ' 1  2  3  ' ' c
  expect(placed).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 8, 8, 18, 19]);
  expect(evaluateTemplate('{"x": ${var.unset}}', ctx)).toMatchObject({ at: 6 });
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
    { TF_VAR_port: 'many', TF_VAR_list: '["a", 1]', TF_VAR_hcl: '["a",]', TF_VAR_object: '{"a": "b"}' },
    {
      port: { type: 'number' },
      list: { type: 'list(string)' },
      hcl: { type: 'list(string)' },
      object: { type: 'object({a = string})' },
    },
  );
  expect(evaluateString('${sps_configuration.x.id}', ctx)).toEqual({
    problem:
      'the Terraform expression ${sps_configuration.x.id} cannot be evaluated outside Terraform (only ${var.NAME} and ${jsonencode(var.NAME)} are supported)',
  });
  expect(evaluateString('%{ if true }x%{ endif }', ctx)).toMatchObject({
    problem: expect.stringContaining('%{ if true } cannot be evaluated'),
  });
  expect(evaluateString('${var.port}', ctx)).toEqual({
    problem: 'TF_VAR_port is not a number (variable "port" has type number)',
  });
  expect(evaluateString('${var.list}', ctx)).toEqual({
    problem: 'TF_VAR_list is not a JSON array of string values (variable "list" has type list(string))',
  });
  expect(evaluateString('${var.hcl}', ctx)).toMatchObject({
    problem: expect.stringContaining('not a JSON array'),
  });
  expect(evaluateString('${jsonencode(var.object)}', ctx)).toMatchObject({
    problem: expect.stringContaining('has type object({a = string})'),
  });
});
