/**
 * Applies a plan in ONE SPS transaction: wait for the configuration lock, re-read what the plan
 * touches and refuse a stale plan, write in order — updates as read-modify-write on the re-read
 * body, names resolved to keys (objects created earlier in the same transaction included) — prove
 * the transaction still holds every write, commit, then re-read and verify the managed fields.
 * Any failure or interrupt before the commit rolls back; nothing is half-applied.
 */
import type { SpsClient } from '../client';
import type { KindName } from '../model';
import { proveTransaction, type Written } from './apply-proof';
import { inTransaction, throwIfInterrupted, type TransactionOptions } from './apply-transaction';
import { verify } from './apply-verify';
import { keyBook, unchanged, verb, writeOp, type OpResult } from './apply-writes';
import { SpsVerifyError } from './errors';
import { FreshnessCheck } from './freshness';
import { runWrites } from './write-schedule';
import type { Plan, PlannedOp } from './plan';
import type { SecretRecord, SecretRecords } from './secrets';

export { DEFAULT_LOCK_TIMEOUT_MS } from './apply-transaction';
export type { OpResult, OpWord } from './apply-writes';
export { validateOnDevice, type DeviceValidation } from './device-validation';

export interface ApplyOptions extends TransactionOptions {
  readonly commitMessage?: string;
  readonly secretRecords?: SecretRecords;
  readonly onProgress?: (event: { done: number; total: number; op: PlannedOp }) => void;
  /**
   * Before committing, prove from `GET /api/transaction/changes` that the open transaction holds every
   * write (an appliance that opens transactions implicitly would otherwise commit only the writes made
   * after a dropped transaction).  @default true
   */
  readonly checkTransaction?: boolean;
  /**
   * Writes in flight at once inside the transaction, where they do not depend on each other
   * (write-schedule.ts). The guide does not say whether SPS serializes requests within one
   * transaction, so it is opt-in; an appliance that refuses gets the rest one at a time.  @default 1
   */
  readonly writeConcurrency?: number;
}

export interface ApplyResult {
  readonly results: readonly OpResult[];
  /** Fingerprints of every secret now on the appliance (keep them: Terraform private state, CLI state file). */
  readonly secretRecords: SecretRecords;
  /** Name → key of every object of the kinds the plan covered, after the commit. */
  readonly keys: ReadonlyMap<KindName, ReadonlyMap<string, string>>;
  readonly committed: boolean;
  /** What the apply had to do differently (an appliance that refused concurrent writes). */
  readonly notes?: readonly string[];
}

export async function applyPlan(
  client: SpsClient,
  plan: Plan,
  opts: ApplyOptions = {},
): Promise<ApplyResult> {
  const keys = keyBook(plan.live);
  const records: Record<string, SecretRecord> = { ...(opts.secretRecords ?? {}) };
  const changing = plan.ops.filter((o) => o.action !== 'noop');
  if (changing.length === 0) {
    return { results: plan.ops.map(unchanged), secretRecords: records, keys, committed: false };
  }
  throwIfInterrupted(opts.interrupt);
  const notes: string[] = [];
  // a cluster's managed hosts take their configuration from the Central Management node only
  await client.assertConfigurable();
  const results = await inTransaction(
    client,
    opts,
    async (tx, step) => {
      // Every touched object is re-read inside the transaction. The reads run concurrently with the
      // writes; each write waits only for its own object's check, and the commit for all.
      const fresh = new FreshnessCheck(tx, plan);
      const byOp = new Map<PlannedOp, OpResult>();
      const written: Written[] = [];
      let done = 0;
      const scheduled = await runWrites(
        changing,
        async (op) => {
          step('re-reading what the plan touches');
          const base = await fresh.before(op);
          throwIfInterrupted(opts.interrupt);
          step(`${verb(op.action)} ${plan.kinds.of(op.kind).title} "${op.name}"`);
          const result = await writeOp(tx, op, base, plan, keys, records);
          byOp.set(op, result);
          written.push({
            op,
            key: result.key,
            visible: op.action !== 'update' || op.changes.some((c) => !c.unverifiable),
          });
          opts.onProgress?.({ done: ++done, total: changing.length, op });
        },
        { kinds: plan.kinds, concurrency: opts.writeConcurrency, interrupt: opts.interrupt },
      );
      if (scheduled.fellBack) notes.push(scheduled.fellBack);
      const out = plan.ops.map((op) => byOp.get(op) ?? unchanged(op));
      step('re-reading what the plan touches');
      await fresh.all();
      if (opts.checkTransaction !== false) {
        step('checking that the transaction holds every write');
        proveTransaction(await tx.changes(), written, plan.kinds);
      }
      throwIfInterrupted(opts.interrupt); // the last moment: never commit after an interrupt
      step('committing');
      return out;
    },
    { commit: true, message: opts.commitMessage },
  );

  const result: ApplyResult = { results, secretRecords: records, keys, committed: true, notes };
  let mismatches: string[];
  try {
    mismatches = await verify(client, plan, keys, records);
  } catch (err) {
    throw new SpsVerifyError(result, [], err);
  }
  if (mismatches.length) throw new SpsVerifyError(result, mismatches);
  return result;
}
