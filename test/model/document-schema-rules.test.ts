/**
 * What the shipped document schema says beside the model's body schemas, each checked against
 * `sps validate` too: `${env:NAME}` wherever a secret may come from the environment (and nowhere
 * else), a top-level `$schema` key, the firmware bands as alternatives, the pass-through rules.
 */
import { parse, stringify } from 'yaml';
import { DOCUMENT_SCHEMA_FILE, ENV_PLACEHOLDER_PATTERN } from '../../src/model/document-json-schema';
import { envPlaceholderName } from '../../src/reconcile/document';
import { environmentFor, openJudges, type Judges } from './document-schema-judges';

const README_LINE = `# yaml-language-server: $schema=./node_modules/sps-iac/${DOCUMENT_SCHEMA_FILE}`;

let judges: Judges;
beforeAll(() => {
  judges = openJudges();
});
afterAll(() => judges.close());
const schemaErrors = (doc: unknown) => judges.schemaErrors(doc);
const spsValidate = (name: string, doc: unknown, env?: NodeJS.ProcessEnv) =>
  judges.spsValidate(name, doc, env);

test('the placeholder the schema accepts is the one the engine reads from the environment', () => {
  const schema = new RegExp(ENV_PLACEHOLDER_PATTERN);
  for (const text of [
    '${env:HEC}',
    '${env:_A1}',
    '${env:1A}',
    '${env:}',
    '$env:A',
    '${env:A}x',
    'x${env:A}',
    '${ENV:A}',
  ])
    expect([text, schema.test(text)]).toEqual([text, envPlaceholderName(text) !== undefined]);
});

describe('${env:NAME} wherever a secret may come from the environment', () => {
  const placeholders = {
    splunk_forwarder: {
      enabled: true,
      host: { selection: 'fqdn', value: 's.test' },
      ssl: { selection: 'insecure' },
      token: '${env:HEC}',
    },
    backup_policies: {
      rsync: {
        target: {
          type: 'rsync',
          server: { selection: 'ip', value: '10.0.0.1' },
          path: '/b',
          username: 'u',
          auth_key: '${env:KEY}',
          host_key: 'ssh-rsa AAAA',
        },
        start_times: ['1:00'],
      },
      smb: {
        target: {
          type: 'smb',
          server: { selection: 'ip', value: '10.0.0.2' },
          share: 's/d',
          authentication: { selection: 'password', username: 'u', password: '${env:SMB}' },
        },
        start_times: ['1:00'],
      },
    },
  };

  test('a placeholder at every secret is accepted by both', async () => {
    expect(schemaErrors(placeholders)).toEqual([]);
    expect(await spsValidate('placeholders.yaml', placeholders, environmentFor(placeholders))).toBe(0);
  });

  test('a malformed placeholder is still held to the secret’s own rule', () => {
    const bad = structuredClone(placeholders);
    bad.backup_policies.rsync.target.auth_key = '${env:1KEY}';
    expect(schemaErrors(bad)).toContain('/backup_policies/rsync/target/auth_key');
  });

  test('a field that is no secret takes no placeholder', () => {
    const bad = structuredClone(placeholders);
    bad.backup_policies.rsync.target.path = '${env:PATH}';
    expect(schemaErrors({ ...bad, audit_policies: { a: { timestamping_enabled: '${env:ON}' } } })).toContain(
      '/audit_policies/a/timestamping_enabled',
    );
  });
});

describe('a top-level $schema key', () => {
  const doc = { audit_policies: { pci: { timestamping_enabled: true } } };

  test('is accepted in JSON and YAML alike, by both', async () => {
    const json = { $schema: `./node_modules/sps-iac/${DOCUMENT_SCHEMA_FILE}`, ...doc };
    expect(schemaErrors(json)).toEqual([]);
    expect(await spsValidate('with-schema.json', json)).toBe(0);
    const yaml = `${README_LINE}\n$schema: ./desired-document.schema.json\n${stringify(doc)}`;
    expect(schemaErrors(parse(yaml))).toEqual([]);
    expect(await spsValidate('with-schema.yaml', yaml)).toBe(0);
  });

  test('must be a string', async () => {
    expect(schemaErrors({ $schema: 7, ...doc })).toContain('/$schema');
    expect(await spsValidate('bad-schema.json', { $schema: 7, ...doc })).toBe(1);
  });
});

describe('firmware bands, as two alternatives', () => {
  test('one object of either band is accepted by both; one mixing them is refused by both', async () => {
    const v8 = {
      audit_policies: { a: { timestamping: { enabled: false }, signing_and_timestamping_interval: 30 } },
    };
    const v7 = { audit_policies: { a: { timestamping_enabled: true } } };
    const mixed = {
      audit_policies: { a: { timestamping_enabled: true, signing_and_timestamping_interval: 30 } },
    };
    for (const [name, d] of Object.entries({ v8, v7 })) {
      expect(schemaErrors(d)).toEqual([]);
      expect(await spsValidate(`${name}.yaml`, d)).toBe(0);
    }
    expect(schemaErrors(mixed)).toContain('/audit_policies/a');
    expect(await spsValidate('mixed.yaml', mixed)).toBe(1);
  });
});

describe('pass_through', () => {
  test('an endpoint a typed kind covers, or a read-only one, is refused by both', async () => {
    for (const endpoint of ['policies/audit_policies', 'vnc/connections']) {
      const d = { pass_through: { [endpoint]: { objects: { a: {} } } } };
      expect(schemaErrors(d)).toContain(`/pass_through/${endpoint}`);
      expect(await spsValidate(`pt-${endpoint.replace('/', '-')}.yaml`, d)).toBe(1);
    }
  });

  test('objects and singleton together are refused by both; a connection policy’s confirmed fields are checked', async () => {
    const both = { pass_through: { 'telnet/options': { objects: {}, singleton: {} } } };
    expect(schemaErrors(both)).toContain('/pass_through/telnet~1options');
    expect(await spsValidate('pt-both.yaml', both)).toBe(1);
    const port = { pass_through: { 'ssh/connections': { objects: { gw: { network: { ports: [0] } } } } } };
    expect(schemaErrors(port)).toContain('/pass_through/ssh~1connections/objects/gw/network/ports/0');
    expect(await spsValidate('pt-port.yaml', port)).toBe(1);
  });
});
