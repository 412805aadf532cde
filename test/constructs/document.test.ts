/**
 * SpsConfiguration rendered into `sps_document` (cdktf synthesis, read back by the sps CLI's synth
 * reader, no appliance): the document holds what the typed resource holds, object for object and
 * field for field; every secret is an escaped `${env:NAME}` placeholder with its variable in the
 * write-only `secrets`; tokens of every type are JSON once Terraform evaluates the text; literal
 * `${` stays literal; the validation is the typed form's.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  App,
  AuditPolicy,
  BackupPolicy,
  BackupTarget,
  SplunkForwarder,
  SpsConfiguration,
  SpsSecret,
  SpsValidationError,
  SystemBackup,
  TerraformStack,
  Testing,
} from '../../constructs';
import { loadDesired, type LoadedDesired } from '../../src/cli/input';
import { makeOutput } from '../../src/cli/io';
import { RSYNC_PRIVATE_KEY } from '../reconcile/fixtures';
import { DocumentTestStack, EXTRA_VARIABLES, LITERAL_TEMPLATE_TEXT } from './document-stack';
import type { JsonObject } from './helpers';

const VARIABLES: Record<string, string> = {
  archive_share_password: 'canary-archive-D0c',
  backup_private_key: RSYNC_PRIVATE_KEY,
  splunk_hec_token: 'canary-hec-D0c',
  signing_identity_key: 'key-of-a-signing-identity',
  siem_trusted_ca_list: 'soc-cas',
  ...EXTRA_VARIABLES,
};
const SECRET_VARIABLES = [
  'archive_share_password',
  'backup_private_key',
  'splunk_hec_token',
  'gateway_password',
];

let outdir: string;
beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'sps-document-synth-'));
  const app = new App({ outdir });
  new DocumentTestStack(app, 'typed');
  new DocumentTestStack(app, 'document', 'document');
  app.synth();
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const synthesized = (stack: string): JsonObject =>
  JSON.parse(readFileSync(join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8')) as JsonObject;

/** What `sps validate|plan|apply cdktf.out/stacks/<stack>` reads, with the variables set. */
function read(stack: string): LoadedDesired {
  const env = Object.fromEntries(Object.entries(VARIABLES).map(([k, v]) => [`TF_VAR_${k}`, v]));
  const io = {
    stdout: () => {},
    stderr: () => {},
    env,
    isTTY: { stdout: false, stderr: false, stdin: false },
  };
  return loadDesired(join(outdir, 'stacks', stack), {}, makeOutput(io));
}

function documentResource(json: JsonObject): {
  id: string;
  document: string;
  secrets: Record<string, string>;
} {
  const resources = (json.resource as Record<string, Record<string, JsonObject>>).sps_document;
  const [[id, attributes]] = Object.entries(resources);
  return {
    id,
    document: attributes.document as string,
    secrets: attributes.secrets as Record<string, string>,
  };
}

test('the document form is one sps_document through the same provider, under the logical id of the typed form', () => {
  const typed = synthesized('typed');
  const doc = synthesized('document');
  const resources = doc.resource as Record<string, Record<string, JsonObject>>;
  expect(Object.keys(resources)).toEqual(['sps_document']);
  const typedId = Object.keys((typed.resource as Record<string, object>).sps_configuration)[0];
  expect(documentResource(doc).id).toBe(typedId); // a switch is a moved block, not a new resource
  expect(resources.sps_document[typedId].provider).toBe('sps');
  expect(doc.provider).toEqual(typed.provider);
  expect(doc.variable).toEqual(typed.variable);
});

test('the sps CLI reads the same desired state from both forms: objects, fields, references, secrets, token values', () => {
  const typed = read('typed');
  const doc = read('document');
  expect(doc.desired).toEqual(typed.desired);
  expect(doc.digest).toBe(typed.digest);
  const gateway = doc.desired.collections.get('ssh/connections' as never)!.get('ops-gw');
  expect(gateway).toMatchObject({
    network: { clients: ['10.1.0.0/16', '10.9.0.0/16'], targets: ['10.2.7.0/24'], ports: [2222] },
    description: EXTRA_VARIABLES.gateway_note,
    credential_store: { password: EXTRA_VARIABLES.gateway_password },
  });
  expect(doc.desired.collections.get('ssh/channel_policies' as never)!.get('shell-only')).toMatchObject({
    rules: [{ actions: { audit: true }, note: LITERAL_TEMPLATE_TEXT }],
  });
  expect(doc.desired.singletons.get('splunk_forwarder')).toMatchObject({ token: VARIABLES.splunk_hec_token });
  expect(doc.desired.singletons.get('system_backup')).toEqual({ backup_policy: 'nightly' });
});

test('every secret is an escaped ${env:NAME} placeholder; its variable is in the write-only secrets map', () => {
  const { document, secrets } = documentResource(synthesized('document'));
  for (const name of SECRET_VARIABLES) {
    expect(document).not.toContain(`var.${name}`);
    expect(Object.values(secrets)).toContain(`\${var.${name}}`);
  }
  expect(Object.keys(secrets)).toHaveLength(SECRET_VARIABLES.length);
  for (const placeholder of Object.keys(secrets)) expect(document).toContain(`"$\${env:${placeholder}}"`);
  expect(document.match(/\$\$\{env:/g)).toHaveLength(SECRET_VARIABLES.length);
  expect(Object.keys(secrets).some((n) => /^SPS_SPLUNK_FORWARDER_TOKEN_[0-9A-F]{8}$/.test(n))).toBe(true);
});

test('tokens are JSON of their own type once Terraform evaluates the text; literal ${ and %{ are escaped', () => {
  const { document } = documentResource(synthesized('document'));
  for (const name of [
    'ssh_port',
    'audit_channels',
    'gateway_clients',
    'gateway_note',
    'signing_identity_key',
  ])
    expect(document).toContain(`\${jsonencode(var.${name})}`);
  expect(document).toContain('"10.2.${var.target_net}.0/24"'); // inside longer text: an interpolation
  expect(document).toContain('"echo $${HOME} %%{ if x }"');
  const typed = JSON.stringify(synthesized('typed'));
  for (const text of [document, typed]) expect(text).not.toContain('unresolved-token');
});

test('keys sorted at every level, two-space indentation, children added after the configuration included', () => {
  const stack = new TerraformStack(Testing.app(), 'plain');
  const sps = new SpsConfiguration(stack, 'Sps', { resource: 'document', allowArchiveRecreate: true });
  const nightly = new BackupPolicy(sps, 'Nightly', {
    target: BackupTarget.nfs({ server: '10.0.0.5', path: '/backup' }),
  });
  new SystemBackup(sps, 'SystemBackup', { policy: nightly });
  new AuditPolicy(sps, 'Pci', { name: 'pci' });
  const { document, secrets } = documentResource(JSON.parse(Testing.synth(stack, true)) as JsonObject);
  const sorted = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sorted)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sorted((v as JsonObject)[k])]),
          )
        : v;
  expect(document).toBe(JSON.stringify(sorted(JSON.parse(document)), null, 2));
  expect(Object.keys(JSON.parse(document) as object)).toEqual([
    'allow_archive_recreate',
    'audit_policies',
    'backup_policies',
    'system_backup',
  ]);
  expect(secrets).toBeUndefined();
});

test('allow_archive_recreate is left out when false (the document default), an empty configuration is {}', () => {
  const stack = new TerraformStack(Testing.app(), 'empty');
  new SpsConfiguration(stack, 'Sps', { resource: 'document' });
  expect(documentResource(JSON.parse(Testing.synth(stack, true)) as JsonObject).document).toBe('{}');
});

test('a plain-text secret goes to the secrets map too, never into the document the state keeps', () => {
  const stack = new TerraformStack(Testing.app(), 'plain-secret');
  const sps = new SpsConfiguration(stack, 'Sps', { resource: 'document' });
  new SplunkForwarder(sps, 'Splunk', {
    host: 'splunk.example.com',
    token: SpsSecret.unsafePlainText('canary-plain-9'),
  });
  const { document, secrets } = documentResource(JSON.parse(Testing.synth(stack, true)) as JsonObject);
  expect(document).not.toContain('canary-plain-9');
  expect(Object.values(secrets)).toEqual(['canary-plain-9']);
});

describe('the validation of the typed form', () => {
  const documentConfiguration = (id: string) =>
    new SpsConfiguration(new TerraformStack(Testing.app(), id), 'Sps', { resource: 'document' });

  test('a bad value fails at construction, in the props’ terms', () => {
    const sps = documentConfiguration('bad-value');
    expect(
      () =>
        new BackupPolicy(sps, 'Nightly', {
          target: BackupTarget.nfs({ server: 'nfs.example.com', path: '/b' }),
          startTimes: ['25:00'],
        }),
    ).toThrow(/startTimes\[0\]: must be a time in H:MM or HH:MM format/);
  });

  test('a reference to an object of another SpsConfiguration fails at synth', () => {
    const stack = new TerraformStack(Testing.app(), 'two');
    const a = new SpsConfiguration(stack, 'A', { resource: 'document', providerAlias: 'a' });
    const b = new SpsConfiguration(stack, 'B', { resource: 'document', providerAlias: 'b' });
    const nightly = new BackupPolicy(a, 'Nightly', {
      target: BackupTarget.nfs({ server: '10.0.0.5', path: '/b' }),
    });
    new SystemBackup(b, 'SystemBackup', { policy: nightly });
    expect(() => Testing.synth(stack, true)).toThrow(SpsValidationError);
  });

  test('two configurations on one provider alias are refused', () => {
    const stack = new TerraformStack(Testing.app(), 'alias');
    new SpsConfiguration(stack, 'A', { resource: 'document' });
    new SpsConfiguration(stack, 'B');
    expect(() => Testing.synth(stack, true)).toThrow(/same provider alias/);
  });
});
