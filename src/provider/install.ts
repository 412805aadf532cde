/**
 * Installs terraform-provider-sps into a Terraform filesystem mirror so `terraform init` works
 * offline, and writes a CLI configuration that uses it:
 *   npm run provider:install -- [--mirror DIR]   (default: ~/.terraform.d/sps-mirror)
 * Then: export TF_CLI_CONFIG_FILE=DIR/terraformrc
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import * as path from 'node:path';
import { PROVIDER_NAMESPACE, PROVIDER_VERSION } from './sps-provider';

export interface InstalledMirror {
  readonly mirrorDir: string;
  readonly cliConfigFile: string;
  readonly executable: string;
}

export function platform(): string {
  const arch = { x64: 'amd64', arm64: 'arm64', ia32: '386' }[process.arch as string] ?? process.arch;
  return `${process.platform}_${arch}`;
}

export function installIntoMirror(
  mirrorDir: string,
  repoRoot = path.resolve(__dirname, '../..'),
): InstalledMirror {
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
  const wrapper = path.join(repoRoot, 'bin', 'terraform-provider-sps');
  writeFileSync(executable, `#!/bin/sh\nexec "${wrapper}" "$@"\n`);
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
  return { mirrorDir: path.resolve(mirrorDir), cliConfigFile, executable };
}

if (require.main === module) {
  const at = process.argv.indexOf('--mirror');
  const mirror = at > 0 ? process.argv[at + 1] : path.join(homedir(), '.terraform.d', 'sps-mirror');
  const installed = installIntoMirror(mirror);
  process.stdout.write(
    `installed ${installed.executable}\nexport TF_CLI_CONFIG_FILE=${installed.cliConfigFile}\n`,
  );
}
