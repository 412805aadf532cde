/**
 * examples/basic, plus what the example does not show, rendered into either resource: pass-through
 * objects with a secret, tokens of every type in a body (a number, a bool, a list, a string holding
 * quotes and a backslash, a token inside longer text) and literal `${…}` and `%{…}` text, which must
 * reach the appliance as written. document-app.ts runs it for `cdktf synth`; the tests build it too.
 */
import type { Construct } from 'constructs';
import {
  SpsConfiguration,
  SpsObject,
  SpsSecret,
  SshConnectionPolicy,
  TerraformVariable,
  type SpsResourceType,
} from '../../constructs';
import { BasicStack } from '../../examples/basic/stack';

/** The variables the stack adds to examples/basic, with values a test sets (TF_VAR_<name>). */
export const EXTRA_VARIABLES = {
  gateway_password: 'canary-gateway-password-D0c',
  ssh_port: '2222',
  audit_channels: 'true',
  gateway_clients: '["10.1.0.0/16","10.9.0.0/16"]',
  gateway_note: 'quoted "ops" gateway \\ backslash',
  target_net: '7',
};

/** Literal text that looks like Terraform's template syntax: it must reach the appliance as written. */
export const LITERAL_TEMPLATE_TEXT = 'echo ${HOME} %{ if x }';

export class DocumentTestStack extends BasicStack {
  readonly sps: SpsConfiguration;

  constructor(scope: Construct, id: string, resource?: SpsResourceType) {
    super(scope, id, { resource });
    this.sps = this.node
      .findAll()
      .find((c): c is SpsConfiguration => SpsConfiguration.isSpsConfiguration(c))!;
    const variable = (name: keyof typeof EXTRA_VARIABLES, type: string) =>
      new TerraformVariable(this, name, { type });
    const shell = new SpsObject(this.sps, 'ShellOnly', {
      endpoint: 'ssh/channel_policies',
      name: 'shell-only',
      body: {
        rules: [
          {
            actions: { audit: variable('audit_channels', 'bool').booleanValue },
            note: LITERAL_TEMPLATE_TEXT,
          },
        ],
      },
    });
    new SshConnectionPolicy(this.sps, 'OpsGw', {
      name: 'ops-gw',
      clients: variable('gateway_clients', 'list(string)').listValue,
      targets: [`10.2.${variable('target_net', 'string').stringValue}.0/24`],
      ports: [variable('ssh_port', 'number').numberValue],
      fields: {
        channel_policy: SpsObject.ref(shell),
        description: variable('gateway_note', 'string').stringValue,
        credential_store: { password: SpsSecret.fromEnv(this, 'gateway_password') },
      },
      sensitivePaths: ['/credential_store/password'],
    });
  }
}
