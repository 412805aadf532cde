/**
 * Breaking-change gate for the Terraform provider's schema (schema/sps.schema.json, the
 * `terraform providers schema -json` document) against the last released one
 * (schema/released/sps.schema.json), read with the release notes (CHANGELOG.md). See
 * scripts/provider-schema/gate.ts for what counts as breaking.
 *   npm run provider-schema:check     exit 1 on a breaking change CHANGELOG.md does not record, or a
 *                                     state shape change without a schema version bump
 *   npm run provider-schema:release   record the current schema as released (when publishing)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { JsonSchema } from '../src/model';
import { parseChangelog, isAfter, recordedSince } from './provider-schema/changelog';
import { ENUM_SOURCES, enumsOf, type EnumMap } from './provider-schema/enums';
import { gateProblems, providerSchemaGate, type GateResult } from './provider-schema/gate';
import type { ProviderSchemasJson } from './provider-schema/terraform-schema';

const ROOT = path.resolve(__dirname, '..');
export const CURRENT_SCHEMA = path.join(ROOT, 'schema/sps.schema.json');
export const RELEASED_SCHEMA = path.join(ROOT, 'schema/released/sps.schema.json');
/** The released version, and the enums its attributes accepted (the schema itself has none). */
export const RELEASED_META = path.join(ROOT, 'schema/released/sps.schema.meta.json');
export const CHANGELOG = path.join(ROOT, 'CHANGELOG.md');

export interface ReleasedMeta {
  readonly version: string;
  readonly recorded_from: string;
  readonly enums: EnumMap;
}

export interface GateFiles {
  readonly released: ProviderSchemasJson;
  readonly releasedMeta: ReleasedMeta;
  readonly current: ProviderSchemasJson;
  readonly changelog: string;
  /** Where the current enums come from (the model, unless a test says otherwise). */
  readonly enumSources?: Readonly<Record<string, () => JsonSchema>>;
}

export interface GateReport {
  readonly result: GateResult;
  /** What fails the gate. */
  readonly problems: readonly string[];
  /** What is worth saying but fails nothing. */
  readonly notes: readonly string[];
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

export function checkedInFiles(): GateFiles {
  return {
    released: readJson(RELEASED_SCHEMA),
    releasedMeta: readJson(RELEASED_META),
    current: readJson(CURRENT_SCHEMA),
    changelog: readFileSync(CHANGELOG, 'utf8'),
  };
}

export async function checkProviderSchema(files: GateFiles): Promise<GateReport> {
  const changelog = parseChangelog(files.changelog);
  const recorded = recordedSince(changelog, files.releasedMeta.version);
  const result = await providerSchemaGate({
    released: files.released,
    releasedEnums: files.releasedMeta.enums,
    current: files.current,
    currentEnums: enumsOf(files.current, files.enumSources ?? ENUM_SOURCES),
    recorded: recorded.map((r) => r.address),
  });
  const problems = [
    ...changelog.unreadable,
    ...gateProblems(result).map(
      (p) =>
        `${p}${p.includes('schema version') ? '' : ` — record it under "### Breaking changes" of the next version in CHANGELOG.md, or make it compatible`}`,
    ),
  ];
  const notes = [
    ...result.recorded.map(
      (f) => `${f.address}: ${f.detail} (${f.kind}) — recorded as breaking in CHANGELOG.md`,
    ),
    ...result.stale.map(
      (a) => `${a}: recorded as breaking in CHANGELOG.md, but the schema shows no breaking change there`,
    ),
  ];
  return { result, problems, notes };
}

/** The checked-in schema becomes the released one: run when publishing `version`. */
function release(version: string): void {
  const changelog = parseChangelog(readFileSync(CHANGELOG, 'utf8'));
  const previous = readJson<ReleasedMeta>(RELEASED_META);
  if (!isAfter(version, previous.version) || /^unreleased$/i.test(version))
    throw new Error(
      `version ${version} is not after the released ${previous.version}: bump package.json first`,
    );
  if (changelog.entries.some((e) => /^unreleased$/i.test(e.version)))
    throw new Error(
      `CHANGELOG.md still has "## Unreleased" breaking changes: name that section "## ${version}" first`,
    );
  const current = readJson<ProviderSchemasJson>(CURRENT_SCHEMA);
  writeFileSync(RELEASED_SCHEMA, readFileSync(CURRENT_SCHEMA));
  const meta: ReleasedMeta = {
    version,
    recorded_from: `schema/sps.schema.json of ${version} (npm run provider-schema:release)`,
    enums: enumsOf(current),
  };
  writeFileSync(RELEASED_META, JSON.stringify(meta, null, 2) + '\n');
  process.stdout.write(
    `recorded the provider schema of ${version} in ${path.relative(ROOT, RELEASED_SCHEMA)}\n`,
  );
}

async function main(): Promise<void> {
  if (process.argv.includes('--release')) {
    release(readJson<{ version: string }>(path.join(ROOT, 'package.json')).version);
    return;
  }
  const files = checkedInFiles();
  const report = await checkProviderSchema(files);
  const released = files.releasedMeta.version;
  for (const note of report.notes) process.stdout.write(`note: ${note}\n`);
  if (report.problems.length === 0) {
    process.stdout.write(`provider schema: no unrecorded breaking change against ${released}\n`);
    return;
  }
  process.stderr.write(
    `provider schema: BREAKING changes against ${released}:\n- ${report.problems.join('\n- ')}\n`,
  );
  process.exitCode = 1;
}

if (require.main === module)
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
