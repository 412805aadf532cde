/** SpsSecret: secrets render as sensitive-variable references; only unsafePlainText renders a value. */
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

describe('SpsSecret', () => {
  it('fromEnv declares one sensitive variable per name, filled by Terraform from TF_VAR_<name>', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const sps = new SpsConfiguration(stack, 'Sps', {
      connection: { password: SpsSecret.fromEnv(stack, 'SPS_REST_PASSWORD') },
    });
    const token = SpsSecret.fromEnv(stack, 'SPS_REST_PASSWORD');
    expect(token.envName).toBe('TF_VAR_SPS_REST_PASSWORD');
    new SplunkForwarder(sps, 'Splunk', { host: 'splunk.example.com', token });

    const { json, configuration } = synth(stack);
    expect(Object.keys(json.variable as JsonObject)).toEqual(['SPS_REST_PASSWORD']);
    expect((json.variable as Record<string, JsonObject>).SPS_REST_PASSWORD).toMatchObject({
      sensitive: true,
      type: 'string',
    });
    expect((json.provider as { sps: JsonObject[] }).sps[0].password).toBe('${var.SPS_REST_PASSWORD}');
    expect((configuration.splunk_forwarder as JsonObject).token).toBe('${var.SPS_REST_PASSWORD}');
  });

  it('fromVariable renders the variable reference', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const sps = new SpsConfiguration(stack, 'Sps');
    const hec = new TerraformVariable(stack, 'hec_token', { type: 'string', sensitive: true });
    new SplunkForwarder(sps, 'Splunk', { host: 'splunk.example.com', token: SpsSecret.fromVariable(hec) });
    expect((synth(stack).configuration.splunk_forwarder as JsonObject).token).toBe('${var.hec_token}');
  });

  it('never prints its value when converted to a string or JSON', () => {
    const secret = SpsSecret.unsafePlainText('hunter2');
    expect(String(secret)).toBe('SpsSecret(plain text)');
    expect(JSON.stringify({ secret })).not.toContain('hunter2');
  });

  it('refuses a name Terraform cannot use for a variable', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    expect(() => SpsSecret.fromEnv(stack, 'bad name')).toThrow(/not a valid Terraform variable name/);
  });

  it('renders nothing for kinds that were not declared', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    new AuditPolicy(new SpsConfiguration(stack, 'Sps'), 'Audit');
    expect(Object.keys(synth(stack).configuration).sort()).toEqual([
      'allow_archive_recreate',
      'audit_policies',
    ]);
  });
});
