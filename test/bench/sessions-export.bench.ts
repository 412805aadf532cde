/**
 * Benchmark (not a test): an export of 50,000 sessions recorded over a year (`exportSessions`, what
 * `sps sessions search` runs), against the emulator in a process of its own at 10 ms per request,
 * beside the round-trip bound at the chosen read concurrency: ceil(pages / concurrency) × round
 * trip, pages = 50,000 / 500 (the most one request may return). The round trip is given as
 * configured and as measured here (one small search at concurrency 1). The export cannot reach the
 * bound exactly: before its pages it needs a count, the oldest session (where windows start) beside
 * the offset probe, and one first page per window (its match_count) — three rounds more than the
 * pages ("rounds ÷ page rounds" is that floor). The first run of each row reads an emulator whose
 * answers are not cached yet (it keeps serialized results; a real appliance's time is its own).
 *   npm run bench:sessions            (BENCH_SESSIONS=n for another count)
 */
import { SpsClient } from '../../src/client';
import { exportSessions, fetchPage } from '../../src/client/sessions';
import { passThroughKind } from '../../src/model';
import { LATENCY_MS, control, startEmulatorProcess } from './emulator-process';

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 50_000);
const YEAR = 365 * 86_400_000;
const RUNS = 3;
/** Rounds before the pages: the count (first page), the oldest session with the offset probe, each window's first page. */
const PLANNING_ROUNDS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const emu = await startEmulatorProcess();
  const connect = (concurrency: number) =>
    new SpsClient({
      url: emu.url,
      username: emu.username,
      password: emu.password,
      caFile: emu.caFile,
      concurrency,
    });
  try {
    const admin = connect(1);
    const kind = passThroughKind('ssh/connections', { shape: 'collection' });
    const policies = await admin.withTransaction(async (tx) =>
      Promise.all(
        ['bench-a', 'bench-b', 'bench-c', 'bench-d'].map((name) => tx.create(kind, { name, active: true })),
      ),
    );
    const now = Date.now();
    await control(emu, 'POST', '/sessions/seed', {
      from: now - YEAR,
      to: now - 60_000,
      total: SESSIONS,
      policies: policies.map((p, i) => ({ protocol: 'ssh', key: p.key, name: `bench-${'abcd'[i]}` })),
    });
    // the round trip as this machine sees it: one small search, one at a time
    const rtts: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await fetchPage(admin, '/api/audit/sessions?limit=1&offset=0&sort=start_time');
      rtts.push(performance.now() - t);
    }
    await admin.close();
    const rtt = median(rtts);
    const pages = Math.ceil(SESSIONS / 500);
    console.log(
      `export of ${SESSIONS.toLocaleString('en-US')} sessions over a year; ${LATENCY_MS} ms per request (measured round trip ${rtt.toFixed(1)} ms); ${pages} pages of 500\n`,
    );
    console.log(
      '| concurrency | export, median of 3 (first) | requests | windows | bound, 10 ms / measured | export ÷ bound, 10 ms / measured | rounds ÷ page rounds |',
    );
    console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const concurrency of [8, 32]) {
      const times: number[] = [];
      let last;
      for (let run = 0; run < RUNS; run++) {
        const client = connect(concurrency);
        const t = performance.now();
        last = await exportSessions(client, { fields: ['start_time', 'name', 'protocol'] });
        times.push(performance.now() - t);
        await client.close();
        if (last.sessions.length !== SESSIONS || new Set(last.sessions.map((x) => x.key)).size !== SESSIONS)
          throw new Error(
            `the export returned ${last.sessions.length} sessions, not ${SESSIONS} distinct ones`,
          );
      }
      const took = median(times);
      const rounds = Math.ceil(pages / concurrency);
      const bound = rounds * LATENCY_MS;
      const measuredBound = rounds * rtt;
      console.log(
        `| ${concurrency} | ${s(took)} (${s(times[0])}) | ${last!.requests} | ${last!.windows} | ${s(bound)} / ${s(measuredBound)} | ${(took / bound).toFixed(2)} / ${(took / measuredBound).toFixed(2)} | ${((rounds + PLANNING_ROUNDS) / rounds).toFixed(2)} |`,
      );
    }
  } finally {
    emu.child.kill();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
