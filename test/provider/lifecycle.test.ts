/**
 * The whole framework through a real provider process and real gRPC/mTLS: the toy provider driven
 * by the fake Terraform core through Terraform's sequence of calls. The harness checks Terraform's
 * plan/apply rules on every response.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { isObjectValue, Unknown, valuesEqual, schemaType, type TfValue } from '../../src/provider/tf';
import { FakeTerraformCore } from './harness';
import { noteConfig, TOY_EXECUTABLE } from './toy';

const NOTE = 'toy_note';
let core: FakeTerraformCore;
let store: string;

beforeAll(async () => {
  store = mkdtempSync(path.join(tmpdir(), 'toy-store-'));
  core = await FakeTerraformCore.launch(TOY_EXECUTABLE);
  console.log(`toy provider time-to-handshake: ${Math.round(core.timeToHandshakeMs)} ms`);
});

afterAll(() => {
  core?.kill();
  rmSync(store, { recursive: true, force: true });
});

const obj = (v: TfValue) => v as { [k: string]: any }; // eslint-disable-line @typescript-eslint/no-explicit-any

test('walks schema → validate → configure → create → read → no-op → update → replace → import → upgrade → data → destroy → stop → shutdown', async () => {
  // Schema
  const { response, resources, dataSources } = await core.schema();
  expect(response.server_capabilities.plan_destroy).toBe(true);
  expect([...resources.keys()]).toEqual([NOTE]);
  expect([...dataSources.keys()]).toEqual(['toy_notes']);
  const noteSchema = resources.get(NOTE)!;
  expect(noteSchema.version).toBe(1);
  expect(noteSchema.block.attributes!.secret.sensitive).toBe(true);
  expect(noteSchema.block.attributes!.entries.nestedType!.nesting).toBe('map');

  // Provider validation and configuration, with attribute-scoped errors.
  const badToken = await core.validateProvider({ store_dir: store, api_token: '' });
  expect(badToken.errors.map((d) => [d.summary, d.path?.toString()])).toEqual([
    ['Invalid api_token', 'api_token'],
  ]);
  expect((await core.validateProvider({ store_dir: store, api_token: null })).items).toEqual([]);
  const badDir = await core.configure({ store_dir: path.join(store, 'missing'), api_token: null });
  expect(badDir.errors[0].path?.toString()).toBe('store_dir');
  expect((await core.configure({ store_dir: store, api_token: null })).items).toEqual([]);

  // Resource validation points at nested attributes.
  const invalid = await core.validateResource(
    NOTE,
    noteConfig({ title: 'hi!', entries: { k: { value: '', revision: null } } }),
  );
  // Paths into nested attributes are cut to the map element, the deepest spot Terraform can show.
  expect(invalid.errors.map((d) => d.path?.toString())).toEqual(['title', 'entries["k"]']);
  expect(invalid.errors[1].detail).toContain('Attribute: entries["k"].value');
  expect((await core.validateResource(NOTE, noteConfig())).items).toEqual([]);

  // Create: computed values are unknown in the plan and known after apply.
  const config = noteConfig();
  const created = await core.plan(NOTE, { prior: null, config });
  expect(created.diagnostics.items).toEqual([]);
  expect(obj(created.planned).id).toBeInstanceOf(Unknown);
  expect(obj(created.planned).entries.a.revision).toBeInstanceOf(Unknown);
  const applied = await core.apply(NOTE, {
    prior: null,
    planned: created.planned,
    config,
    plannedPrivate: created.plannedPrivate,
  });
  expect(applied.diagnostics.items).toEqual([]);
  const state = obj(applied.newState);
  expect(state).toMatchObject({
    title: 'hello',
    secret: 's3cret',
    entries: { a: { value: 'one', revision: 1 } },
  });
  expect(typeof state.id).toBe('string');
  expect(JSON.parse(applied.private.toString())).toEqual({ etag: state.id });
  expect(readdirSync(store)).toEqual([`${state.id}.json`]);

  // Read returns the same object and passes private state through.
  const read = await core.read(NOTE, state, applied.private);
  expect(valuesEqual(schemaType(noteSchema), read.state, state)).toBe(true);
  expect(read.private.equals(applied.private)).toBe(true);

  // The plan right after apply changes nothing.
  const noop = await core.plan(NOTE, { prior: state, config, priorPrivate: applied.private });
  expect(valuesEqual(schemaType(noteSchema), noop.planned, state)).toBe(true);
  expect(noop.requiresReplace).toEqual([]);
  expect(noop.plannedPrivate.equals(applied.private)).toBe(true);

  // Update: the changed entry's revision becomes unknown, the new entry starts at 1.
  const config2 = noteConfig({
    entries: { a: { value: 'uno', revision: null }, b: { value: 'two', revision: null } },
  });
  const update = await core.plan(NOTE, { prior: state, config: config2 });
  expect(obj(update.planned).id).toBe(state.id);
  expect(obj(update.planned).entries.a.revision).toBeInstanceOf(Unknown);
  const updated = await core.apply(NOTE, { prior: state, planned: update.planned, config: config2 });
  const state2 = obj(updated.newState);
  expect(state2.entries).toEqual({ a: { value: 'uno', revision: 2 }, b: { value: 'two', revision: 1 } });

  // Changing folder asks for replacement.
  const replace = await core.plan(NOTE, {
    prior: state2,
    config: noteConfig({ ...config2, folder: 'archive' }),
  });
  expect(replace.requiresReplace.map(String)).toEqual(['folder']);
  expect(obj(replace.planned).id).toBeInstanceOf(Unknown);

  // Import by id yields the stored object; an unknown id is an error, not a crash.
  const imported = await core.importState(NOTE, state2.id);
  expect(imported.imported).toHaveLength(1);
  expect(valuesEqual(schemaType(noteSchema), imported.imported[0].state, state2)).toBe(true);
  const missing = await core.importState(NOTE, 'nope');
  expect(missing.diagnostics.errors[0].summary).toBe('Cannot import toy_note');

  // Upgrade from schema version 0 (`text` became `body`), and read current-version JSON as-is.
  const old = await core.upgrade(NOTE, 0, { id: 'abc', title: 'old', text: 'body text' });
  expect(old.diagnostics.items).toEqual([]);
  expect(old.state).toEqual({
    id: 'abc',
    title: 'old',
    body: 'body text',
    secret: null,
    folder: null,
    entries: null,
  });
  const current = await core.upgrade(NOTE, 1, { ...state2, dropped_attribute: true });
  expect(valuesEqual(schemaType(noteSchema), current.state, state2)).toBe(true);
  const future = await core.upgrade(NOTE, 7, state2);
  expect(future.diagnostics.errors[0].detail).toContain('newer');

  // Data source.
  expect(
    (await core.validateDataSource('toy_notes', { title_prefix: 'he', ids: null, total: null })).items,
  ).toEqual([]);
  const listed = await core.readDataSource('toy_notes', { title_prefix: 'he', ids: null, total: null });
  expect(listed.state).toEqual({ title_prefix: 'he', ids: [state2.id], total: 1 });

  // Unknown type names are diagnostics.
  const unknownType = await core.call<{ diagnostics: { summary: string }[] }>(
    'provider',
    'ValidateResourceConfig',
    { type_name: 'toy_nothing' },
  );
  expect(unknownType.diagnostics.map((d) => d.summary)).toEqual(['Unknown resource type']);

  // Destroy: null proposal → null plan → null state; the object is gone afterwards.
  const destroy = await core.plan(NOTE, { prior: state2, config: null });
  expect(destroy.planned).toBeNull();
  const destroyed = await core.apply(NOTE, { prior: state2, planned: null, config: null });
  expect(destroyed.newState).toBeNull();
  expect(readdirSync(store)).toEqual([]);
  expect((await core.read(NOTE, state2)).state).toBeNull();

  // StopProvider cancels work but does not end the process; Shutdown does.
  expect(await core.stop()).toBe('');
  expect(isObjectValue((await core.schema()).response as unknown as TfValue)).toBe(true);
  expect(core.output.stdoutAfterHandshake).toBe('');
  expect(await core.shutdown()).toEqual({ code: 0, signal: null });
});
