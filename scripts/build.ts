/**
 * `npm run build` (run by `npm pack` through prepack): what the published package holds.
 *   dist/lib  — the sources compiled by tsc, with type declarations: `sps-iac`, `sps-iac/constructs`
 *               (on cdktf), `sps-iac/emulator` (the protocol definitions and the CDK loader copied beside
 *               them), and lib/constructs-cdktn, `sps-iac/constructs/cdktn`: the same constructs on CDK
 *               Terrain (scripts/cdk-shim.ts says why a copy);
 *   dist/bin  — `sps`, `sps-emulator`, `terraform-provider-sps`: one self-contained file each
 *               (esbuild bundles, dependencies included), so an installed command starts without a
 *               TypeScript loader or a bundler and without reading hundreds of module files.
 */
import { chmodSync, copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { CDKTN_SHIM_DIR } from './cdk-shim';

export const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const PROTO_SRC = path.join(ROOT, 'src/provider/wire/proto');

export const COMMANDS = {
  sps: 'src/cli/main.ts',
  'sps-emulator': 'src/emulator/main.ts',
  'terraform-provider-sps': 'src/provider/main.ts',
} as const;

function copyProtos(to: string): void {
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(PROTO_SRC)) copyFileSync(path.join(PROTO_SRC, f), path.join(to, f));
}

/** One self-contained CommonJS file for a command (also the input of the standalone provider). */
export async function bundle(entry: string, outfile: string, opts: { shebang: boolean }): Promise<void> {
  await build({
    entryPoints: [path.join(ROOT, entry)],
    absWorkingDir: ROOT, // the bundle names sources relative to the checkout, from wherever it is built
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    keepNames: true, // error classes report their own names, as they do from source
    logLevel: 'error',
    legalComments: 'none',
    ...(opts.shebang ? { banner: { js: '#!/usr/bin/env node' } } : {}),
  });
  if (opts.shebang) chmodSync(outfile, 0o755);
  copyProtos(path.join(path.dirname(outfile), 'proto'));
}

export async function buildPackage(): Promise<void> {
  for (const d of ['lib', 'bin']) rmSync(path.join(DIST, d), { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json')],
    {
      stdio: 'inherit',
    },
  );
  // the generated JavaScript modules of constructs/gen (the CDK loader, the model's checks) and their types
  for (const f of readdirSync(path.join(ROOT, 'constructs/gen')).filter((f) => /\.(js|d\.ts)$/.test(f)))
    copyFileSync(path.join(ROOT, 'constructs/gen', f), path.join(DIST, 'lib/constructs/gen', f));
  // the model's build-time validators (generated JavaScript, which tsc does not copy)
  const precompiled = path.join(DIST, 'lib/src/model/precompiled');
  mkdirSync(precompiled, { recursive: true });
  for (const f of readdirSync(path.join(ROOT, 'src/model/precompiled')))
    copyFileSync(path.join(ROOT, 'src/model/precompiled', f), path.join(precompiled, f));
  copyProtos(path.join(DIST, 'lib/src/provider/wire/proto'));
  copyConstructsForCdkTerrain();
  for (const [name, entry] of Object.entries(COMMANDS))
    await bundle(entry, path.join(DIST, 'bin', `${name}.js`), { shebang: true });
  // what the provider's mirror executable runs the bundle with (V8's code cache of it)
  copyFileSync(path.join(ROOT, 'bin/lib/run-cached.cjs'), path.join(DIST, 'bin/run-cached.cjs'));
}

/**
 * dist/lib/constructs-cdktn: the compiled constructs with gen/cdk replaced by its CDK Terrain twin, so
 * that both the code and the declarations of `sps-iac/constructs/cdktn` name cdktn only.
 */
function copyConstructsForCdkTerrain(): void {
  const from = path.join(DIST, 'lib/constructs');
  const to = path.join(DIST, 'lib/constructs-cdktn');
  cpSync(from, to, { recursive: true });
  for (const f of ['cdk.js', 'cdk.d.ts'])
    copyFileSync(path.join(ROOT, 'constructs/gen', CDKTN_SHIM_DIR, f), path.join(to, 'gen', f));
  // a declaration tsc wrote with an inferred type of cdktf's would break a cdktn-only app's type check
  const naming = readdirSync(to, { recursive: true, encoding: 'utf8' }).filter(
    (f) =>
      f.endsWith('.d.ts') && /(from |import\()["']cdktf["'/]/.test(readFileSync(path.join(to, f), 'utf8')),
  );
  if (naming.length > 0)
    throw new Error(`declarations of the cdktn constructs import cdktf: ${naming.join(', ')}`);
}

if (require.main === module) {
  buildPackage().then(
    () => process.stdout.write('built dist/lib and dist/bin\n'),
    (err: unknown) => {
      process.stderr.write(`build failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
