/**
 * Generates the CDKTF bindings (L1) for the `sps` provider from `schema/sps.schema.json` into
 * `constructs/gen/` (checked in; never edited by hand):
 *   npm run constructs:generate
 *
 * Offline by design: no `cdktf get`, no Terraform. We deep-import the generator because the package
 * root of @cdktf/provider-generator 0.21 requires jsii at load time (docs/terraform-and-cdktf.md §2).
 * CHECKPOINT_DISABLE must be set before the generator (and @cdktf/commons) is loaded, so the modules
 * are required lazily inside generateBindings().
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..');
export const SCHEMA_FILE = path.join(REPO_ROOT, 'schema', 'sps.schema.json');
export const GEN_DIR = path.join(REPO_ROOT, 'constructs', 'gen');
/** The provider version the bindings pin in `required_providers` (src/provider PROVIDER_VERSION). */
export const PROVIDER_VERSION = '0.1.0';
export const REGENERATE_COMMAND = 'npm run constructs:generate';

interface ProviderSchemaDocument {
  readonly provider_schemas: Record<string, unknown>;
  readonly provider_versions?: Record<string, string>;
}

/** Reads the provider schema and pins every provider in it to PROVIDER_VERSION. */
export function readSchemaWithVersions(schemaFile = SCHEMA_FILE): ProviderSchemaDocument {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as ProviderSchemaDocument;
  const versions = Object.fromEntries(
    Object.keys(schema.provider_schemas).map((fqpn) => [fqpn, PROVIDER_VERSION]),
  );
  return { ...schema, provider_versions: versions };
}

/** Writes TypeScript bindings for every provider in the schema into `outDir` (replacing it). */
export async function generateBindings(outDir = GEN_DIR, schemaFile = SCHEMA_FILE): Promise<void> {
  process.env.CHECKPOINT_DISABLE = '1';
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { TerraformProviderGenerator } =
    require('@cdktf/provider-generator/lib/get/generator/provider-generator') as typeof import('@cdktf/provider-generator/lib/get/generator/provider-generator');
  // The generator depends on its own codemaker copy; use that one, so both sides agree on its version.
  const generatorDir = path.dirname(require.resolve('@cdktf/provider-generator/package.json'));
  const { CodeMaker } = require(require.resolve('codemaker', { paths: [generatorDir] })) as {
    CodeMaker: new () => ConstructorParameters<typeof TerraformProviderGenerator>[0];
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const code = new CodeMaker();
  const schema = readSchemaWithVersions(schemaFile);
  new TerraformProviderGenerator(
    code,
    schema as ConstructorParameters<typeof TerraformProviderGenerator>[1],
  ).generateAll();
  rmSync(outDir, { recursive: true, force: true });
  await code.save(outDir);
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith('.ts')) {
      const full = path.join(outDir, file);
      writeFileSync(full, patchGenerated(readFileSync(full, 'utf8')));
    }
  }
}

/**
 * Two fixes to what the generator writes, applied to every file so regeneration reproduces them:
 * - it emits `cdktf.StringMapMap` for the computed `keys` attribute (map of map of string), a class
 *   cdktf 0.21 does not have, which throws at construction; `AnyMap` is the closest that exists;
 * - its code does not satisfy our tsconfig's `noImplicitOverride`, so type checking of generated
 *   files is switched off (their types still check every use in constructs/lib).
 */
export function patchGenerated(source: string): string {
  return `// @ts-nocheck -- generated code; see scripts/generate-bindings.ts\n${source.replace(/cdktf\.StringMapMap\b/g, 'cdktf.AnyMap')}`;
}

if (require.main === module) {
  generateBindings().then(
    () =>
      process.stdout.write(
        `generated ${path.relative(REPO_ROOT, GEN_DIR)} from ${path.relative(REPO_ROOT, SCHEMA_FILE)}\n`,
      ),
    (err: unknown) => {
      process.stderr.write(`generate-bindings failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
