/**
 * bin/sps runs a bundle of src/cli and rebuilds it whenever a source is newer, so a run never
 * executes stale code; the bundle finds the package's own files (the demo document) as the
 * sources do.
 */
import { execFile } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const SPS = path.join(ROOT, 'bin/sps');
const BUNDLE = path.join(ROOT, 'dist/cli/sps.js');

/** The demo must run on its embedded emulator, never on an appliance named in the caller's environment. */
function withoutAppliance(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('SPS_')));
}

function sps(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(SPS, argv, { env: { ...withoutAppliance(process.env), NO_COLOR: '1' } }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test('a source newer than the bundle makes bin/sps rebuild it before running', async () => {
  const first = await sps(['--version']);
  expect(first).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  const built = statSync(BUNDLE).mtimeMs;
  const source = path.join(ROOT, 'src/cli/main.ts');
  const now = new Date(Math.max(Date.now(), built + 1));
  utimesSync(source, now, now);
  expect(await sps(['--version'])).toEqual(first);
  expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(built);
});

test('the bundled demo finds examples/desired/demo.yaml and converges', async () => {
  const r = await sps(['demo']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('the next plan is empty');
}, 60_000);
