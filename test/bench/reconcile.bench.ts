/**
 * `npm run bench`: plan and apply at N = 100, 1,000 and 5,000 objects against the emulator (in its
 * own process, 10 ms latency per request), with baselines measured in the same run:
 *   - plan vs a sequential one-request-at-a-time reader (concurrency 1), and vs the round-trip lower
 *     bound at the configured concurrency: (1 + ceil(objects / concurrency)) × round trip. "plan" is
 *     the median of BENCH_PLAN_RUNS (5) plans after the first; the first plan of the process (code
 *     not yet optimized by V8) is reported beside it;
 *   - apply vs (writes × round trip + open + commit), writes being sequential inside the transaction;
 *     an update of every object, the median of BENCH_APPLY_RUNS (3) runs up to N = 1,000, one above.
 * "Round trip" is given twice: the configured latency, and the measured time of one request at
 * concurrency 1 (latency + timer slack + TLS + both sides' CPU), measured in the same run.
 * A benchmark, not a test: it prints figures and ratios, it asserts nothing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import { SpsClient } from '../../src/client';
import { kindOf, type JsonObject } from '../../src/model';
import { applyPlan, parseDesiredState, planAgainstAppliance } from '../../src/reconcile';

const LATENCY_MS = 10;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number);
const PLAN_RUNS = Number(process.env.BENCH_PLAN_RUNS ?? 5);
const APPLY_RUNS = Number(process.env.BENCH_APPLY_RUNS ?? 3);
const ROOT = path.resolve(__dirname, '../..');

interface Emulator {
  url: string;
  username: string;
  password: string;
  caFile: string;
  child: ChildProcess;
}

async function startEmulatorProcess(): Promise<Emulator> {
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [path.join(ROOT, 'src/emulator/main.ts'), '--port', '0', '--latency', String(LATENCY_MS), '--json'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  return { ...JSON.parse(line), child };
}

/** N objects spread over the four policy collections. */
function documentWith(n: number, revision: number): JsonObject {
  const doc: Record<string, JsonObject> = {
    audit_policies: {},
    content_policies: {},
    archive_cleanup_policies: {},
    backup_policies: {},
  };
  for (let i = 0; i < n; i++) {
    const name = `bench-${String(i).padStart(5, '0')}`;
    switch (i % 4) {
      case 0:
        doc.audit_policies[name] = { timestamping_enabled: revision % 2 === 1 };
        break;
      case 1:
        doc.content_policies[name] = {
          rules: [{ event: { selection: 'command', match: [`cmd-${revision}`] } }],
        };
        break;
      case 2:
        doc.archive_cleanup_policies[name] = {
          target: { type: 'nfs', server: { selection: 'ip', value: '10.1.0.1' }, path: `/archive/${name}` },
          start_times: ['2:00'],
          retention_days: 30 + revision,
        };
        break;
      default:
        doc.backup_policies[name] = {
          target: { type: 'nfs', server: { selection: 'ip', value: '10.1.0.2' }, path: `/backup/${name}` },
          start_times: [`${revision % 24}:00`],
        };
    }
  }
  return doc;
}

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
      requestTimeoutMs: 120_000,
    });
  const fast = client(CONCURRENCY);
  const sequential = client(1);
  peakRss = process.memoryUsage().rss;
  try {
    const create = parseDesiredState(documentWith(n, 0));
    const createPlan = await planAgainstAppliance(fast, create);
    const [, createMs] = await time(() => applyPlan(fast, createPlan));

    const rttMs = await measureRoundTrip(sequential);
    // The first plan of a process runs on code V8 has not optimized yet (what a one-shot CLI run
    // feels); the median of the next PLAN_RUNS is the engine's steady state. Both are reported.
    const [plan, firstMs] = await time(() => planAgainstAppliance(fast, create));
    const runs: number[] = [];
    for (let i = 0; i < PLAN_RUNS; i++) runs.push((await time(() => planAgainstAppliance(fast, create)))[1]);
    const planMs = median(runs);
    const objects = [...plan.live.objects.values()].reduce((s, m) => s + m.size, 0);
    const [, seqMs] = await time(() => planAgainstAppliance(sequential, create));
    const rounds = 1 + Math.ceil(objects / CONCURRENCY);

    // every revision changes every object: each run updates all of them
    const applies: number[] = [];
    let writes = 0;
    for (let revision = 1; revision <= (n <= 1000 ? APPLY_RUNS : 1); revision++) {
      const updatePlan = await planAgainstAppliance(fast, parseDesiredState(documentWith(n, revision)));
      writes = updatePlan.ops.filter((o) => o.action !== 'noop').length;
      applies.push((await time(() => applyPlan(fast, updatePlan)))[1]);
    }
    const updateMs = median(applies);
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
      'apply/floor (latency)': ratio(updateMs, (writes + 2) * LATENCY_MS),
      'apply/floor (rtt)': ratio(updateMs, (writes + 2) * rttMs),
      'peak RSS MiB': Math.round(peakRss / 2 ** 20),
    };
  } finally {
    await Promise.all([fast.close(), sequential.close()]);
    emu.child.kill('SIGTERM');
  }
}

async function main(): Promise<void> {
  process.stdout.write(
    `reconcile benchmark: latency ${LATENCY_MS} ms/request, read concurrency ${CONCURRENCY}, emulator in its own process\n`,
  );
  const rows = [];
  for (const n of SIZES) {
    const row = await run(n);
    rows.push(row);
    process.stdout.write(JSON.stringify(row) + '\n');
  }
  console.table(rows);
  clearInterval(sampler);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
