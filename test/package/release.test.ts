/**
 * The provider release is reproducible and signed: two builds of one commit (HEAD, exported twice with
 * `git archive` into two directories, as two builders would check it out) give the same zip and the
 * same executable byte for byte, with no warning printed; the zip's one timestamp is
 * SOURCE_DATE_EPOCH; the sums and the manifest are what the Terraform registry reads; `--gpg-key`
 * signs the sums with a detached signature that `gpg --verify` accepts (a throwaway key made here).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { sourceDateEpoch } from '../../scripts/release-provider';
import { FakeTerraformCore } from '../provider/harness';
import { ROOT, run, spawnAsync, type Finished } from './packed';

const hasGpg = spawnSync('sh', ['-c', 'command -v gpg'], { encoding: 'utf8' }).stdout.trim() !== '';
if (!hasGpg)
  console.warn('\n!!! gpg is not on PATH: SKIPPING the signed-release tests (.ci/run installs gnupg) !!!\n');

const BASE = 'terraform-provider-sps_0.1.0';
const ZIP = `${BASE}_linux_amd64.zip`;
const EXECUTABLE = 'terraform-provider-sps_v0.1.0';
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let work: string;
let gnupg: string;
let epoch: number;
const builds: { dir: string; out: string; result: Finished }[] = [];

/** HEAD as a builder checks it out (the dependencies from this checkout), then its release build. */
async function buildFromHead(name: string, keyId?: string): Promise<(typeof builds)[number]> {
  const dir = path.join(work, name, 'sps-iac'); // the same depth for both: node_modules is linked
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git -C "${ROOT}" archive HEAD | tar -x -C "${dir}"`]);
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  const out = path.join(work, name, 'release');
  const args = ['scripts/release-provider.ts', '--out', out, ...(keyId ? ['--gpg-key', keyId] : [])];
  const result = await spawnAsync(path.join(dir, 'node_modules/.bin/tsx'), args, {
    cwd: dir,
    env: { ...process.env, SOURCE_DATE_EPOCH: String(epoch), GNUPGHOME: gnupg },
  });
  return { dir, out, result };
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'sps-release-'));
  gnupg = path.join(work, 'gnupg');
  mkdirSync(gnupg, { mode: 0o700 });
  epoch = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' }).trim());
  let keyId: string | undefined;
  if (hasGpg) {
    const env = { ...process.env, GNUPGHOME: gnupg };
    execFileSync(
      'gpg',
      [
        '--batch',
        '--passphrase',
        '',
        '--quick-gen-key',
        'sps-iac release test <release@test.invalid>',
        'ed25519',
        'sign',
        'never',
      ],
      { env, stdio: 'ignore' },
    );
    const listed = execFileSync('gpg', ['--batch', '--with-colons', '--list-secret-keys'], {
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'], // its trust-database notes are not the test's output
    });
    keyId = /^fpr:+([0-9A-F]{40}):/m.exec(listed)![1];
  }
  // one after the other: each build takes most of both cores
  builds.push(await buildFromHead('a', keyId));
  builds.push(await buildFromHead('b', keyId));
}, 300_000);

afterAll(() => {
  if (hasGpg) spawnSync('gpgconf', ['--kill', 'gpg-agent'], { env: { ...process.env, GNUPGHOME: gnupg } });
  if (work) rmSync(work, { recursive: true, force: true });
});

test('both builds succeed and print no warning', () => {
  for (const { result } of builds) {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${ZIP} (executable`);
  }
});

test('two builds of one commit are byte-identical: the zip, and the executable in it', async () => {
  const [a, b] = builds;
  expect(sha256(path.join(a.out, ZIP))).toBe(sha256(path.join(b.out, ZIP)));
  for (const { out } of builds)
    await run('unzip', ['-q', '-o', path.join(out, ZIP), '-d', path.join(out, 'x')]);
  expect(readdirSync(path.join(a.out, 'x'))).toEqual([EXECUTABLE]);
  const [x, y] = builds.map(({ out }) => readFileSync(path.join(out, 'x', EXECUTABLE)));
  expect(x.equals(y)).toBe(true);
  expect(readFileSync(path.join(a.out, `${BASE}_SHA256SUMS`), 'utf8')).toBe(
    readFileSync(path.join(b.out, `${BASE}_SHA256SUMS`), 'utf8'),
  );
  console.log(
    `release build, twice from ${execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim()}:\n${readFileSync(path.join(a.out, `${BASE}_SHA256SUMS`), 'utf8')}`,
  );
});

test('the zip holds one executable, mode 0755, dated SOURCE_DATE_EPOCH (UTC)', async () => {
  const { stdout } = await run('unzip', ['-Z', '-T', path.join(builds[0].out, ZIP)]);
  const line = stdout.split('\n').find((l) => l.endsWith(EXECUTABLE))!;
  expect(line).toMatch(/^-rwxr-xr-x /);
  const d = new Date(epoch * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}.${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds() & ~1)}`;
  expect(line).toContain(stamp);
});

test('the executable runs on its own: a plugin handshake and the schema', async () => {
  const core = await FakeTerraformCore.launch(path.join(builds[0].out, 'x', EXECUTABLE), {
    env: { PATH: '/nonexistent' },
  });
  try {
    expect((await core.schema()).resources.has('sps_configuration')).toBe(true);
  } finally {
    core.kill();
  }
});

test('sums and manifest as the registry reads them', () => {
  const { out } = builds[0];
  expect(JSON.parse(readFileSync(path.join(out, `${BASE}_manifest.json`), 'utf8'))).toEqual({
    version: 1,
    metadata: { protocol_versions: ['6.0'] },
  });
  const sums = readFileSync(path.join(out, `${BASE}_SHA256SUMS`), 'utf8');
  expect(sums).toBe(
    [ZIP, `${BASE}_manifest.json`].map((f) => `${sha256(path.join(out, f))}  ${f}\n`).join(''),
  );
});

(hasGpg ? test : test.skip)(
  'SHA256SUMS.sig is a detached signature of the sums that gpg --verify accepts',
  () => {
    const { out } = builds[0];
    const sums = path.join(out, `${BASE}_SHA256SUMS`);
    const env = { ...process.env, GNUPGHOME: gnupg };
    const verify = (file: string) =>
      spawnSync('gpg', ['--batch', '--verify', `${sums}.sig`, file], { env, encoding: 'utf8' });
    const good = verify(sums);
    expect(good.stderr).toContain('Good signature from "sps-iac release test');
    expect(good.status).toBe(0);
    expect(readFileSync(`${sums}.sig`)[0] & 0x80).toBe(0x80); // binary OpenPGP, as the registry takes it, not armored
    const tampered = path.join(work, 'tampered');
    writeFileSync(
      tampered,
      readFileSync(sums, 'utf8').replace(/^./, (c) => (c === '0' ? '1' : '0')),
    );
    expect(verify(tampered).status).not.toBe(0);
  },
);

test('SOURCE_DATE_EPOCH is taken when given, else the time of the checkout’s commit', () => {
  expect(sourceDateEpoch({ SOURCE_DATE_EPOCH: '1700000000' })).toBe(1700000000);
  expect(sourceDateEpoch({})).toBe(epoch);
  expect(() => sourceDateEpoch({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH/);
});
