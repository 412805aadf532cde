/** The breaking-change gate: the shipped desired-document schema against the released one. */
import { readFileSync } from 'node:fs';
import type { JsonSchema } from '../../src/model';
import { documentJsonSchema } from '../../src/model/document-json-schema';
import { VERSION } from '../../src/version';
import { RELEASED_SCHEMA, breakingChanges } from '../../scripts/schema-compat';

const shipped = (): JsonSchema => documentJsonSchema(VERSION);
const released = (): JsonSchema => JSON.parse(readFileSync(RELEASED_SCHEMA, 'utf8'));
const backupTarget = (s: JsonSchema) =>
  (
    ((s.properties as Record<string, JsonSchema>).backup_policies.additionalProperties as JsonSchema)
      .properties as Record<string, JsonSchema>
  ).target as JsonSchema;

test('the current schema is compatible with the last released one (run `npm run schema:release` when publishing)', async () => {
  expect(await breakingChanges(released(), shipped())).toEqual([]);
});

test('adding an optional field is not breaking', async () => {
  const next = shipped();
  (backupTarget(next).properties as Record<string, JsonSchema>).comment = { type: 'string' };
  expect(await breakingChanges(released(), next)).toEqual([]);
});

test('removing a field, or making it required, is breaking', async () => {
  const removed = shipped();
  delete (backupTarget(removed).properties as Record<string, JsonSchema>).domain;
  expect((await breakingChanges(released(), removed))[0]).toMatch(/documents valid before are now rejected/);

  const required = shipped();
  (backupTarget(required).required as string[]).push('domain');
  expect((await breakingChanges(released(), required))[0]).toMatch(/documents valid before are now rejected/);
});

test('narrowing an enum is breaking (json-schema-diff cannot see it, the gate does)', async () => {
  const next = shipped();
  const type = (backupTarget(next).properties as Record<string, JsonSchema>).type;
  type.enum = ['rsync', 'nfs'];
  expect(await breakingChanges(released(), next)).toEqual([
    '/backup_policies/{name}/target/type: no longer accepts "smb"',
  ]);
});

test('making a secret refuse its ${env:NAME} placeholder is breaking', async () => {
  const next = shipped();
  const splunk = (next.properties as Record<string, JsonSchema>).splunk_forwarder;
  (splunk.properties as Record<string, JsonSchema>).token = { type: 'string', pattern: '^[0-9a-f-]+$' };
  const before = shipped();
  expect(await breakingChanges(before, next)).toEqual([
    '/splunk_forwarder/token: no longer accepts ${env:NAME}',
  ]);
});
