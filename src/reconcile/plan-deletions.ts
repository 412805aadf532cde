/**
 * The deletes of a plan: owned (or pruned) objects of a collection the document no longer declares,
 * never built-ins; an archive/cleanup policy only with the opt-in; and none while a live object the
 * document does not rewrite still points at it (the appliance would refuse, or keep a dangling key).
 */
import { toPointer, type KindName } from '../model';
import type { DesiredState } from './document';
import type { DocumentIssue } from './errors';
import type { LiveState } from './live';
import type { Ownership, PlannedOp } from './plan-types';

const isBuiltIn = (key: string | undefined): boolean => key !== undefined && /^-\d+$/.test(key);

export function deletions(
  desired: DesiredState,
  live: LiveState,
  opts: Ownership,
  issues: DocumentIssue[],
): PlannedOp[] {
  const out: PlannedOp[] = [];
  const kinds = new Set<KindName>([...(Object.keys(opts.owned ?? {}) as KindName[]), ...(opts.prune ?? [])]);
  /** Deleted by this plan: an owned (or pruned) object of a collection, not declared, not built in. */
  const owned = new Map([...kinds].map((k) => [k, new Set(opts.owned?.[k] ?? [])]));
  const leaving = (kindName: KindName, name: string, key: string): boolean =>
    desired.kinds.of(kindName).shape === 'collection' &&
    kinds.has(kindName) &&
    !desired.collections.get(kindName)?.has(name) &&
    !isBuiltIn(key) &&
    ((opts.prune?.includes(kindName) ?? false) || owned.get(kindName)!.has(name));
  for (const kindName of kinds) {
    const kind = desired.kinds.of(kindName);
    if (kind.shape !== 'collection') continue;
    for (const [name, obj] of live.objects.get(kindName) ?? []) {
      if (!leaving(kindName, name, obj.key)) continue;
      const needs = kind.deletionNeeds;
      if (needs && !desired.settings[needs.setting]) {
        issues.push({
          path: toPointer(kind.documentAt(name)),
          message: `${needs.reason}; set ${needs.setting} to confirm`,
        });
        continue;
      }
      const referrer = liveReferrer(live, desired, kindName, obj.key, leaving);
      if (referrer) {
        issues.push({
          path: toPointer(kind.documentAt(name)),
          message: `cannot be deleted: ${referrer} still refers to it`,
        });
        continue;
      }
      out.push({
        kind: kindName,
        name,
        action: 'delete',
        key: obj.key,
        liveDigest: obj.digest,
        publicDigest: obj.publicDigest,
        stillAsPlanned: (b) => obj.matches(b),
        changes: [],
        kept: [],
        released: [],
        notes: [],
        secrets: new Map(),
      });
    }
  }
  return out;
}

/** A live object we are not rewriting that points at `key`: deleting would break it. */
function liveReferrer(
  live: LiveState,
  desired: DesiredState,
  target: KindName,
  key: string,
  leaving: (kind: KindName, name: string, key: string) => boolean,
): string | undefined {
  // typed kinds first, in model order, then pass-through ones (they point by `{key, meta: {href}}`)
  const targetKind = desired.kinds.of(target);
  for (const kind of desired.kinds.inOrder(live.objects.keys())) {
    for (const [name, obj] of live.objects.get(kind.name) ?? []) {
      const rewritten =
        kind.shape === 'collection'
          ? desired.collections.get(kind.name)?.has(name)
          : desired.singletons.has(kind.name);
      if (rewritten || leaving(kind.name, name, obj.key)) continue;
      const at = kind.referenceTo(obj, targetKind, key);
      if (at) return `${kind.title} "${name}" (${toPointer(at)})`;
    }
  }
  return undefined;
}
