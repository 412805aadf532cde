/**
 * The round-trip time of one request (GET /api/info, logged in), measured a few times in a row,
 * and what it means for a plan: objects are read about `concurrency` at a time, one round trip each.
 */
import type { SpsClient } from '../client';
import { finding, type Finding } from './findings';

const SAMPLES = 7;
/** Above this, a plan of a large appliance takes minutes rather than seconds. */
const SLOW_MS = 250;

export async function latencyFinding(
  client: SpsClient,
  objects: number,
  concurrency: number,
): Promise<Finding> {
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const started = performance.now();
    await client.readPath('/api/info');
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(SAMPLES / 2)];
  const estimateMs = (Math.ceil(objects / concurrency) + 1) * median;
  const estimate = estimateMs < 1000 ? `${Math.round(estimateMs)} ms` : `${(estimateMs / 1000).toFixed(1)} s`;
  const summary =
    `round trip ${median.toFixed(1)} ms (median of ${SAMPLES}; ${times[0].toFixed(1)}–${times[SAMPLES - 1].toFixed(1)} ms): ` +
    `reading all ${objects} objects takes about ${estimate} at ${concurrency} parallel reads`;
  return median > SLOW_MS
    ? finding('round-trip', 'warning', summary, {
        action:
          'run pipelines close to the appliance, or raise --concurrency (the appliance must cope with it)',
      })
    : finding('round-trip', 'ok', summary);
}
