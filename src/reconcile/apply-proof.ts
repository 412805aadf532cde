/** The changelog proof before a commit: the open transaction holds every write of this apply. */
import { type TransactionChange } from '../client';
import type { KindSet } from '../model';
import { SpsTransactionLostError } from './errors';
import type { PlannedOp } from './plan';
import { verb } from './apply-writes';

/** One write made inside the transaction, to be found again in its changelog. */
export interface Written {
  readonly op: PlannedOp;
  readonly key: string | undefined;
  /** False for a rewrite of secrets the appliance may already hold (it can record no change). */
  readonly visible: boolean;
}

/**
 * The changelog must account for every write that changes what the appliance holds (creates,
 * deletes, updates of visible fields). Entries are matched by the object's key (or the singleton's
 * endpoint) in their `path`, whatever prefix the firmware puts in front of it.
 */
export function proveTransaction(
  changes: readonly TransactionChange[],
  written: readonly Written[],
  kinds: KindSet,
): void {
  // indexed by last segment: a linear scan per write was quadratic (16 s at 10,000 objects)
  const byLastSegment = new Map<string, string[]>();
  for (const c of changes) {
    const p = c.path.replace(/\/+$/, '');
    const last = p.slice(p.lastIndexOf('/') + 1);
    const same = byLastSegment.get(last);
    if (same) same.push(p);
    else byLastSegment.set(last, [p]);
  }
  const recorded = (target: string): boolean =>
    (byLastSegment.get(target.slice(target.lastIndexOf('/') + 1)) ?? []).some((p) => p.endsWith(target));
  const missing: string[] = [];
  for (const w of written) {
    if (!w.visible) continue;
    const kind = kinds.of(w.op.kind);
    const tail = kind.endpoint.replace(/^\/api(\/configuration)?/, '');
    const found =
      (kind.shape === 'singleton' ? recorded(tail) : recorded(`${tail}/${w.key}`)) ||
      recorded(`${tail}/${encodeURIComponent(w.key ?? '')}`);
    if (!found) missing.push(`${verb(w.op.action)} ${kind.title} "${w.op.name}"`);
  }
  if (missing.length) throw new SpsTransactionLostError(missing);
}
