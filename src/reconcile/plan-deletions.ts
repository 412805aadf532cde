/**
 * The deletes of a plan: owned (or pruned) objects of a collection the document no longer declares,
 * never built-ins; an archive/cleanup policy only with the opt-in; and none while a live object the
 * document does not rewrite still points at it (the appliance would refuse, or keep a dangling key).
 */
import {
  KINDS,
  isJsonObject,
  isPassThroughName,
  isServerReference,
  kindOf,
  toPointer,
  type JsonValue,
  type KindName,
} from '../model';
import { referencesOf, type DesiredState } from './document';
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
    kindOf(kindName).shape === 'collection' &&
    kinds.has(kindName) &&
    !desired.collections.get(kindName)?.has(name) &&
    !isBuiltIn(key) &&
    ((opts.prune?.includes(kindName) ?? false) || owned.get(kindName)!.has(name));
  for (const kindName of kinds) {
    const kind = kindOf(kindName);
    if (kind.shape !== 'collection') continue;
    for (const [name, obj] of live.objects.get(kindName) ?? []) {
      if (!leaving(kindName, name, obj.key)) continue;
      const needs = kind.deletionNeeds;
      if (needs && !desired.settings[needs.setting]) {
        issues.push({
          path: toPointer([kindName, name]),
          message: `${needs.reason}; set ${needs.setting} to confirm`,
        });
        continue;
      }
      const referrer = liveReferrer(live, desired, kindName, obj.key, leaving);
      if (referrer) {
        issues.push({
          path: toPointer([kindName, name]),
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
  for (const kind of KINDS) {
    for (const ref of kind.references) {
      if (ref.target !== target) continue;
      for (const [name, obj] of live.objects.get(kind.name) ?? []) {
        const rewritten =
          kind.shape === 'collection'
            ? desired.collections.get(kind.name)?.has(name)
            : desired.singletons.has(kind.name);
        if (rewritten || leaving(kind.name, name, obj.key)) continue;
        const refs = referencesOf(kind, obj.body).filter((r) => r.value === key);
        if (refs.length) return `${kind.title} "${name}" (${toPointer(refs[0].segments)})`;
      }
    }
  }
  // pass-through objects point by `{key, meta: {href}}` as the appliance returns them
  const href = `${kindOf(target).endpoint}/${key}`;
  for (const [kindName, objects] of live.objects) {
    if (!isPassThroughName(kindName)) continue;
    for (const [name, obj] of objects) {
      const rewritten = desired.collections.get(kindName)?.has(name) || desired.singletons.has(kindName);
      if (!rewritten && !leaving(kindName, name, obj.key) && holdsServerReference(obj.serverBody, href))
        return `${kindOf(kindName).title} "${name}"`;
    }
  }
  return undefined;
}

function holdsServerReference(v: JsonValue, href: string): boolean {
  if (isServerReference(v)) return v.meta.href === href;
  if (Array.isArray(v)) return v.some((x) => holdsServerReference(x, href));
  return isJsonObject(v) && Object.values(v).some((x) => holdsServerReference(x, href));
}
