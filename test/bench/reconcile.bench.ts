/**
 * `npm run bench`: plan and apply at N = 100, 1,000 and 5,000 objects against the emulator (in its
 * own process, 10 ms latency per request), with baselines measured in the same run:
 *   - plan vs a sequential one-request-at-a-time reader (concurrency 1), and vs the round-trip lower
 *     bound at the configured concurrency: (1 + ceil(objects / concurrency)) × round trip. "plan" is
 *     the median of BENCH_PLAN_RUNS (5) plans after the first; the first plan of the process (code
 *     not yet optimized by V8) is reported beside it;
 *   - apply vs (writes + open + changelog check + commit) × round trip, writes being sequential;
 *     an update of every object, the median of BENCH_APPLY_RUNS (3) runs up to N = 1,000, one above.
 * "plan peak RSS" is `sps plan` (the CLI's bundle) in a process of its own: what a one-shot plan needs; the
 * bench process's own peak also holds the creation of every object and every run's plan.
 * "Round trip" is given twice: the configured latency, and the measured time of one request at
 * concurrency 1 (latency + timer slack + TLS + both sides' CPU), measured in the same run.
 * A benchmark, not a test: it prints figures and ratios, it asserts nothing.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { SpsClient } from '../../src/client';
import { kindOf } from '../../src/model';
import { applyPlan, parseDesiredState, planAgainstAppliance } from '../../src/reconcile';
import { terraformPath } from './terraform-path';
import {
  LATENCY_MS,
  ROOT,
  control,
  documentWith,
  startEmulatorProcess,
  type Emulator,
} from './emulator-process';

const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const PLAN_RUNS = Number(process.env.BENCH_PLAN_RUNS ?? 5);
const APPLY_RUNS = Number(process.env.BENCH_APPLY_RUNS ?? 3);
/** The Terraform path is measured at these N ('0': not at all; skipped when terraform is not on PATH). */
const TERRAFORM_SIZES = (process.env.BENCH_TERRAFORM ?? '1000,3000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
/** Above this N only plans are measured (an apply of every object would take minutes at 10 ms a write). */
const APPLY_MAX_N = Number(process.env.BENCH_APPLY_MAX ?? 5000);

/** Median of 50 sequential single-object GETs: what one request really costs here. */
async function measureRoundTrip(client: SpsClient): Promise<number> {
  const kind = kindOf('vnc_options');
  const samples: number[] = [];
  for (let i = 0; i < 50; i++) samples.push((await time(() => client.get(kind)))[1]);
  return samples.sort((a, b) => a - b)[25];
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const started = process.hrtime.bigint();
  const value = await fn();
  return [value, Number(process.hrtime.bigint() - started) / 1e6];
};

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

async function run(n: number): Promise<Record<string, string | number>> {
  const emu = await startEmulatorProcess();
  const client = (concurrency: number) =>
    new SpsClient({
      url: emu.url,
      username: emu.username,
      password: emu.password,
      caFile: emu.caFile,
      concurrency,
      writeConcurrency: 8,
      requestTimeoutMs: 120_000,
    });
  const fast = client(CONCURRENCY);
  const sequential = client(1);
  peakRss = process.memoryUsage().rss;
  try {
    const create = parseDesiredState(documentWith(n, 0));
    const createPlan = await planAgainstAppliance(fast, create);
    // creating 10,000 objects one write at a time at 10 ms would dominate the run: no latency for it
    if (n > APPLY_MAX_N) await control(emu, 'PUT', '/latency', null);
    const [, createMs] = await time(() => applyPlan(fast, createPlan));
    if (n > APPLY_MAX_N) await control(emu, 'PUT', '/latency', { fixedMs: LATENCY_MS });

    const rttMs = await measureRoundTrip(sequential);
    // The first plan of a process runs on code V8 has not optimized yet (what a one-shot CLI run
    // feels); the median of the next PLAN_RUNS is the engine's steady state. Both are reported.
    const [plan, firstMs] = await time(() => planAgainstAppliance(fast, create));
    const runs: number[] = [];
    for (let i = 0; i < PLAN_RUNS; i++) runs.push((await time(() => planAgainstAppliance(fast, create)))[1]);
    const planMs = median(runs);
    const objects = [...plan.live.objects.values()].reduce((s, m) => s + m.size, 0);
    const [, seqMs] = await time(() => planAgainstAppliance(sequential, create));
    const planRssMiB = await planPeakRss(emu, n);
    const rounds = 1 + Math.ceil(objects / CONCURRENCY);

    // every revision changes every object: each run updates all of them
    const applies: number[] = [];
    let writes = 0;
    for (let revision = 1; revision <= (n <= 1000 ? APPLY_RUNS : n <= APPLY_MAX_N ? 1 : 0); revision++) {
      const updatePlan = await planAgainstAppliance(fast, parseDesiredState(documentWith(n, revision)));
      writes = updatePlan.ops.filter((o) => o.action !== 'noop').length;
      applies.push((await time(() => applyPlan(fast, updatePlan)))[1]);
    }
    const updateMs = applies.length ? median(applies) : NaN;
    // the same update with independent writes 8 at a time (--write-concurrency 8), against the
    // sequential floor: the guide does not say SPS takes concurrent writes, so the default stays 1
    let parallelMs = NaN;
    if (n <= 1000) {
      const next = parseDesiredState(documentWith(n, APPLY_RUNS + 1));
      const parallelPlan = await planAgainstAppliance(fast, next);
      parallelMs = (await time(() => applyPlan(fast, parallelPlan, { writeConcurrency: 8 })))[1];
    }
    const ratio = (a: number, b: number) => +(a / b).toFixed(2);
    return {
      N: n,
      'objects read': objects,
      'rtt ms': +rttMs.toFixed(1),
      'first plan ms': Math.round(firstMs),
      'first/bound (latency)': ratio(firstMs, rounds * LATENCY_MS),
      'plan ms': Math.round(planMs),
      'plan/bound (latency)': ratio(planMs, rounds * LATENCY_MS),
      'plan/bound (rtt)': ratio(planMs, rounds * rttMs),
      'sequential ms': Math.round(seqMs),
      'sequential/plan': +(seqMs / planMs).toFixed(1),
      'apply create ms': Math.round(createMs),
      'apply update ms': Math.round(updateMs),
      'apply runs': applies.length,
      // open, the writes, the changelog check, the commit
      'apply/floor (latency)': ratio(updateMs, (writes + 3) * LATENCY_MS),
      'apply/floor (rtt)': ratio(updateMs, (writes + 3) * rttMs),
      'apply ×8 writes ms': Math.round(parallelMs),
      'apply ×8 / sequential floor (rtt)': ratio(parallelMs, (writes + 3) * rttMs),
      // a plan by itself, as a one-shot command runs it: a fresh process that only plans
      'plan peak RSS MiB': planRssMiB,
      // this process: it also created every object and holds the plans of every run
      'bench process peak RSS MiB': Math.round(peakRss / 2 ** 20),
    };
  } finally {
    await Promise.all([fast.close(), sequential.close()]);
    emu.child.kill('SIGTERM');
  }
}

/**
 * Peak RSS of `sps plan` of the N-object document, the CLI's bundle in a process of its own (what a
 * one-shot plan needs); a preloaded hook writes the process's maxRSS when it exits.
 */
async function planPeakRss(emu: Emulator, n: number): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sps-bench-rss-'));
  try {
    const doc = path.join(dir, 'doc.json');
    const hook = path.join(dir, 'rss.js');
    const out = path.join(dir, 'rss');
    writeFileSync(doc, JSON.stringify(documentWith(n, 0)));
    writeFileSync(
      hook,
      `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)));`,
    );
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      SPS_URL: emu.url,
      SPS_USERNAME: emu.username,
      SPS_PASSWORD: emu.password,
      SPS_CA_FILE: emu.caFile,
    };
    // the bundle as users run it, measuring a plan and nothing else
    for (const v of ['SPS_CLI_FROM_SOURCE', 'SPS_VALIDATE_ON_PLAN', 'SPS_INSECURE']) delete env[v];
    const build = spawnSync(path.join(ROOT, 'bin', 'sps'), ['--version'], { env, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`building the CLI bundle failed:\n${build.stderr}`);
    const cli = path.join(ROOT, 'dist/cli/sps.js');
    const r = spawnSync(
      process.execPath,
      ['--require', hook, cli, 'plan', doc, '--concurrency', String(CONCURRENCY)],
      { env, encoding: 'utf8', maxBuffer: 256 << 20 },
    );
    if (r.status !== 0) throw new Error(`sps plan failed (exit ${r.status}):\n${r.stderr}`);
    return Math.round(Number(readFileSync(out, 'utf8')) / 2 ** 10); // maxRSS is in KiB
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const one = process.argv.indexOf('--one');
  if (one >= 0) {
    // a size in a process of its own, so its peak RSS is its own
    process.stdout.write(JSON.stringify(await run(Number(process.argv[one + 1]))) + '\n');
    clearInterval(sampler);
    return;
  }
  process.stdout.write(
    `reconcile benchmark: latency ${LATENCY_MS} ms/request, read concurrency ${CONCURRENCY}, emulator in its own process, each size in a process of its own\n`,
  );
  const rows = [];
  for (const n of SIZES) {
    const row = await runIsolated(n);
    rows.push(row);
    process.stdout.write(JSON.stringify(row) + '\n');
  }
  console.table(rows);
  const tfRows = [];
  for (const n of TERRAFORM_SIZES) {
    const row = await terraformPath(n);
    tfRows.push(row);
    process.stdout.write(JSON.stringify(row) + '\n');
  }
  if (tfRows.length) {
    console.table(tfRows);
    // linear: the typed resource's plan time per object, against its own at the smallest N
    const [first, ...rest] = tfRows.filter((r) => typeof r['sps_configuration plan ms'] === 'number');
    for (const r of rest)
      process.stdout.write(
        `sps_configuration plan at N = ${r.N} / at N = ${first.N}: ${(Number(r['sps_configuration plan ms']) / Number(first['sps_configuration plan ms'])).toFixed(2)} (objects ×${Number(r.N) / Number(first.N)})\n`,
      );
  }
  clearInterval(sampler);
}

async function runIsolated(n: number): Promise<Record<string, string | number>> {
  const child = spawn(process.execPath, ['--import', 'tsx', __filename, '--one', String(n)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: process.env,
  });
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => (out += s));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(`the N = ${n} run failed (exit ${code})`);
  return JSON.parse(out.trim().split('\n').pop()!) as Record<string, string | number>;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
