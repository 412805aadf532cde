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
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { MANAGED_KINDS as MODEL_KINDS } from '../src/model';
import { CDKTN_SHIM_DIR, cdkShimDts, cdkShimJs } from './cdk-shim';

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
  const anchors = topLevelAnchors(schema); // before the generator, which adds `alias` to the provider block
  new TerraformProviderGenerator(
    code,
    schema as ConstructorParameters<typeof TerraformProviderGenerator>[1],
  ).generateAll();
  rmSync(outDir, { recursive: true, force: true });
  await code.save(outDir);
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    if ((file.endsWith('.ts') && !file.endsWith('.d.ts')) || file.endsWith('.md')) {
      const full = path.join(outDir, file);
      const shim = path.relative(path.dirname(full), path.join(outDir, 'cdk')).replace(/\\/g, '/');
      const text = readFileSync(full, 'utf8');
      writeFileSync(
        full,
        patchGenerated(text, shim.startsWith('.') ? shim : `./${shim}`, file.endsWith('.ts'), anchors),
      );
    }
  }
  writeCdkShims(outDir);
  await writeConstructModel(outDir);
}

/** gen/cdk (cdktf, what the bindings import) and gen/cdktn/cdk, its CDK Terrain twin (scripts/cdk-shim.ts). */
function writeCdkShims(outDir: string): void {
  mkdirSync(path.join(outDir, CDKTN_SHIM_DIR), { recursive: true });
  for (const [dir, library] of [
    [outDir, 'cdktf'],
    [path.join(outDir, CDKTN_SHIM_DIR), 'cdktn'],
  ] as const) {
    writeFileSync(path.join(dir, 'cdk.js'), cdkShimJs(library));
    writeFileSync(path.join(dir, 'cdk.d.ts'), cdkShimDts(library));
  }
}

/**
 * constructs/gen/model.js: the model's checks, address rule, defaults and kind lists, bundled from
 * src/model through scripts/construct-model.ts, so the constructs validate with the model itself and
 * restate none of it (ajv stays a dependency, not bundled). Its types: model.d.ts.
 */
async function writeConstructModel(outDir: string): Promise<void> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(REPO_ROOT, 'scripts', 'construct-model.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['ajv'],
    // the model's build-time validators (≈1.3 MB) stay out: the constructs compile the few they use
    plugins: [
      {
        name: 'no-precompiled-validators',
        setup(b) {
          b.onResolve({ filter: /[/\\]precompiled[/\\](checks|defaults)\.js$/ }, () => ({
            path: 'precompiled',
            namespace: 'empty',
          }));
          b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {};' }));
        },
      },
    ],
    write: false,
    minifyWhitespace: true, // generated, not read: a reformatted model source needs no regeneration
    legalComments: 'none',
    logLevel: 'error',
  });
  const header =
    '// generated by scripts/generate-bindings.ts from src/model (scripts/construct-model.ts); never edit\n';
  writeFileSync(path.join(outDir, 'model.js'), header + result.outputFiles[0].text);
  const kinds = (shape: 'collection' | 'singleton') =>
    MODEL_KINDS.filter((k) => (shape === 'collection') === (k.shape === 'collection'))
      .map((k) => `'${k.name}'`)
      .join(' | ');
  writeFileSync(
    path.join(outDir, 'model.d.ts'),
    `${header}/** The kinds the constructs manage: the keys of the sps_configuration resource. */
export type SpsCollectionKind = ${kinds('collection')};
export type SpsSingletonKind = ${kinds('singleton')};
export type SpsKind = SpsCollectionKind | SpsSingletonKind;
export declare const COLLECTION_KINDS: readonly SpsCollectionKind[];
export declare const SINGLETON_KINDS: readonly SpsSingletonKind[];
export interface Issue { readonly path: string; readonly message: string; readonly secret: boolean }
/** The model's problems with an object's body (desired form); none at or inside a token. */
export declare function checkObject(kind: SpsKind | string, body: object, isToken: (v: unknown) => boolean): Issue[];
/** The model's problem with an object's name, if any. */
export declare function checkName(kind: string, name: string): string | undefined;
/** An address written as text: ip for IP literals, fqdn (valid or not) otherwise. */
export declare function addressOf(value: string): { selection: 'ip' | 'fqdn'; value: string; valid: boolean };
/** The model's default for a field of a kind's body. */
export declare function defaultOf(kind: SpsKind, path: readonly string[]): unknown;
/** A typed kind's endpoint relative to /api/configuration. */
export declare function endpointOf(kind: SpsKind): string;
/** Why an endpoint cannot hold pass-through objects, if it cannot. */
export declare function passThroughProblem(endpoint: string): string | undefined;
/** The values a pass-through body holds at its sensitive paths ("*" for every list item), each with its pointer. */
export declare function valuesAtPaths(body: object, pointers: readonly string[]): { pointer: string; value: unknown }[];
/** JSON pointers of a typed kind's secret fields ("*" for every list item), inline secret references included. */
export declare function secretPointers(kind: SpsKind): string[];
`,
  );
}

/**
 * Two fixes to what the generator writes, applied to every file so regeneration reproduces them:
 * - it emits `cdktf.StringMapMap` for the computed `keys` attribute (map of map of string), a class
 *   cdktf 0.21 does not have, which throws at construction; `AnyMap` is the closest that exists;
 * - its code does not satisfy our tsconfig's `noImplicitOverride`, so type checking of generated
 *   files is switched off (their types still check every use in constructs/lib).
 */
/**
 * The top-level attribute names of each documentation page (`resources/configuration`, …): the only
 * anchors a generated link can name, since the generator links nested attributes by their leaf name.
 */
export function topLevelAnchors(schema: ProviderSchemaDocument): (page: string) => ReadonlySet<string> {
  const pages = new Map<string, Set<string>>();
  for (const p of Object.values(schema.provider_schemas) as {
    provider?: { block: { attributes?: object } };
    resource_schemas?: Record<string, { block: { attributes?: object } }>;
    data_source_schemas?: Record<string, { block: { attributes?: object } }>;
  }[]) {
    pages.set('index', new Set(Object.keys(p.provider?.block.attributes ?? {})));
    for (const [type, r] of Object.entries(p.resource_schemas ?? {}))
      pages.set(`resources/${type.replace(/^sps_/, '')}`, new Set(Object.keys(r.block.attributes ?? {})));
    for (const [type, d] of Object.entries(p.data_source_schemas ?? {}))
      pages.set(`data-sources/${type.replace(/^sps_/, '')}`, new Set(Object.keys(d.block.attributes ?? {})));
  }
  return (page) => pages.get(page) ?? new Set();
}

export function patchGenerated(
  source: string,
  shim = '../../../cdk',
  typescript = true,
  anchors: (page: string) => ReadonlySet<string> = () => new Set(),
): string {
  const patched = source
    .replace(/cdktf\.StringMapMap\b/g, 'cdktf.AnyMap')
    .replace(/import \* as cdktf from 'cdktf';/g, `import * as cdktf from '${shim}';`)
    // the provider's documentation ships in this package (docs/, the registry's layout), not at a registry;
    // a nested attribute's link names only its leaf, so it points at the page, not at an anchor
    .replace(
      /\{@link https:\/\/registry\.terraform\.io\/providers\/sps-iac\/sps\/[^/]+\/docs\/([\w-]+)\/(\w+)(#\w+)? ([^}]+)\}/g,
      (_m, kind: string, page: string, anchor: string | undefined, text: string) =>
        `${text} (docs/${kind}/${page}.md${anchor && anchors(`${kind}/${page}`).has(anchor.slice(1)) ? anchor : ''} in the sps-iac package)`,
    )
    .replace(
      /https:\/\/registry\.terraform\.io\/providers\/sps-iac\/sps\/[^/]+\/docs\/([\w-]+)\/(\w+)(#\w+)?/g,
      'docs/$1/$2.md$3 (in the sps-iac package)',
    )
    .replace(
      /\{@link https:\/\/registry\.terraform\.io\/providers\/sps-iac\/sps\/[^/]+\/docs(#\w+)? ([^}]+)\}/g,
      (_m, anchor: string | undefined, text: string) =>
        `${text} (docs/index.md${anchor && anchors('index').has(anchor.slice(1)) ? anchor : ''} in the sps-iac package)`,
    )
    .replace(
      /https:\/\/registry\.terraform\.io\/providers\/sps-iac\/sps\/[^/\s]+\/docs(#\w+)?/g,
      'docs/index.md$1 (in the sps-iac package)',
    )
    .replace(/Docs at Terraform Registry: /g, 'Docs: ')
    .replace(/Refer to the Terraform Registry for docs: /g, 'Docs: ');
  return typescript
    ? `// @ts-nocheck -- generated code; see scripts/generate-bindings.ts\n${patched}`
    : patched;
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
