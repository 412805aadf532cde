/**
 * `npm run release:provider [-- --out DIR] [--gpg-key KEY]`: the provider release in the layout the
 * Terraform registry and mirrors expect, in dist/release (default):
 *   terraform-provider-sps_<version>_<os>_<arch>.zip   one executable, terraform-provider-sps_v<version>
 *   terraform-provider-sps_<version>_manifest.json      {"version":1,"metadata":{"protocol_versions":["6.0"]}}
 *   terraform-provider-sps_<version>_SHA256SUMS         sha256 of every zip and of the manifest
 *   terraform-provider-sps_<version>_SHA256SUMS.sig     with --gpg-key: a detached GPG signature of the sums
 *
 * The executable is a Node single executable application (SEA): this machine's `node` with the
 * provider bundle (and the plugin protocol definitions, as assets) injected, so it runs where there is
 * no Node, no npm and no checkout. Built for the platform this runs on (linux_amd64 here); another
 * platform needs that platform's Node binary (`--node <path>` with `--platform os_arch`).
 *
 * Reproducible: two builds of one commit with the same Node give the same bytes, zip and executable.
 * The zip's one timestamp is SOURCE_DATE_EPOCH (reproducible-builds.org), by default the commit's
 * time; the SEA blob carries no V8 code cache (its bytes differ from run to run); the bundle names
 * sources relative to the checkout, wherever it is.
 */
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
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
import { injectSeaBlob } from './sea-inject';
import { zipOneFile } from './zip';

export interface ReleaseArtifacts {
  readonly dir: string;
  readonly zip: string;
  readonly sums: string;
  readonly manifest: string;
  /** The detached signature of the sums, when a key was given. */
  readonly signature?: string;
  readonly executableBytes: number;
}

export interface ReleaseOptions {
  /** The Node binary the executable is made of.  @default this process's */
  readonly node?: string;
  readonly platform?: string;
  /** The GPG key (id, fingerprint or user id) that signs the sums; gpg's own GNUPGHOME applies. */
  readonly gpgKey?: string;
  /** Seconds since the epoch for the zip's timestamp.  @default SOURCE_DATE_EPOCH, else the commit's time */
  readonly sourceDateEpoch?: number;
}

/** SOURCE_DATE_EPOCH, else the time of the checkout's HEAD commit: the same for every build of it. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.SOURCE_DATE_EPOCH;
  if (given !== undefined) {
    if (!/^\d+$/.test(given))
      throw new Error(`SOURCE_DATE_EPOCH must be a number of seconds, not "${given}"`);
    return Number(given);
  }
  const git = spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' });
  const seconds = git.stdout?.trim();
  if (git.status !== 0 || !/^\d+$/.test(seconds ?? ''))
    throw new Error('not a git checkout: set SOURCE_DATE_EPOCH to the release time (seconds since 1970)');
  return Number(seconds);
}

/** The SEA blob of the provider bundle: node --experimental-sea-config, its chatter kept for failures. */
function seaBlob(work: string, entry: string): Buffer {
  // paths relative to the work directory: the blob records the main script's path as given
  const assets = Object.fromEntries(PROTO_FILES.map((f) => [f, path.join('proto', f)]));
  const config = {
    main: path.basename(entry),
    output: 'sea.blob',
    disableExperimentalSEAWarning: true,
    useCodeCache: false,
    assets,
  };
  writeFileSync(path.join(work, 'sea-config.json'), JSON.stringify(config));
  const made = spawnSync(process.execPath, ['--experimental-sea-config', 'sea-config.json'], {
    cwd: work,
    encoding: 'utf8',
  });
  if (made.status !== 0)
    throw new Error(`node --experimental-sea-config failed:\n${made.stderr}${made.stdout}`.trimEnd());
  return readFileSync(path.join(work, config.output));
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** `--detach-sign` as the Terraform registry verifies it (a binary signature beside the sums). */
function sign(sums: string, key: string): string {
  const signature = `${sums}.sig`;
  execFileSync(
    'gpg',
    ['--batch', '--yes', '--local-user', key, '--output', signature, '--detach-sign', sums],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return signature;
}

export async function releaseProvider(
  out = path.join(ROOT, 'dist', 'release'),
  opts: ReleaseOptions = {},
): Promise<ReleaseArtifacts> {
  const target = opts.platform ?? platform();
  const epoch = opts.sourceDateEpoch ?? sourceDateEpoch();
  const work = mkdtempSync(path.join(tmpdir(), 'sps-sea-'));
  try {
    const entry = path.join(work, 'provider.js');
    await bundle('src/provider/main.ts', entry, { shebang: false });
    const executableName = `terraform-provider-sps_v${PROVIDER_VERSION}`;
    const executable = path.join(work, executableName);
    copyFileSync(opts.node ?? process.execPath, executable);
    chmodSync(executable, 0o755);
    await injectSeaBlob(executable, seaBlob(work, entry));

    mkdirSync(out, { recursive: true });
    const base = `terraform-provider-sps_${PROVIDER_VERSION}`;
    const zip = path.join(out, `${base}_${target}.zip`);
    writeFileSync(zip, zipOneFile(executableName, readFileSync(executable), 0o755, new Date(epoch * 1000)));
    const manifest = path.join(out, `${base}_manifest.json`);
    writeFileSync(
      manifest,
      JSON.stringify({ version: 1, metadata: { protocol_versions: ['6.0'] } }, null, 2) + '\n',
    );
    const sums = path.join(out, `${base}_SHA256SUMS`);
    const listed = [zip, manifest].sort((a, b) => path.basename(a).localeCompare(path.basename(b)));
    writeFileSync(sums, listed.map((f) => `${sha256(f)}  ${path.basename(f)}\n`).join(''));
    rmSync(`${sums}.sig`, { force: true }); // a signature of earlier sums would not verify
    const signature = opts.gpgKey ? sign(sums, opts.gpgKey) : undefined;
    const executableBytes = readFileSync(executable).length;
    return { dir: out, zip, sums, manifest, ...(signature ? { signature } : {}), executableBytes };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (require.main === module) {
  const shown = (f: string) => path.relative(process.cwd(), f);
  releaseProvider(argValue('--out'), {
    node: argValue('--node'),
    platform: argValue('--platform'),
    gpgKey: argValue('--gpg-key'),
  }).then(
    (r) =>
      process.stdout.write(
        `${shown(r.zip)} (executable ${(r.executableBytes / 2 ** 20).toFixed(1)} MiB)\n` +
          `${shown(r.manifest)}\n${shown(r.sums)}\n${r.signature ? `${shown(r.signature)}\n` : ''}` +
          readFileSync(r.sums, 'utf8'),
      ),
    (err: unknown) => {
      process.stderr.write(`release failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
