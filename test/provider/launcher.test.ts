/**
 * bin/terraform-provider-sps runs a bundle of src/provider and rebuilds it whenever a source is
 * newer, so a launch never runs stale code.
 */
import { spawn } from 'node:child_process';
import { statSync, utimesSync } from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const LAUNCHER = path.join(ROOT, 'bin/terraform-provider-sps');
const BUNDLE = path.join(ROOT, 'dist/provider/provider.js');
const COOKIE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';

/** Launches as Terraform does (minus mTLS, not needed to see the handshake) and returns the first stdout line. */
function handshake(): Promise<string> {
  const child = spawn(LAUNCHER, [], {
    env: { ...process.env, TF_PLUGIN_MAGIC_COOKIE: COOKIE, PLUGIN_PROTOCOL_VERSIONS: '5,6' },
  });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (d: Buffer) => {
      child.kill('SIGTERM');
      resolve(d.toString().split('\n')[0]);
    });
    child.once('exit', (code) => reject(new Error(`provider exited with ${code} before the handshake`)));
  });
}

test('a source newer than the bundle makes the launcher rebuild it before serving', async () => {
  expect(await handshake()).toMatch(/^1\|6\|tcp\|127\.0\.0\.1:\d+\|grpc\|/);
  const built = statSync(BUNDLE).mtimeMs;
  const source = path.join(ROOT, 'src/provider/main.ts');
  const now = new Date(Math.max(Date.now(), built + 1));
  utimesSync(source, now, now);
  expect(await handshake()).toMatch(/^1\|6\|tcp\|/);
  expect(statSync(BUNDLE).mtimeMs).toBeGreaterThan(built);
});
