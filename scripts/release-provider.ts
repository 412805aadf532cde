/**
 * `npm run release:provider [-- --out DIR]`: the provider release in the layout Terraform registries
 * and mirrors expect, in dist/release (default):
 *   terraform-provider-sps_<version>_<os>_<arch>.zip   one executable, terraform-provider-sps_v<version>
 *   terraform-provider-sps_<version>_SHA256SUMS         sha256 of every zip and of the manifest
 *   terraform-provider-sps_<version>_manifest.json      {"version":1,"metadata":{"protocol_versions":["6.0"]}}
 *
 * The executable is a Node single executable application (SEA): this machine's `node` with the
 * provider bundle (and the plugin protocol definitions, as assets) injected, so it runs where there is
 * no Node, no npm and no checkout. Built for the platform this runs on (linux_amd64 here); another
 * platform needs that platform's Node binary (`--node <path>` with `--platform os_arch`).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PROVIDER_VERSION } from '../src/provider/sps-provider';
import { platform } from '../src/provider/install';
import { PROTO_FILES } from '../src/provider/wire/protos';
import { ROOT, bundle } from './build';
import { zipOneFile } from './zip';

export interface ReleaseArtifacts {
  readonly dir: string;
  readonly zip: string;
  readonly sums: string;
  readonly manifest: string;
  readonly executableBytes: number;
}

/** Node's fuse for SEA blobs (the same string for every Node version that supports SEA). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

export async function releaseProvider(
  out = path.join(ROOT, 'dist', 'release'),
  opts: { node?: string; platform?: string } = {},
): Promise<ReleaseArtifacts> {
  const target = opts.platform ?? platform();
  const work = mkdtempSync(path.join(tmpdir(), 'sps-sea-'));
  try {
    const entry = path.join(work, 'provider.js');
    await bundle('src/provider/main.ts', entry, { shebang: false });
    const assets = Object.fromEntries(PROTO_FILES.map((f) => [f, path.join(work, 'proto', f)]));
    const blob = path.join(work, 'sea.blob');
    writeFileSync(
      path.join(work, 'sea-config.json'),
      JSON.stringify({
        main: entry,
        output: blob,
        disableExperimentalSEAWarning: true,
        useCodeCache: true,
        assets,
      }),
    );
    execFileSync(process.execPath, ['--experimental-sea-config', path.join(work, 'sea-config.json')], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const executableName = `terraform-provider-sps_v${PROVIDER_VERSION}`;
    const executable = path.join(work, executableName);
    copyFileSync(opts.node ?? process.execPath, executable);
    chmodSync(executable, 0o755);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { inject } = require('postject') as {
      inject(file: string, resource: string, data: Buffer, o: { sentinelFuse: string }): Promise<void>;
    };
    await inject(executable, 'NODE_SEA_BLOB', readFileSync(blob), { sentinelFuse: SEA_FUSE });

    mkdirSync(out, { recursive: true });
    const base = `terraform-provider-sps_${PROVIDER_VERSION}`;
    const zip = path.join(out, `${base}_${target}.zip`);
    writeFileSync(zip, zipOneFile(executableName, readFileSync(executable), 0o755));
    const manifest = path.join(out, `${base}_manifest.json`);
    writeFileSync(
      manifest,
      JSON.stringify({ version: 1, metadata: { protocol_versions: ['6.0'] } }, null, 2) + '\n',
    );
    const sums = path.join(out, `${base}_SHA256SUMS`);
    const sum = (f: string) =>
      `${createHash('sha256').update(readFileSync(f)).digest('hex')}  ${path.basename(f)}`;
    writeFileSync(sums, [zip, manifest].map(sum).sort().join('\n') + '\n');
    return { dir: out, zip, sums, manifest, executableBytes: readFileSync(executable).length };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (require.main === module) {
  releaseProvider(argValue('--out'), { node: argValue('--node'), platform: argValue('--platform') }).then(
    (r) =>
      process.stdout.write(
        `${path.relative(process.cwd(), r.zip)} (executable ${(r.executableBytes / 2 ** 20).toFixed(1)} MiB)\n` +
          `${path.relative(process.cwd(), r.sums)}\n${path.relative(process.cwd(), r.manifest)}\n`,
      ),
    (err: unknown) => {
      process.stderr.write(`release failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
