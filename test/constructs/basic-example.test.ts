/**
 * examples/basic through real cdktf synthesis: the `sps_configuration` it produces is a desired
 * state the model accepts, secrets stay Terraform variable references, references render names.
 */
import * as path from 'node:path';
import { kindOf, type JsonObject as ModelJson, type KindName } from '../../src/model';
import { parseDesiredState, secretPaths } from '../../src/reconcile';
import { Testing } from '../../constructs';
import { BasicStack } from '../../examples/basic/stack';
import {
  REPO_ROOT,
  fromJson,
  substituteVariables,
  synth,
  synthExample,
  type Json,
  type JsonObject,
} from './helpers';

const SECRET_VALUES = {
  archive_share_password: 'archive-secret-1',
  backup_private_key:
    '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n',
  splunk_hec_token: 'hec-token-1',
};
/** Objects the example expects on the appliance, by key or name: any will do for parsing. */
const APPLIANCE_VALUES = {
  signing_identity_key: 'key-of-a-signing-identity',
  siem_trusted_ca_list: 'soc-cas',
};

function synthBasic() {
  return synth(new BasicStack(Testing.app(), 'sps-basic'));
}

/** Every value at a secret path of a kind's body (`*` walks arrays and collection maps). */
function valuesAt(value: Json | undefined, segments: readonly string[]): Json[] {
  if (value === undefined || value === null) return [];
  if (segments.length === 0) return [value];
  const [head, ...rest] = segments;
  if (head === '*') return Array.isArray(value) ? value.flatMap((v) => valuesAt(v, rest)) : [];
  return typeof value === 'object' && !Array.isArray(value) ? valuesAt(value[head], rest) : [];
}

function secretValues(configuration: JsonObject): { at: string; value: Json }[] {
  const out: { at: string; value: Json }[] = [];
  for (const [kindName, value] of Object.entries(configuration)) {
    if (kindName === 'allow_archive_recreate') continue;
    const kind = kindOf(kindName as KindName);
    const bodies =
      kind.shape === 'collection'
        ? Object.entries(value as JsonObject)
        : [[kindName, value] as [string, Json]];
    for (const [name, body] of bodies) {
      for (const p of secretPaths(kind)) {
        for (const v of valuesAt(body, p)) out.push({ at: `${kindName}/${name}/${p.join('.')}`, value: v });
      }
    }
  }
  return out;
}

describe('examples/basic', () => {
  it('synthesizes one sps_configuration that parseDesiredState accepts once variables are substituted', () => {
    const { configuration } = synthBasic();
    const document = substituteVariables(configuration, { ...SECRET_VALUES, ...APPLIANCE_VALUES });
    const desired = parseDesiredState(document, { source: 'examples/basic', env: {} });

    expect([...desired.collections.keys()].sort()).toEqual([
      'archive_cleanup_policies',
      'audit_policies',
      'backup_policies',
      'content_policies',
      'time_policies',
    ]);
    expect([...desired.singletons.keys()].sort()).toEqual([
      'rdp_options',
      'splunk_forwarder',
      'ssh_options',
      'system_backup',
      'universal_siem_forwarder',
      'vnc_options',
    ]);
    expect([...desired.collections.get('backup_policies')!.keys()]).toEqual(['nightly', 'weekly-nfs']);
    // every day written: the weekend as an empty list (no access), not left to what SPS had
    expect(desired.collections.get('time_policies')!.get('office-hours')).toEqual({
      name: 'office-hours',
      Mon: [['8:00', '18:00']],
      Tue: [['8:00', '18:00']],
      Wed: [['8:00', '18:00']],
      Thu: [['8:00', '18:00']],
      Fri: [['8:00', '18:00']],
      Sat: [],
      Sun: [],
    });
    const nightly = desired.collections.get('backup_policies')!.get('nightly') as ModelJson;
    expect((nightly.target as ModelJson).auth_key).toBe(SECRET_VALUES.backup_private_key);
    expect(desired.settings.allow_archive_recreate).toBe(false);
  });

  it('renders every secret as a reference to an ephemeral variable, never as a value', () => {
    const { json, configuration } = synthBasic();
    const secrets = secretValues(configuration);
    expect(secrets.map((s) => s.at).sort()).toEqual([
      'archive_cleanup_policies/archive-to-smb/target.authentication.password',
      'backup_policies/nightly/target.auth_key',
      'splunk_forwarder/splunk_forwarder/token',
    ]);
    for (const s of secrets) expect(s.value).toMatch(/^\$\{var\.[a-z_]+\}$/);

    const variables = json.variable as Record<string, JsonObject>;
    for (const name of Object.keys(SECRET_VALUES)) {
      expect(variables[name]).toMatchObject({ ephemeral: true, type: 'string' });
      expect(variables[name]).not.toHaveProperty('sensitive');
    }
    const text = JSON.stringify(json);
    for (const value of Object.values(SECRET_VALUES))
      expect(text).not.toContain(JSON.stringify(value).slice(1, -1));
  });

  it('renders references to construct objects as names, and to objects the appliance has as variables', () => {
    const { json, configuration } = synthBasic();
    expect(configuration.system_backup).toEqual({ backup_policy: 'nightly' });
    const siem = configuration.universal_siem_forwarder as {
      targets: { protocol: { value: { tls: JsonObject } } }[];
    };
    expect(siem.targets[0].protocol.value.tls).toEqual({
      selection: 'secure',
      trusted_ca_list_ref: '${var.siem_trusted_ca_list}',
    });
    expect((configuration.audit_policies as Record<string, JsonObject>)['pci-audit'].signing).toEqual({
      enabled: true,
      x509_identity: '${var.signing_identity_key}',
    });
    // required (no default: no key or name is right for every appliance), and not secret
    const variables = json.variable as Record<string, JsonObject>;
    for (const name of Object.keys(APPLIANCE_VALUES)) {
      expect(variables[name]).toMatchObject({ type: 'string' });
      expect(variables[name]).not.toHaveProperty('default');
      expect(variables[name]).not.toHaveProperty('sensitive');
    }
  });

  it('is what the real entry point synthesizes (examples/basic/main.ts)', async () => {
    const stacks = await synthExample(path.join(REPO_ROOT, 'examples/basic/main.ts'));
    expect([...stacks.keys()]).toEqual(['sps-basic']);
    const fromMain = stacks.get('sps-basic')!;
    expect(fromJson(fromMain).configuration).toEqual(synthBasic().configuration);
    expect(fromMain.terraform).toMatchObject({
      required_providers: { sps: { source: 'registry.terraform.io/sps-iac/sps', version: '0.1.0' } },
    });
  });
});
