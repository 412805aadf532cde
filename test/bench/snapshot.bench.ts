/**
 * `npx tsx test/bench/snapshot.bench.ts`: how long `sps snapshot` of an appliance holding N objects
 * takes against a plan of the same N objects (the bar: about the time of a plan), at
 * N = 1,000 and 10,000 (BENCH_SIZES), the emulator in its own process at 10 ms a request, reads
 * BENCH_CONCURRENCY (32) at a time. Measured twice, in the same run:
 *   - in-process: captureAppliance (+ masking + serializing + the atomic write) against
 *     planAgainstAppliance, each the median of BENCH_RUNS (3) after one warm-up;
 *   - one-shot: `sps snapshot --out` against `sps plan`, the CLI's bundle in a fresh process each,
 *     as a pipeline runs them.
 * Also `sps-emulator --from` of the N-object snapshot: the time until it listens (a twin job's start).
 * A benchmark, not a test: it prints figures and ratios, it asserts nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { SpsClient } from '../../src/client';
import { writeFilePrivately } from '../../src/cli/files';
import { applyPlan, parseDesiredState, planAgainstAppliance } from '../../src/reconcile';
import { captureAppliance, serializeSnapshot } from '../../src/snapshot';
import {
  LATENCY_MS,
  ROOT,
  control,
  documentWith,
  startEmulatorProcess,
  type Emulator,
} from './emulator-process';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

const median = (v: number[]): number => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}
async function medianOf(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up: the first run of a process is V8's unoptimized one
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timed(fn));
  return median(runs);
}

async function run(n: number): Promise<Record<string, number>> {
  const emu = await startEmulatorProcess();
  const dir = mkdtempSync(path.join(tmpdir(), 'sps-bench-snapshot-'));
  const client = new SpsClient({
    url: emu.url,
    username: emu.username,
    password: emu.password,
    caFile: emu.caFile,
    concurrency: CONCURRENCY,
    requestTimeoutMs: 120_000,
  });
  try {
    const desired = parseDesiredState(documentWith(n, 0));
    await control(emu, 'PUT', '/latency', null); // creating the objects is not what is measured
    await applyPlan(client, await planAgainstAppliance(client, desired));
    await control(emu, 'PUT', '/latency', { fixedMs: LATENCY_MS });

    const file = path.join(dir, 'snapshot.json');
    let objects = 0;
    const planMs = await medianOf(() => planAgainstAppliance(client, desired));
    const snapshotMs = await medianOf(async () => {
      const capture = await captureAppliance(client);
      objects = capture.objects;
      writeFilePrivately(file, serializeSnapshot(capture.snapshot));
    });
    const doc = path.join(dir, 'doc.json');
    writeFileSync(doc, JSON.stringify(documentWith(n, 0)));
    const cliPlanMs = cli(emu, ['plan', doc, '--concurrency', String(CONCURRENCY)]);
    const cliSnapshotMs = cli(emu, [
      'snapshot',
      '--out',
      path.join(dir, 'cli.json'),
      '--concurrency',
      String(CONCURRENCY),
    ]);
    const twinStartMs = await twinStart(file);
    const ratio = (a: number, b: number) => +(a / b).toFixed(2);
    return {
      N: n,
      'objects captured': objects,
      'plan ms': Math.round(planMs),
      'snapshot ms': Math.round(snapshotMs),
      'snapshot/plan': ratio(snapshotMs, planMs),
      'sps plan ms (one-shot)': Math.round(cliPlanMs),
      'sps snapshot ms (one-shot)': Math.round(cliSnapshotMs),
      'one-shot snapshot/plan': ratio(cliSnapshotMs, cliPlanMs),
      'snapshot MiB': +(statSync(file).size / 2 ** 20).toFixed(1),
      'twin start ms': Math.round(twinStartMs),
    };
  } finally {
    await client.close();
    emu.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One run of the CLI's bundle (built first, so the build is not timed), in ms. */
function cli(emu: Emulator, argv: string[]): number {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SPS_URL: emu.url,
    SPS_USERNAME: emu.username,
    SPS_PASSWORD: emu.password,
    SPS_CA_FILE: emu.caFile,
  };
  for (const v of ['SPS_CLI_FROM_SOURCE', 'SPS_VALIDATE_ON_PLAN', 'SPS_INSECURE']) delete env[v];
  const build = spawnSync(path.join(ROOT, 'bin', 'sps'), ['--version'], { env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`building the CLI bundle failed:\n${build.stderr}`);
  const started = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/sps.js'), ...argv], {
    env,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
  });
  if (r.status !== 0) throw new Error(`sps ${argv[0]} failed (exit ${r.status}):\n${r.stderr}`);
  return performance.now() - started;
}

/** From the start of `sps-emulator --from FILE` to its connection details (it listens then). */
async function twinStart(file: string): Promise<number> {
  const started = performance.now();
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [path.join(ROOT, 'src/emulator/main.ts'), '--from', file, '--port', '0', '--json'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`the twin exited with ${code}`)));
    });
    return performance.now() - started;
  } finally {
    child.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  process.stdout.write(
    `snapshot benchmark: latency ${LATENCY_MS} ms/request, read concurrency ${CONCURRENCY}, median of ${RUNS} runs after one warm-up\n`,
  );
  const rows = [];
  for (const n of SIZES) {
    const row = await run(n);
    rows.push(row);
    process.stdout.write(JSON.stringify(row) + '\n');
  }
  console.table(rows);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
