/**
 * The real `sps` provider (bin/terraform-provider-sps) driven by the fake Terraform core through
 * Terraform's sequence of calls, against the emulator over HTTPS. The harness checks Terraform's
 * plan/apply consistency rules on every response. The steps share one provider process and one
 * emulator and run in order: each starts from the state the previous one left.
 */
import { readFileSync } from 'node:fs';
import type { JsonObject } from '../../src/model';
import { RESOURCE_SCHEMA_VERSION } from '../../src/provider/resources/schema-from-model';
import {
  isObjectValue,
  schemaToJson,
  schemaType,
  UNKNOWN,
  Unknown,
  valuesEqual,
  type Diagnostics,
  type TfValue,
} from '../../src/provider/tf';
import {
  CANARIES,
  HEC_TOKEN_CANARY,
  SCHEMA_FILE,
  SMB_PASSWORD_CANARY,
  desiredDocument,
} from './sps-fixtures/configuration';
import { openSession, RESOURCE, type SpsSession } from './sps-fixtures/session';

type Obj = { [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
let s: SpsSession;
/** Every diagnostic the provider returned, for the "secrets never leak" check at the end. */
const seen: string[] = [];
/** The resource state as Terraform would hold it between steps. */
let state: Obj;
let statePrivate: Buffer;

beforeAll(async () => {
  s = await openSession();
  console.log(`sps provider time-to-handshake: ${Math.round(s.core.timeToHandshakeMs)} ms`);
});
afterAll(async () => s?.close());

const obj = (v: TfValue) => v as Obj;
const record = (d: Diagnostics) => {
  for (const item of d.items)
    seen.push(`${item.summary}\n${item.detail ?? ''}\n${item.path?.toString() ?? ''}`);
  return d;
};
const same = (a: TfValue, b: TfValue) => valuesEqual(schemaType(s.resourceSchema), a, b);
const errorsOf = (d: Diagnostics) =>
  record(d).errors.map((e) => ({ summary: e.summary, path: e.path?.toString() }));
function withDoc(change: (doc: JsonObject) => void): { [k: string]: TfValue } {
  const doc = desiredDocument();
  change(doc);
  return s.resourceConfig(doc);
}
async function planAndApply(config: { [k: string]: TfValue }) {
  const plan = await s.core.plan(RESOURCE, { prior: state, config, priorPrivate: statePrivate });
  expect(errorsOf(plan.diagnostics)).toEqual([]);
  const applied = await s.core.apply(RESOURCE, {
    prior: state,
    planned: plan.planned,
    config,
    plannedPrivate: plan.plannedPrivate,
  });
  return { plan, applied, errors: errorsOf(applied.diagnostics) };
}

test('schema: the wire schema is the checked-in schema/sps.schema.json', async () => {
  const { response, provider, resources, dataSources } = await s.core.schema();
  expect(response.server_capabilities.plan_destroy).toBe(true);
  const fromWire = schemaToJson(
    {
      typeName: 'sps',
      schema: provider,
      resources: [...resources].map(([typeName, schema]) => ({ typeName, schema })),
      dataSources: [...dataSources].map(([typeName, schema]) => ({ typeName, schema })),
    },
    { namespace: 'sps-iac' },
  );
  expect(fromWire).toEqual(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
});

test('validate: invalid provider and resource configs get diagnostics at the attribute', async () => {
  expect(errorsOf(await s.core.validateProvider(s.providerConfig()))).toEqual([]);
  expect(errorsOf(await s.core.validateProvider(s.providerConfig({ lock_timeout: 'soon' })))).toEqual([
    { summary: 'Invalid lock_timeout', path: 'lock_timeout' },
  ]);
  const badStart = withDoc(
    (d) => (((d.backup_policies as JsonObject).nightly as JsonObject).start_times = ['25:99']),
  );
  const diags = errorsOf(await s.core.validateResource(RESOURCE, badStart));
  expect(diags).toHaveLength(1);
  expect(diags[0].path).toBe('backup_policies["nightly"]');
  expect(record(await s.core.validateResource(RESOURCE, badStart)).errors[0].detail).toContain(
    'Attribute: backup_policies["nightly"].start_times',
  );
  expect(errorsOf(await s.core.validateResource(RESOURCE, s.resourceConfig(desiredDocument())))).toEqual([]);
});

test('configure, plan create, apply create: one apply is one commit', async () => {
  expect(errorsOf(await s.core.configure(s.providerConfig()))).toEqual([]);
  const config = s.resourceConfig(desiredDocument());
  const before = s.emulator.stats();
  const plan = await s.core.plan(RESOURCE, { prior: null, config });
  expect(errorsOf(plan.diagnostics)).toEqual([]);
  expect(obj(plan.planned).id).toBe(s.emulator.url);
  expect(obj(plan.planned).keys).toBeInstanceOf(Unknown);
  expect(obj(plan.planned).allow_archive_recreate).toBe(false);
  expect(s.emulator.stats().writes).toBe(before.writes); // planning never writes

  const applied = await s.core.apply(RESOURCE, {
    prior: null,
    planned: plan.planned,
    config,
    plannedPrivate: plan.plannedPrivate,
  });
  expect(errorsOf(applied.diagnostics)).toEqual([]);
  expect(s.emulator.stats().commits).toBe(before.commits + 1);
  state = obj(applied.newState);
  statePrivate = applied.private;
  expect(Object.keys(state.keys.backup_policies)).toEqual(['nightly']);
  expect(Object.keys(state.keys.audit_policies)).toEqual(['signed']);
  // secrets are write-only: the state holds a version of each, never the value
  expect(state.splunk_forwarder.token).toBeNull();
  expect(state.secret_versions).toEqual({
    '/backup_policies/nightly/target/authentication/password': '1',
    '/splunk_forwarder/token': '1',
  });
  const committed = s.emulator.committed();
  expect(Object.values(committed.backup_policies).map((b) => b.name)).toEqual(['nightly']);
  expect(committed.system_backup.system_backup.backup_policy).toBe(state.keys.backup_policies.nightly);
});

test('read returns the state; the follow-up plan changes nothing and touches nothing', async () => {
  const read = await s.core.read(RESOURCE, state, statePrivate);
  expect(errorsOf(read.diagnostics)).toEqual([]);
  expect(same(read.state, state)).toBe(true);
  const before = s.emulator.stats();
  const noop = await s.core.plan(RESOURCE, {
    prior: state,
    config: s.resourceConfig(desiredDocument()),
    priorPrivate: statePrivate,
  });
  expect(errorsOf(noop.diagnostics)).toEqual([]);
  expect(same(noop.planned, state)).toBe(true);
  expect(noop.requiresReplace).toEqual([]);
  expect(s.emulator.stats().writes).toBe(before.writes);
  expect(s.emulator.stats().transactionsOpened).toBe(before.transactionsOpened);
});

test('validate_on_plan: a plan with nothing to change opens no transaction (no lock taken)', async () => {
  expect(errorsOf(await s.core.configure(s.providerConfig({ validate_on_plan: true })))).toEqual([]);
  const before = s.emulator.stats();
  const noop = await s.core.plan(RESOURCE, {
    prior: state,
    config: s.resourceConfig(desiredDocument()),
    priorPrivate: statePrivate,
  });
  expect(errorsOf(noop.diagnostics)).toEqual([]);
  expect(s.emulator.stats().transactionsOpened).toBe(before.transactionsOpened);
  // a real change is staged (and rolled back)
  const change = await s.core.plan(RESOURCE, {
    prior: state,
    config: withDoc((d) => ((d.audit_policies as JsonObject).staged = {})),
    priorPrivate: statePrivate,
  });
  expect(errorsOf(change.diagnostics)).toEqual([]);
  expect(s.emulator.stats().transactionsOpened).toBe(before.transactionsOpened + 1);
  expect(s.emulator.stats().commits).toBe(before.commits);
  expect(errorsOf(await s.core.configure(s.providerConfig()))).toEqual([]);
});

test('data sources: appliance facts, and the live configuration with secrets as ${env:...} references', async () => {
  const appliance = await s.core.readDataSource('sps_appliance', {
    url: null,
    firmware_version: null,
    node_id: null,
  });
  expect(errorsOf(appliance.diagnostics)).toEqual([]);
  expect(obj(appliance.state).url).toBe(s.emulator.url);
  expect(typeof obj(appliance.state).firmware_version).toBe('string');
  const live = await s.core.readDataSource('sps_live_configuration', {
    document: null,
    secret_variables: null,
  });
  expect(errorsOf(live.diagnostics)).toEqual([]);
  const document = JSON.parse(obj(live.state).document);
  expect(Object.keys(document.backup_policies)).toEqual(['nightly']);
  expect(document.splunk_forwarder.token).toMatch(/^\$\{env:[A-Z0-9_]+\}$/);
  expect(obj(live.state).secret_variables.length).toBeGreaterThanOrEqual(2);
  for (const canary of CANARIES) expect(obj(live.state).document).not.toContain(canary);
});

test('update: a changed field and a new object, in one commit', async () => {
  const config = withDoc((d) => {
    ((d.audit_policies as JsonObject).signed as JsonObject).timestamping_enabled = false;
    (d.audit_policies as JsonObject).plain = {};
  });
  const before = s.emulator.stats();
  const { plan, applied, errors } = await planAndApply(config);
  expect(obj(plan.planned).audit_policies.signed.timestamping_enabled).toBe(false);
  expect(obj(plan.planned).keys).toBeInstanceOf(Unknown); // a new name gets a key only at apply
  expect(errors).toEqual([]);
  expect(s.emulator.stats().commits).toBe(before.commits + 1);
  state = obj(applied.newState);
  statePrivate = applied.private;
  expect(Object.keys(state.keys.audit_policies).sort()).toEqual(['plain', 'signed']);
  const signed = Object.values(s.emulator.committed().audit_policies).find((p) => p.name === 'signed');
  expect(signed?.timestamping_enabled).toBe(false);
});

test('unknown values in config (a token known only at apply) still give a valid plan', async () => {
  const config = s.resourceConfig(desiredDocument());
  obj(config).splunk_forwarder.token = UNKNOWN;
  const plan = await s.core.plan(RESOURCE, { prior: state, config, priorPrivate: statePrivate });
  expect(errorsOf(plan.diagnostics)).toEqual([]);
  expect(obj(plan.planned).splunk_forwarder.token).toBeNull(); // write-only: never planned, not even as unknown
  expect(obj(plan.planned).secret_versions).toBeInstanceOf(Unknown);
  expect(obj(plan.planned).id).toBe(s.emulator.url);
});

test('removing an archive/cleanup policy needs allow_archive_recreate', async () => {
  const config = withDoc((d) => {
    delete d.archive_cleanup_policies;
    ((d.audit_policies as JsonObject).signed as JsonObject).timestamping_enabled = false;
    (d.audit_policies as JsonObject).plain = {};
  });
  const plan = await s.core.plan(RESOURCE, { prior: state, config, priorPrivate: statePrivate });
  const errors = errorsOf(plan.diagnostics);
  expect(errors).toHaveLength(1);
  expect(errors[0].path).toBe('archive_cleanup_policies["archive-nfs"]');
  expect(plan.diagnostics.errors[0].detail).toContain('archive-nfs');
});

test('a dangling reference is an error at the referring attribute', async () => {
  const config = withDoc((d) => ((d.system_backup as JsonObject).backup_policy = 'weekly'));
  const plan = await s.core.plan(RESOURCE, { prior: state, config, priorPrivate: statePrivate });
  // Terraform can locate the nested attribute's parent only; the detail names the full path.
  expect(errorsOf(plan.diagnostics)).toEqual([
    { summary: 'Planning against the appliance failed', path: 'system_backup' },
  ]);
  expect(plan.diagnostics.errors[0].detail).toContain('weekly');
  expect(plan.diagnostics.errors[0].detail).toContain('Attribute: system_backup.backup_policy');
});

describe('a failed apply changes nothing', () => {
  const changed = () =>
    withDoc((d) => {
      ((d.audit_policies as JsonObject).signed as JsonObject).timestamping_enabled = false;
      (d.audit_policies as JsonObject).plain = {};
      (d.audit_policies as JsonObject).extra = {};
    });
  afterEach(() => s.emulator.faults.clear());

  test.each([
    [
      'a write fails',
      () =>
        s.emulator.faults.failRequest({
          nth: 1,
          status: 500,
          method: 'POST',
          pathPrefix: '/api/configuration',
        }),
    ],
    ['the commit fails', () => s.emulator.faults.failCommit({ status: 500 })],
  ])(
    '%s: error diagnostic, no commit, committed configuration and state unchanged',
    async (_name, inject) => {
      const config = changed();
      const plan = await s.core.plan(RESOURCE, { prior: state, config, priorPrivate: statePrivate });
      expect(errorsOf(plan.diagnostics)).toEqual([]);
      const before = s.emulator.stats();
      const committed = s.emulator.committed();
      inject();
      const applied = await s.core.apply(RESOURCE, {
        prior: state,
        planned: plan.planned,
        config,
        plannedPrivate: plan.plannedPrivate,
      });
      expect(errorsOf(applied.diagnostics)).toEqual([
        { summary: 'Applying the configuration failed', path: undefined },
      ]);
      expect(s.emulator.stats().commits).toBe(before.commits);
      expect(s.emulator.stats().rollbacks).toBe(before.rollbacks + 1); // the lock is released
      expect(s.emulator.committed()).toEqual(committed);
      expect(same(applied.newState, state)).toBe(true);
    },
  );
});

test('import: "*" adopts every managed object, a named list adopts just those', async () => {
  const all = await s.core.importState(RESOURCE, '*');
  expect(errorsOf(all.diagnostics)).toEqual([]);
  expect(all.imported).toHaveLength(1);
  const everything = obj(all.imported[0].state);
  expect(Object.keys(everything.audit_policies).sort()).toEqual(['default', 'plain', 'signed']);
  expect(everything.id).toBe(s.emulator.url);

  const named = await s.core.importState(
    RESOURCE,
    'audit_policies/signed,backup_policies/nightly,splunk_forwarder,system_backup',
  );
  expect(errorsOf(named.diagnostics)).toEqual([]);
  const imported = obj(named.imported[0].state);
  expect(Object.keys(imported.audit_policies)).toEqual(['signed']);
  expect(imported.backup_policies.nightly.target.share).toBe('backups/sps');
  expect(imported.system_backup.backup_policy).toBe('nightly');
  expect(imported.archive_cleanup_policies).toBeNull();
  // Planning the configuration that declares exactly those objects against the imported state is empty.
  const config = s.resourceConfig({
    audit_policies: {
      signed: {
        signing: { enabled: true, x509_identity: '5f1cd1b4-5a3c-4b67-9d8e-7a2f0c3e9b10' },
        timestamping_enabled: false,
      },
    },
    backup_policies: desiredDocument().backup_policies,
    splunk_forwarder: desiredDocument().splunk_forwarder,
    system_backup: desiredDocument().system_backup,
  });
  const plan = await s.core.plan(RESOURCE, {
    prior: imported,
    config,
    priorPrivate: named.imported[0].private,
  });
  expect(errorsOf(plan.diagnostics)).toEqual([]);
  // only what the apply writes: the secrets nothing can verify yet (no fingerprint after an import)
  expect(imported.secret_versions).toEqual({
    '/backup_policies/nightly/target/authentication/password': '1',
    '/splunk_forwarder/token': '1',
  });
  expect(obj(plan.planned).secret_versions).toEqual({
    '/backup_policies/nightly/target/authentication/password': '2',
    '/splunk_forwarder/token': '2',
  });
  expect(same({ ...obj(plan.planned), secret_versions: null }, { ...imported, secret_versions: null })).toBe(
    true,
  );

  const missing = await s.core.importState(RESOURCE, 'audit_policies/nope');
  expect(errorsOf(missing.diagnostics)).toEqual([{ summary: 'Object not found', path: undefined }]);
  const invalid = await s.core.importState(RESOURCE, 'gadgets/x');
  expect(errorsOf(invalid.diagnostics)).toEqual([{ summary: 'Invalid import ID', path: undefined }]);
});

test('upgrade: raw state JSON at the current version decodes to the state; a newer version is refused', async () => {
  const raw = JSON.parse(JSON.stringify(state));
  const upgraded = await s.core.upgrade(RESOURCE, RESOURCE_SCHEMA_VERSION, raw);
  expect(errorsOf(upgraded.diagnostics)).toEqual([]);
  expect(same(upgraded.state, state)).toBe(true);
  const future = await s.core.upgrade(RESOURCE, RESOURCE_SCHEMA_VERSION + 1, raw);
  expect(errorsOf(future.diagnostics)).toEqual([
    { summary: 'Unable to upgrade resource state', path: undefined },
  ]);
  expect(future.diagnostics.errors[0].detail).toContain('newer');
});

test('upgrade 1 → 2: the timestamping_enabled false the model used to fill is dropped, a true one kept', async () => {
  const raw = JSON.parse(JSON.stringify(state));
  raw.audit_policies = {
    filled: { ...Object.values(raw.audit_policies as object)[0], timestamping_enabled: false },
    chosen: { ...Object.values(raw.audit_policies as object)[0], timestamping_enabled: true },
  };
  const upgraded = await s.core.upgrade(RESOURCE, 1, raw);
  expect(errorsOf(upgraded.diagnostics)).toEqual([]);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- decoded state, checked field by field
  const policies = (upgraded.state as any).audit_policies;
  expect(policies.filled.timestamping_enabled).toBeNull();
  expect(policies.chosen.timestamping_enabled).toBe(true);
});

test('upgrade 2 → 3: secrets the state held in clear are dropped, each at version 1; the next plan is empty', async () => {
  // a state as schema version 2 wrote it: every secret in clear, no secret_versions
  const raw = JSON.parse(JSON.stringify(state));
  delete raw.secret_versions;
  delete raw.secrets;
  raw.splunk_forwarder.token = HEC_TOKEN_CANARY;
  raw.backup_policies.nightly.target.authentication.password = SMB_PASSWORD_CANARY;
  const upgraded = await s.core.upgrade(RESOURCE, 2, raw);
  expect(errorsOf(upgraded.diagnostics)).toEqual([]);
  const after = obj(upgraded.state);
  expect(JSON.stringify(after)).not.toContain(HEC_TOKEN_CANARY);
  expect(JSON.stringify(after)).not.toContain(SMB_PASSWORD_CANARY);
  expect(after.secret_versions).toEqual({
    '/backup_policies/nightly/target/authentication/password': '1',
    '/splunk_forwarder/token': '1',
  });
  // the fingerprints in private state still prove the configured secrets unchanged: no rewrite
  const before = s.emulator.stats();
  const plan = await s.core.plan(RESOURCE, {
    prior: upgraded.state,
    config: withDoc((d) => {
      ((d.audit_policies as JsonObject).signed as JsonObject).timestamping_enabled = false;
      (d.audit_policies as JsonObject).plain = {};
    }), // what `state` was applied from
    priorPrivate: statePrivate,
  });
  expect(errorsOf(plan.diagnostics)).toEqual([]);
  expect(same(plan.planned, upgraded.state)).toBe(true);
  expect(s.emulator.stats().transactionsOpened).toBe(before.transactionsOpened);
});

test('a Terraform without write-only attributes is refused, naming the version it needs', async () => {
  const { core } = s;
  const saved = { version: core.terraformVersion, capabilities: core.capabilities };
  try {
    core.terraformVersion = '1.10.5';
    core.capabilities = {};
    const configured = await core.configure(s.providerConfig());
    expect(errorsOf(configured)).toEqual([
      { summary: 'Terraform 1.11.0 or newer is needed', path: undefined },
    ]);
    expect(configured.errors[0].detail).toContain('this is 1.10.5');
    // and a client that does not announce them gets an error at each write-only value it would store
    core.terraformVersion = saved.version;
    const validated = await core.validateResource(RESOURCE, s.resourceConfig(desiredDocument()));
    expect(errorsOf(validated)).toEqual([
      { summary: 'Terraform 1.11.0 or newer is needed', path: 'backup_policies["nightly"]' },
      { summary: 'Terraform 1.11.0 or newer is needed', path: 'splunk_forwarder' },
    ]);
  } finally {
    core.terraformVersion = saved.version;
    core.capabilities = saved.capabilities;
    await core.configure(s.providerConfig());
  }
});

test('destroy refuses to delete an archive/cleanup policy until allow_archive_recreate is applied', async () => {
  const destroyPlan = await s.core.plan(RESOURCE, { prior: state, config: null, priorPrivate: statePrivate });
  expect(errorsOf(destroyPlan.diagnostics)).toEqual([
    { summary: 'Destroying the configuration is refused', path: 'archive_cleanup_policies["archive-nfs"]' },
  ]);
  const before = s.emulator.stats();
  const committed = s.emulator.committed();
  const refused = await s.core.apply(RESOURCE, {
    prior: state,
    planned: null,
    config: null,
    plannedPrivate: statePrivate,
  });
  expect(errorsOf(refused.diagnostics)).toEqual([
    { summary: 'Destroying the configuration failed', path: 'archive_cleanup_policies["archive-nfs"]' },
  ]);
  expect(refused.diagnostics.errors[0].detail).toContain('set allow_archive_recreate = true and apply');
  expect(same(refused.newState, state)).toBe(true);
  expect(s.emulator.stats().commits).toBe(before.commits);
  expect(s.emulator.committed()).toEqual(committed);

  const optIn = await planAndApply(
    withDoc((d) => {
      d.allow_archive_recreate = true;
      ((d.audit_policies as JsonObject).signed as JsonObject).timestamping_enabled = false;
      (d.audit_policies as JsonObject).plain = {};
    }),
  );
  expect(optIn.errors).toEqual([]);
  state = obj(optIn.applied.newState);
  statePrivate = optIn.applied.private;
  expect(state.allow_archive_recreate).toBe(true);
});

test('destroy deletes the owned policies in one commit and plans a null state', async () => {
  const plan = await s.core.plan(RESOURCE, { prior: state, config: null, priorPrivate: statePrivate });
  expect(plan.planned).toBeNull();
  const before = s.emulator.stats();
  const applied = await s.core.apply(RESOURCE, {
    prior: state,
    planned: null,
    config: null,
    plannedPrivate: plan.plannedPrivate,
  });
  expect(errorsOf(applied.diagnostics)).toEqual([]);
  expect(applied.diagnostics.items.map((d) => d.summary)).toEqual([
    'Singleton settings were left as they are',
  ]);
  expect(applied.newState).toBeNull();
  expect(s.emulator.stats().commits).toBe(before.commits + 1);
  const committed = s.emulator.committed();
  expect(Object.values(committed.audit_policies).map((p) => p.name)).toEqual(['default']);
  expect(committed.backup_policies ?? {}).toEqual({});
  expect(committed.archive_cleanup_policies ?? {}).toEqual({});
  expect(committed.system_backup.system_backup.backup_policy ?? null).toBeNull();
  expect(committed.splunk_forwarder.splunk_forwarder.enabled).toBe(true); // singletons stay
});

test('StopProvider during an apply: rolled back, lock released, an error diagnostic, the state unchanged', async () => {
  // after the destroy above: a create of ten policies
  const config = withDoc((d) => {
    d.content_policies = {};
    for (let i = 0; i < 10; i++)
      (d.content_policies as JsonObject)[`stop-${i}`] = {
        rules: [{ event: { selection: 'command', match: ['x'] } }],
      };
  });
  const plan = await s.core.plan(RESOURCE, { prior: null, config });
  expect(errorsOf(plan.diagnostics)).toEqual([]);
  const before = s.emulator.stats();
  const committed = s.emulator.committed();
  s.emulator.faults.setLatency({ fixedMs: 100 });
  const applying = s.core.apply(RESOURCE, {
    prior: null,
    planned: plan.planned,
    config,
    plannedPrivate: plan.plannedPrivate,
  });
  while (s.emulator.stats().writes < before.writes + 3) await new Promise((r) => setTimeout(r, 5));
  expect(await s.core.stop()).toBe('');
  const applied = await applying;
  s.emulator.faults.clear();
  expect(errorsOf(applied.diagnostics)).toEqual([
    { summary: 'Applying the configuration failed', path: undefined },
  ]);
  expect(applied.diagnostics.errors[0].detail).toMatch(
    /interrupted \(StopProvider\).*rolled back: nothing was committed, and the configuration lock is released/s,
  );
  expect(s.emulator.stats().commits).toBe(before.commits);
  expect(s.emulator.stats().rollbacks).toBe(before.rollbacks + 1); // the lock is released
  expect(s.emulator.committed()).toEqual(committed);
  expect(applied.newState).toBeNull();
});

test('secrets never appear in diagnostics or on stderr; stop and shutdown end cleanly', async () => {
  expect(seen.length).toBeGreaterThan(5);
  for (const canary of CANARIES) {
    expect(seen.join('\n')).not.toContain(canary);
    expect(s.core.output.stderr).not.toContain(canary);
  }
  expect(s.core.output.stdoutAfterHandshake).toBe('');
  expect(await s.core.stop()).toBe('');
  expect(isObjectValue((await s.core.schema()).response as unknown as TfValue)).toBe(true);
  expect(await s.core.shutdown()).toEqual({ code: 0, signal: null });
});
