/** The breaking-change gate: the current desired-document schema against the released one. */
import { readFileSync } from 'node:fs';
import type { JsonSchema } from '../../src/model';
import { desiredDocumentSchema } from '../../src/model/desired-schema';
import { RELEASED_SCHEMA, breakingChanges } from '../../scripts/schema-compat';

const released = (): JsonSchema => JSON.parse(readFileSync(RELEASED_SCHEMA, 'utf8'));
const backupTarget = (s: JsonSchema) =>
  (
    ((s.properties as Record<string, JsonSchema>).backup_policies.additionalProperties as JsonSchema)
      .properties as Record<string, JsonSchema>
  ).target as JsonSchema;

test('the current schema is compatible with the last released one (run `npm run schema:release` when publishing)', async () => {
  expect(await breakingChanges(released(), desiredDocumentSchema())).toEqual([]);
});

test('adding an optional field is not breaking', async () => {
  const next = desiredDocumentSchema();
  (backupTarget(next).properties as Record<string, JsonSchema>).comment = { type: 'string' };
  expect(await breakingChanges(released(), next)).toEqual([]);
});

test('removing a field, or making it required, is breaking', async () => {
  const removed = desiredDocumentSchema();
  delete (backupTarget(removed).properties as Record<string, JsonSchema>).domain;
  expect((await breakingChanges(released(), removed))[0]).toMatch(/documents valid before are now rejected/);

  const required = desiredDocumentSchema();
  (backupTarget(required).required as string[]).push('domain');
  expect((await breakingChanges(released(), required))[0]).toMatch(/documents valid before are now rejected/);
});

test('narrowing an enum is breaking (json-schema-diff cannot see it, the gate does)', async () => {
  const next = desiredDocumentSchema();
  const type = (backupTarget(next).properties as Record<string, JsonSchema>).type;
  type.enum = ['rsync', 'nfs'];
  expect(await breakingChanges(released(), next)).toEqual([
    '/backup_policies/{name}/target/type: no longer accepts "smb"',
  ]);
});
