/** The order of a plan: creates and updates referents first, then deletes referrers first. */
import { KINDS, type KindName, type KindSet } from '../model';
import type { PlannedOp } from './plan-types';

const ORDER = new Map(KINDS.map((k, i) => [k.name, i]));

/**
 * Pass-through kinds come after every typed kind (typed kinds never point at them), each after the
 * pass-through kinds its objects point at: connection policies after channel policies.
 */
function passThroughRanks(ops: readonly PlannedOp[], kinds: KindSet): Map<KindName, number> {
  const targets = new Map<KindName, Set<KindName>>();
  for (const o of ops) {
    if (ORDER.has(o.kind)) continue;
    const set = targets.get(o.kind) ?? new Set<KindName>();
    targets.set(o.kind, set);
    for (const r of o.desired ? kinds.of(o.kind).referencesIn(o.desired) : [])
      if (!ORDER.has(r.target) && r.target !== o.kind) set.add(r.target);
  }
  const depth = new Map<KindName, number>();
  const visit = (k: KindName, path: Set<KindName>): number => {
    if (depth.has(k)) return depth.get(k)!;
    if (path.has(k)) return 0; // a cycle between endpoints: the appliance decides
    path.add(k);
    let d = 0;
    for (const t of targets.get(k) ?? []) d = Math.max(d, visit(t, path) + 1);
    path.delete(k);
    depth.set(k, d);
    return d;
  };
  for (const k of targets.keys()) visit(k, new Set());
  return new Map([...depth].map(([k, d]) => [k, KINDS.length + d]));
}

/** creates and updates in dependency order, then deletes in reverse dependency order. */
export function order(ops: PlannedOp[], kinds: KindSet): PlannedOp[] {
  const ranks = passThroughRanks(ops, kinds);
  const at = (kind: KindName): number => ORDER.get(kind) ?? ranks.get(kind) ?? KINDS.length;
  const rank = (o: PlannedOp): number => (o.action === 'delete' ? 1000 - at(o.kind) : at(o.kind));
  const phase = (o: PlannedOp): number => (o.action === 'delete' ? 1 : 0);
  return [...ops].sort((a, b) => phase(a) - phase(b) || rank(a) - rank(b) || a.name.localeCompare(b.name));
}
