/**
 * Desired + live → an ordered list of operations. Level-based: computed from what the appliance has
 * now, never from a previous plan. Referents are created before referrers, references are moved away
 * before referents are deleted, and nothing we do not own is deleted.
 */
import {
  KINDS,
  isJsonObject,
  isPassThroughName,
  isServerReference,
  kindOf,
  toPointer,
  withCreateValues,
  type JsonObject,
  type JsonValue,
  type KindDef,
  type KindName,
} from '../model';
import { compareObject, type FieldChange, type SecretDecision } from './compare';
import type { DeclaredBefore } from './declared';
import { eachObject, referencesOf, type DesiredState } from './document';
import { SpsPlanRefusedError, type DocumentIssue } from './errors';
import type { LiveObject, LiveState } from './live';
import { withCurrentKindNames } from './ownership';
import type { SecretRecords } from './secrets';

export type Action = 'create' | 'update' | 'delete' | 'noop';

export interface PlannedOp {
  readonly kind: KindName;
  /** Object name; for singletons the kind name. */
  readonly name: string;
  readonly action: Action;
  /** SPS key of the live object (absent for creates). */
  readonly key?: string;
  /** Digest of the live body at plan time ('absent' for creates): apply refuses a stale plan with it. */
  readonly liveDigest: string;
  /** As liveDigest, over the body with its secrets left out: what a saved plan file may hold. */
  readonly publicDigest: string;
  readonly changes: readonly FieldChange[];
  /** Live fields the document does not manage, kept as they are (JSON pointers; empty for create/delete). */
  readonly kept: readonly string[];
  /** Fields declared at the last apply and no longer: the write leaves them out (appliance defaults). */
  readonly released: readonly string[];
  /** Whether a body read again inside the transaction is the object as planned (undefined: it did not exist). */
  readonly stillAsPlanned?: (serverBody: JsonObject) => boolean;
  readonly notes: readonly string[];
  /** Desired body (desired form, may hold secrets: never serialize). */
  readonly desired?: JsonObject;
  readonly secrets: ReadonlyMap<string, SecretDecision>;
}

export interface Plan {
  readonly ops: readonly PlannedOp[];
  readonly live: LiveState;
  readonly notes: readonly string[];
}

/** Which objects this caller owns (may delete): names from the last applied state, or whole kinds (prune). */
export interface Ownership {
  readonly owned?: Partial<Record<KindName, readonly string[]>>;
  readonly prune?: readonly KindName[];
}

export interface PlanOptions extends Ownership {
  /** The appliance's firmware (GET /api/info): new objects get its band's create values.  @default - none */
  readonly firmware?: string | null;
  readonly secretRecords?: SecretRecords;
  readonly rotateSecrets?: boolean;
  /**
   * The caller keeps the fingerprints the apply records (Terraform private state, a CLI state file):
   * secrets nothing can verify are then planned as written once. Without it they are kept and noted.
   * @default false
   */
  readonly recordsSecrets?: boolean;
  /**
   * Refuse references to objects neither declared nor on the appliance. A caller planning from what
   * it already knows (not a full read) checked them when it planned against the appliance.  @default true
   */
  readonly checkReferences?: boolean;
  /**
   * What the document declared at the last apply (a CLI state file, Terraform's private state): a
   * field it declared and no longer does goes back to the appliance's default.  @default - no record:
   * a field left out is kept
   */
  readonly declaredBefore?: DeclaredBefore;
}

const ORDER = new Map(KINDS.map((k, i) => [k.name, i]));
const isBuiltIn = (key: string | undefined): boolean => key !== undefined && /^-\d+$/.test(key);

export function computePlan(desired: DesiredState, live: LiveState, opts: PlanOptions = {}): Plan {
  opts = withCurrentKindNames(opts);
  const ctx = {
    namesByKey: live.namesByKey,
    secretRecords: opts.secretRecords ?? {},
    rotateSecrets: opts.rotateSecrets === true,
    recordsSecrets: opts.recordsSecrets === true,
    declaredBefore: opts.declaredBefore,
  };
  const issues: DocumentIssue[] =
    opts.checkReferences === false ? [] : [...danglingReferences(desired, live)];
  const ops: PlannedOp[] = [];

  for (const [kindName, objects] of desired.collections) {
    const kind = kindOf(kindName);
    const liveObjects = live.objects.get(kindName) ?? new Map();
    for (const [name, body] of objects) {
      const current = liveObjects.get(name);
      if (!current) {
        const created = withCreateValues(kind, body, opts.firmware);
        ops.push({
          kind: kindName,
          name,
          action: 'create',
          liveDigest: 'absent',
          publicDigest: 'absent',
          changes: creationChanges(kind, name, created, ctx),
          kept: [],
          released: [],
          notes: [],
          desired: created,
          secrets: new Map(),
        });
        continue;
      }
      ops.push(updateOp(kind, name, body, current, ctx));
    }
  }

  for (const [kindName, body] of desired.singletons)
    ops.push(updateOp(kindOf(kindName), kindName, body, live.objects.get(kindName)?.get(kindName), ctx));

  ops.push(...deletions(desired, live, opts, issues));
  // desired bodies hold secrets: keep them out of JSON.stringify, util.inspect and test failure output
  for (const op of ops)
    if (op.desired) Object.defineProperty(op, 'desired', { value: op.desired, enumerable: false });
  if (issues.length) throw new SpsPlanRefusedError([...issues].sort((a, b) => a.path.localeCompare(b.path)));
  return {
    ops: order(ops),
    live,
    notes: ops.flatMap((o) => o.notes.map((n) => `${kindOf(o.kind).title} "${o.name}": ${n}`)),
  };
}

/** An object the appliance has (a singleton may have never been written: then it is compared with nothing). */
function updateOp(
  kind: KindDef,
  name: string,
  body: JsonObject,
  current: LiveObject | undefined,
  ctx: Parameters<typeof compareObject>[4],
): PlannedOp {
  const cmp = compareObject(kind, name, body, current?.body ?? {}, ctx);
  return {
    kind: kind.name,
    name,
    action: cmp.changes.length ? 'update' : 'noop',
    key: current?.key,
    get liveDigest() {
      return current?.digest ?? 'absent'; // on demand: a no-change op needs it only in a saved plan
    },
    ...(current ? { stillAsPlanned: (b: JsonObject) => current.matches(b) } : {}),
    get publicDigest() {
      return current?.publicDigest ?? 'absent';
    },
    changes: cmp.changes,
    get kept() {
      return cmp.kept;
    },
    released: cmp.released,
    notes: cmp.notes,
    desired: body,
    secrets: cmp.secrets,
  };
}

/** Every field of a new object is a change from nothing. */
function creationChanges(
  kind: KindDef,
  name: string,
  body: JsonObject,
  ctx: Parameters<typeof compareObject>[4],
): FieldChange[] {
  return compareObject(kind, name, body, {}, ctx).changes;
}

function deletions(
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

/** References must name something declared here or present on the appliance. */
function danglingReferences(desired: DesiredState, live: LiveState): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const each = (kind: KindDef, at: string[], body: JsonObject): void => {
    for (const ref of referencesOf(kind, body)) {
      const target = kindOf(ref.target);
      const declared = desired.collections.get(ref.target)?.has(ref.value) ?? false;
      const byKey = live.namesByKey.get(ref.target)?.has(ref.value) ?? false;
      const onAppliance =
        target.identity === 'name'
          ? (live.objects.get(ref.target)?.has(ref.value) ?? false) || (isPassThroughName(kind.name) && byKey)
          : byKey;
      if (!declared && !onAppliance) {
        issues.push({
          path: toPointer([...at, ...ref.segments]),
          message: `refers to ${target.title} "${ref.value}", which is neither declared nor on the appliance`,
        });
      }
    }
  };
  for (const { kind, name, body } of eachObject(desired)) each(kind, [...kind.documentAt(name)], body);
  return issues;
}

/**
 * Pass-through kinds come after every typed kind (typed kinds never point at them), each after the
 * pass-through kinds its objects point at: connection policies after channel policies.
 */
function passThroughRanks(ops: readonly PlannedOp[]): Map<KindName, number> {
  const targets = new Map<KindName, Set<KindName>>();
  for (const o of ops) {
    if (!isPassThroughName(o.kind)) continue;
    const set = targets.get(o.kind) ?? new Set<KindName>();
    targets.set(o.kind, set);
    for (const r of o.desired ? referencesOf(kindOf(o.kind), o.desired) : [])
      if (isPassThroughName(r.target) && r.target !== o.kind) set.add(r.target);
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
function order(ops: PlannedOp[]): PlannedOp[] {
  const ranks = passThroughRanks(ops);
  const at = (kind: KindName): number => ORDER.get(kind) ?? ranks.get(kind) ?? KINDS.length;
  const rank = (o: PlannedOp): number => (o.action === 'delete' ? 1000 - at(o.kind) : at(o.kind));
  const phase = (o: PlannedOp): number => (o.action === 'delete' ? 1 : 0);
  return [...ops].sort((a, b) => phase(a) - phase(b) || rank(a) - rank(b) || a.name.localeCompare(b.name));
}

export function hasChanges(plan: Plan): boolean {
  return plan.ops.some((o) => o.action !== 'noop');
}
