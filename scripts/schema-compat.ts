/**
 * Breaking-change gate for the desired-state document (= the Terraform resource's config shape): the
 * JSON Schema the package ships (schema/desired-document.schema.json, what editors validate with)
 * against the one last released (schema/released/desired-document.json).
 * json-schema-diff decides, set-theoretically, whether documents the released schema accepted are
 * rejected now ("removals"). It does not understand enum/pattern/conditionals, so those are stripped
 * for it, and enum narrowing and a secret's lost `${env:NAME}` placeholder are checked here directly.
 *   npm run schema:check     compare with the last released schema (exit 1 on a breaking change)
 *   npm run schema:release   record the current schema as released (do this when publishing)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { diffSchemas } from 'json-schema-diff';
import type { JsonSchema } from '../src/model';
import { ENV_PLACEHOLDER_PATTERN, documentJsonSchema } from '../src/model/document-json-schema';
import { VERSION } from '../src/version';

export const RELEASED_SCHEMA = path.resolve(__dirname, '../schema/released/desired-document.json');

const IGNORED = new Set([
  'allOf',
  'if',
  'then',
  'else',
  'not',
  'propertyNames',
  'x-message',
  'errorMessage',
  'x-firmware',
  'x-firmware-instead',
  'x-firmware-create',
  'default',
  'description',
  'pattern',
  'enum',
  'const',
  '$schema',
  'title',
]);

/** The structural part of a schema, in the keywords json-schema-diff supports. */
export function structural(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(schema)) {
    if (IGNORED.has(k)) continue;
    if (k === 'properties')
      out[k] = Object.fromEntries(
        Object.entries(v as Record<string, JsonSchema>).map(([p, s]) => [p, structural(s)]),
      );
    else if ((k === 'items' || k === 'additionalProperties') && typeof v === 'object')
      out[k] = structural(v as JsonSchema);
    else if (k === 'oneOf' || k === 'anyOf') out[k] = (v as JsonSchema[]).map(structural);
    else out[k] = v;
  }
  return out;
}

/** Paths where the current schema accepts fewer enum values than the released one. */
export function narrowedEnums(released: JsonSchema, current: JsonSchema, at = ''): string[] {
  const out: string[] = [];
  const before = released.enum as unknown[] | undefined;
  const after = current.enum as unknown[] | undefined;
  if (before && after) {
    const lost = before.filter((v) => !after.includes(v));
    if (lost.length)
      out.push(`${at || '/'}: no longer accepts ${lost.map((v) => JSON.stringify(v)).join(', ')}`);
  } else if (!before && after)
    out.push(`${at || '/'}: now restricted to ${after.map((v) => JSON.stringify(v)).join(', ')}`);
  const walk = (key: string, next: string) => {
    const a = released[key];
    const b = current[key];
    if (a && b && typeof a === 'object' && typeof b === 'object')
      out.push(...narrowedEnums(a as JsonSchema, b as JsonSchema, next));
  };
  for (const [p, s] of Object.entries((released.properties ?? {}) as Record<string, JsonSchema>)) {
    const c = (current.properties as Record<string, JsonSchema> | undefined)?.[p];
    if (c) out.push(...narrowedEnums(s, c, `${at}/${p}`));
  }
  walk('items', `${at}/*`);
  walk('additionalProperties', `${at}/{name}`);
  return out;
}

/** Whether a schema node takes an `${env:NAME}` placeholder (one of its `anyOf` branches). */
const takesPlaceholder = (s: JsonSchema): boolean =>
  Array.isArray(s.anyOf) && (s.anyOf as JsonSchema[]).some((b) => b.pattern === ENV_PLACEHOLDER_PATTERN);

/**
 * Paths where the released schema took `${env:NAME}` and the current one does not (a pattern, which
 * json-schema-diff cannot compare: a secret whose placeholder goes would break documents silently).
 */
export function lostPlaceholders(released: JsonSchema, current: JsonSchema, at = ''): string[] {
  const out: string[] = [];
  if (takesPlaceholder(released) && !takesPlaceholder(current))
    out.push(`${at || '/'}: no longer accepts \${env:NAME}`);
  const walk = (key: string, next: string) => {
    const a = released[key];
    const b = current[key];
    if (a && b && typeof a === 'object' && typeof b === 'object')
      out.push(...lostPlaceholders(a as JsonSchema, b as JsonSchema, next));
  };
  for (const [p, s] of Object.entries((released.properties ?? {}) as Record<string, JsonSchema>)) {
    const c = (current.properties as Record<string, JsonSchema> | undefined)?.[p];
    if (c) out.push(...lostPlaceholders(s, c, `${at}/${p}`));
  }
  walk('items', `${at}/*`);
  walk('additionalProperties', `${at}/{name}`);
  return out;
}

export async function breakingChanges(released: JsonSchema, current: JsonSchema): Promise<string[]> {
  const diff = await diffSchemas({
    sourceSchema: structural(released) as never,
    destinationSchema: structural(current) as never,
  });
  const problems = [...narrowedEnums(released, current), ...lostPlaceholders(released, current)];
  if (diff.removalsFound)
    problems.unshift(
      `documents valid before are now rejected; they match: ${JSON.stringify(diff.removedJsonSchema)}`,
    );
  return problems;
}

async function main(): Promise<void> {
  const current = documentJsonSchema(VERSION);
  if (process.argv.includes('--release')) {
    writeFileSync(RELEASED_SCHEMA, JSON.stringify(current, null, 1) + '\n');
    process.stdout.write(`recorded ${path.relative(process.cwd(), RELEASED_SCHEMA)}\n`);
    return;
  }
  const problems = await breakingChanges(JSON.parse(readFileSync(RELEASED_SCHEMA, 'utf8')), current);
  if (problems.length === 0) {
    process.stdout.write('desired-document schema: no breaking change against the released schema\n');
    return;
  }
  process.stderr.write(
    `desired-document schema: BREAKING changes against the released schema:\n- ${problems.join('\n- ')}\n`,
  );
  process.exit(1);
}

if (require.main === module) void main();
