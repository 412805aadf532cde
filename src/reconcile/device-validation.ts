/** Device-validated plans: stage every write of the plan in a transaction, read what SPS accepted, roll back. */
import { SpsError, type SpsClient, type TransactionChange } from '../client';
import { inTransaction, throwIfInterrupted, type TransactionOptions } from './apply-transaction';
import { keyBook, verb, writeOp } from './apply-writes';
import { SpsApplyError } from './errors';
import type { Plan } from './plan';
import type { SecretRecord } from './secrets';

export interface DeviceValidation {
  readonly accepted: boolean;
  /** What SPS recorded for the staged writes (`GET /api/transaction/changes`), secrets masked. */
  readonly changes: readonly TransactionChange[];
  /** Why the appliance refused, when it did. */
  readonly error?: string;
}

/** Stages every write of the plan, reads what SPS accepted, and rolls back. Nothing is committed. */
export async function validateOnDevice(
  client: SpsClient,
  plan: Plan,
  opts: TransactionOptions = {},
): Promise<DeviceValidation> {
  const keys = keyBook(plan.live);
  const records: Record<string, SecretRecord> = {};
  await client.assertConfigurable();
  try {
    return await inTransaction(
      client,
      opts,
      async (tx, step) => {
        for (const op of plan.ops) {
          if (op.action === 'noop') continue;
          throwIfInterrupted(opts.interrupt);
          const kind = plan.kinds.of(op.kind);
          const base =
            op.action === 'update'
              ? (await tx.get(kind, kind.shape === 'singleton' ? undefined : op.key)).body
              : undefined;
          step(`${verb(op.action)} ${kind.title} "${op.name}"`);
          await writeOp(tx, op, base, plan, keys, records);
        }
        const changes = await tx.changes();
        return { accepted: true, changes };
      },
      { commit: false },
    );
  } catch (err) {
    if (err instanceof SpsApplyError && SpsError.is(err.cause) && err.cause.code === 'SPS_API') {
      return { accepted: false, changes: [], error: err.message.split('\n')[0] };
    }
    throw err;
  }
}
