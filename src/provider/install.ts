/**
 * Installs terraform-provider-sps into a Terraform filesystem mirror (the unpacked layout) so
 * `terraform init` works offline, and writes a CLI configuration that uses it:
 *   npx terraform-provider-sps install [--mirror DIR]   from an npm install of the package
 *   npm run provider:install -- [--mirror DIR]          in a checkout (the same command, from source)
 * (default DIR: ~/.terraform.d/sps-mirror). Then: export TF_CLI_CONFIG_FILE=DIR/terraformrc
 *
 * The mirror's executable is a small wrapper, so the provider that answers is always the installed
 * one: in a checkout it execs bin/terraform-provider-sps (which rebuilds its bundle when a source is
 * newer); from the package it execs this very Node on the package's provider bundle, by absolute
 * paths, so it runs whatever PATH Terraform is given.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { PROVIDER_NAMESPACE, PROVIDER_VERSION } from './sps-provider';

export interface InstalledMirror {
  readonly mirrorDir: string;
  readonly cliConfigFile: string;
  readonly executable: string;
  /** What the executable runs: the command and its arguments. */
  readonly launches: readonly string[];
}

export const DEFAULT_MIRROR = path.join(homedir(), '.terraform.d', 'sps-mirror');

export function platform(): string {
  const arch = { x64: 'amd64', arm64: 'arm64', ia32: '386' }[process.arch as string] ?? process.arch;
  return `${process.platform}_${arch}`;
}

/** The folder of the sps-iac package (or checkout) this code runs from. */
function packageRoot(from = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'sps-iac'
    )
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`no sps-iac package.json above ${from}`);
  }
}

/**
 * The command Terraform is to run: the checkout's launcher from source, else node on the package's
 * bundle, through the loader that keeps V8's code cache of it (a quarter of each start-up). The cache
 * goes to the user's cache folder, never into the mirror: Terraform checks a provider's folder
 * against its recorded checksums.
 */
export function providerCommand(env: NodeJS.ProcessEnv = process.env): readonly string[] {
  const root = packageRoot();
  if (__filename.endsWith('.ts')) return [path.join(root, 'bin', 'terraform-provider-sps')];
  const bundle = path.join(root, 'dist', 'bin', 'terraform-provider-sps.js');
  const loader = path.join(root, 'dist', 'bin', 'run-cached.cjs');
  if (!existsSync(bundle) || !existsSync(loader))
    throw new Error(`the provider bundle ${bundle} is missing: reinstall sps-iac`);
  const cacheDir = env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
  const cache = path.join(cacheDir, 'sps-iac', `terraform-provider-sps_v${PROVIDER_VERSION}.v8cache`);
  return [process.execPath, loader, cache, bundle];
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function installIntoMirror(mirrorDir: string, launches = providerCommand()): InstalledMirror {
  const dir = path.join(
    mirrorDir,
    'registry.terraform.io',
    PROVIDER_NAMESPACE,
    'sps',
    PROVIDER_VERSION,
    platform(),
  );
  mkdirSync(dir, { recursive: true });
  const executable = path.join(dir, `terraform-provider-sps_v${PROVIDER_VERSION}`);
  // exec: Terraform's signals, and its death, reach the provider itself
  writeFileSync(executable, `#!/bin/sh\nexec ${launches.map(shellQuote).join(' ')} "$@"\n`);
  chmodSync(executable, 0o755);
  const cliConfigFile = path.join(mirrorDir, 'terraformrc');
  writeFileSync(
    cliConfigFile,
    [
      'provider_installation {',
      '  filesystem_mirror {',
      `    path    = ${JSON.stringify(path.resolve(mirrorDir))}`,
      `    include = ["registry.terraform.io/${PROVIDER_NAMESPACE}/*"]`,
      '  }',
      '  direct {',
      `    exclude = ["registry.terraform.io/${PROVIDER_NAMESPACE}/*"]`,
      '  }',
      '}',
      '',
    ].join('\n'),
  );
  return { mirrorDir: path.resolve(mirrorDir), cliConfigFile, executable, launches };
}

const USAGE =
  'usage: terraform-provider-sps install [--mirror DIR]   (default DIR: ~/.terraform.d/sps-mirror)';

/** `terraform-provider-sps install …`: the exit code; what it did (or why not) on stdout / stderr. */
export function installCommand(args: readonly string[]): number {
  let mirror = DEFAULT_MIRROR;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (arg === '--mirror' && args[i + 1] !== undefined) mirror = args[++i];
    else if (arg.startsWith('--mirror=')) mirror = arg.slice('--mirror='.length);
    else {
      process.stderr.write(`unexpected argument ${JSON.stringify(arg)}\n${USAGE}\n`);
      return 1;
    }
  }
  const installed = installIntoMirror(mirror);
  process.stdout.write(
    `installed sps-iac/sps ${PROVIDER_VERSION} (${platform()}) into the filesystem mirror ${installed.mirrorDir}\n` +
      `  ${installed.executable}\n  runs ${installed.launches.join(' ')}\n` +
      `Point Terraform at it (terraform init then works offline):\n` +
      `export TF_CLI_CONFIG_FILE=${shellQuote(installed.cliConfigFile)}\n`,
  );
  return 0;
}
