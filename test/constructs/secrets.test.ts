/**
 * SpsSecret: secrets render as references to ephemeral (or sensitive) variables, which feed the
 * provider's write-only arguments; only unsafePlainText renders a value.
 */
import {
  AuditPolicy,
  SplunkForwarder,
  SpsConfiguration,
  SpsSecret,
  TerraformStack,
  TerraformVariable,
  Testing,
} from '../../constructs';
import { synth, type JsonObject } from './helpers';

const warningsOf = (variable: TerraformVariable): string[] =>
  variable.node.metadata.filter((m) => /warn/.test(m.type)).map((m) => String(m.data));

describe('SpsSecret', () => {
  it('fromEnv declares one ephemeral, not sensitive, variable per name, filled by Terraform from TF_VAR_<name>', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const sps = new SpsConfiguration(stack, 'Sps', {
      connection: { password: SpsSecret.fromEnv(stack, 'SPS_REST_PASSWORD') },
    });
    const token = SpsSecret.fromEnv(stack, 'SPS_REST_PASSWORD');
    expect(token.envName).toBe('TF_VAR_SPS_REST_PASSWORD');
    new SplunkForwarder(sps, 'Splunk', { host: 'splunk.example.com', token });

    const { json, configuration } = synth(stack);
    expect(json.variable).toEqual({
      SPS_REST_PASSWORD: {
        type: 'string',
        ephemeral: true,
        nullable: false,
        description: 'Secret; set TF_VAR_SPS_REST_PASSWORD in the environment.',
      },
    });
    expect((json.provider as { sps: JsonObject[] }).sps[0].password).toBe('${var.SPS_REST_PASSWORD}');
    expect((configuration.splunk_forwarder as JsonObject).token).toBe('${var.SPS_REST_PASSWORD}');
  });

  it('fromVariable takes an ephemeral variable as it is, and a sensitive one with a warning about saved plans', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const sps = new SpsConfiguration(stack, 'Sps');
    const hec = new TerraformVariable(stack, 'hec_token', { type: 'string' });
    hec.addOverride('ephemeral', true);
    new SplunkForwarder(sps, 'Splunk', { host: 'splunk.example.com', token: SpsSecret.fromVariable(hec) });
    expect((synth(stack).configuration.splunk_forwarder as JsonObject).token).toBe('${var.hec_token}');
    expect(warningsOf(hec)).toEqual([]);

    const legacy = new TerraformVariable(stack, 'legacy', { type: 'string', sensitive: true });
    SpsSecret.fromVariable(legacy);
    expect(warningsOf(legacy)).toEqual([
      expect.stringContaining('is not ephemeral: Terraform writes its value into saved plan files'),
    ]);
  });

  it('never prints its value when converted to a string or JSON', () => {
    const secret = SpsSecret.unsafePlainText('hunter2');
    expect(String(secret)).toBe('SpsSecret(plain text)');
    expect(JSON.stringify({ secret })).not.toContain('hunter2');
    expect(SpsSecret.isSpsSecret(secret)).toBe(true);
    expect(SpsSecret.isSpsSecret({ source: 'plain text' })).toBe(false);
  });

  it('refuses a name Terraform cannot use for a variable', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(() => SpsSecret.fromEnv(stack, 'bad name')).toThrow(/not a valid Terraform variable name/);
  });

  it('renders nothing for kinds that were not declared, and no secrets map without pass-through secrets', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    new AuditPolicy(new SpsConfiguration(stack, 'Sps'), 'Audit');
    expect(Object.keys(synth(stack).configuration).sort()).toEqual([
      'allow_archive_recreate',
      'audit_policies',
    ]);
  });
});
