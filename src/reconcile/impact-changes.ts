/**
 * Which operations of a plan can cut live privileged sessions or make recordings eligible for cleanup
 * (DESIGN.md, decision 18): connection policies of every protocol (`<protocol>/connections`, typed or
 * not) that are deleted, deactivated (`active` → false), narrowed (a client, target or port no longer
 * listed) or whose access control changes; archive/cleanup policies whose `retention_days` goes down.
 * Read from the plan alone: the live body and the desired one, never a secret field.
 */
import { isJsonObject, type JsonValue } from '../model';
import type { Plan, PlannedOp } from './plan';

export type CutReason = 'deleted' | 'deactivated' | 'network narrowed' | 'access control changed';

export interface CuttingChange {
  readonly kind: string;
  readonly protocol: string;
  readonly name: string;
  readonly key?: string;
  readonly reasons: readonly CutReason[];
}

export interface RetentionCut {
  readonly kind: string;
  readonly name: string;
  readonly key?: string;
  readonly from_days: number;
  readonly to_days: number;
}

const CONNECTIONS = /^([a-z0-9]+)\/connections$/;
const NETWORK_LISTS = ['clients', 'targets', 'ports'] as const;

export function cuttingChanges(plan: Plan): CuttingChange[] {
  const out: CuttingChange[] = [];
  for (const op of plan.ops) {
    const protocol = CONNECTIONS.exec(op.kind)?.[1];
    if (!protocol || (op.action !== 'delete' && op.action !== 'update')) continue;
    const reasons = op.action === 'delete' ? (['deleted'] as CutReason[]) : updateReasons(plan, op);
    if (reasons.length)
      out.push({ kind: op.kind, protocol, name: op.name, ...(op.key ? { key: op.key } : {}), reasons });
  }
  return out;
}

function updateReasons(plan: Plan, op: PlannedOp): CutReason[] {
  const reasons: CutReason[] = [];
  const live = plan.live.objects.get(op.kind)?.get(op.name)?.body ?? {};
  const active = op.changes.find((c) => c.path === '/active');
  if (active && active.after === false && active.before !== false) reasons.push('deactivated');
  if (op.changes.some((c) => c.path === '/network' || c.path.startsWith('/network/'))) {
    const before = isJsonObject(live.network) ? live.network : {};
    const declared = op.desired && isJsonObject(op.desired.network) ? op.desired.network : {};
    const narrowed = NETWORK_LISTS.some((list) => {
      if (!(list in declared)) return false; // not declared: kept as it is
      const now = new Set(listOf(declared[list]).map(String));
      return listOf(before[list]).some((v) => !now.has(String(v)));
    });
    if (narrowed) reasons.push('network narrowed');
  }
  if (op.changes.some((c) => c.path === '/access_control' || c.path.startsWith('/access_control/')))
    reasons.push('access control changed');
  return reasons;
}

const listOf = (v: JsonValue | undefined): JsonValue[] => (Array.isArray(v) ? v : []);

export function retentionCuts(plan: Plan): RetentionCut[] {
  const out: RetentionCut[] = [];
  for (const op of plan.ops) {
    if (op.kind !== 'archive_cleanup_policies' || op.action !== 'update') continue;
    const c = op.changes.find((ch) => ch.path === '/retention_days');
    if (typeof c?.before === 'number' && typeof c.after === 'number' && c.after < c.before)
      out.push({
        kind: op.kind,
        name: op.name,
        ...(op.key ? { key: op.key } : {}),
        from_days: c.before,
        to_days: c.after,
      });
  }
  return out;
}
