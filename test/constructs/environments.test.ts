/**
 * examples/environments: one construct tree, one stack per environment. The real entry point
 * synthesizes three stacks whose configurations differ only by the per-environment values.
 */
import * as path from 'node:path';
import { parseDesiredState } from '../../src/reconcile';
import { REPO_ROOT, fromJson, substituteVariables, synthExample, type JsonObject } from './helpers';

type Policies = Record<string, JsonObject>;

describe('examples/environments', () => {
  let stacks: Map<string, JsonObject>;

  beforeAll(async () => {
    stacks = await synthExample(path.join(REPO_ROOT, 'examples/environments/main.ts'));
  });

  it('synthesizes dev, staging and prod stacks, each one appliance with its own provider settings', () => {
    expect([...stacks.keys()].sort()).toEqual(['sps-dev', 'sps-prod', 'sps-staging']);
    for (const stack of stacks.values()) {
      // no host is written into code: each stack's variables, or the provider's SPS_* when unset
      expect((stack.provider as { sps: JsonObject[] }).sps[0]).toEqual({
        url: '${var.sps_url}',
        username: '${var.sps_username}',
        password: '${var.sps_password}',
      });
      const variables = stack.variable as Record<string, JsonObject>;
      for (const name of ['sps_url', 'sps_username', 'sps_password'])
        expect(variables[name]).toMatchObject({ default: null, nullable: true });
      expect(variables.sps_password).toMatchObject({ ephemeral: true });
      expect(variables.sps_password).not.toHaveProperty('sensitive');
      // the trusted CA list is the appliance's own: named per environment, no default fits all
      expect(variables.siem_trusted_ca_list).toMatchObject({ type: 'string' });
      expect(variables.siem_trusted_ca_list).not.toHaveProperty('default');
    }
  });

  it('renders per-environment values into the same policy shapes', () => {
    const configs = new Map([...stacks].map(([name, json]) => [name, fromJson(json).configuration]));
    const retention = (name: string) =>
      (configs.get(name)!.archive_cleanup_policies as Policies)['trail-archive'].retention_days;
    expect(['sps-dev', 'sps-staging', 'sps-prod'].map(retention)).toEqual([7, 30, 90]);

    const terminate = (name: string) =>
      (
        (configs.get(name)!.content_policies as Policies)['dangerous-commands'].rules as {
          actions: JsonObject;
        }[]
      )[0].actions.terminate;
    expect(['sps-dev', 'sps-staging', 'sps-prod'].map(terminate)).toEqual([false, true, true]);

    const prodBackup = (configs.get('sps-prod')!.backup_policies as Policies).nightly.target as JsonObject;
    expect(prodBackup.server).toEqual({ selection: 'ip', value: '10.20.0.5' });
    expect(Object.keys(configs.get('sps-dev')!).sort()).toEqual(Object.keys(configs.get('sps-prod')!).sort());
  });

  it('gives every environment a configuration the model accepts', () => {
    for (const [name, json] of stacks) {
      const document = substituteVariables(fromJson(json).configuration, { siem_trusted_ca_list: 'soc-cas' });
      const desired = parseDesiredState(document, { source: name, env: {} });
      expect(desired.singletons.get('system_backup')).toEqual({ backup_policy: 'nightly' });
    }
  });
});
