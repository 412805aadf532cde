/**
 * Desired + live → an ordered list of operations. Level-based: computed from what the appliance has
 * now, never from a previous plan. Referents are created before referrers, references are moved away
 * before referents are deleted, and nothing we do not own is deleted.
 */
import { toPointer, withCreateValues, type JsonObject, type KindDef } from '../model';
import { compareObject, type FieldChange } from './compare';
import { deletions } from './plan-deletions';
import { order } from './plan-order';
import { eachObject, type DesiredState } from './document';
import { SpsPlanRefusedError, type DocumentIssue } from './errors';
import type { LiveObject, LiveState } from './live';
import { withCurrentKindNames } from './ownership';

import type { Plan, PlannedOp, PlanOptions } from './plan-types';

export type { Action, Ownership, Plan, PlannedOp, PlanOptions } from './plan-types';

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
    const kind = desired.kinds.of(kindName);
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
    ops.push(
      updateOp(desired.kinds.of(kindName), kindName, body, live.objects.get(kindName)?.get(kindName), ctx),
    );

  ops.push(...deletions(desired, live, opts, issues));
  // desired bodies hold secrets: keep them out of JSON.stringify, util.inspect and test failure output
  for (const op of ops)
    if (op.desired) Object.defineProperty(op, 'desired', { value: op.desired, enumerable: false });
  if (issues.length) throw new SpsPlanRefusedError([...issues].sort((a, b) => a.path.localeCompare(b.path)));
  return {
    ops: order(ops, desired.kinds),
    live,
    notes: ops.flatMap((o) => o.notes.map((n) => `${desired.kinds.of(o.kind).title} "${o.name}": ${n}`)),
    kinds: desired.kinds,
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

/** References must name something declared here or present on the appliance. */
function danglingReferences(desired: DesiredState, live: LiveState): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const each = (kind: KindDef, at: string[], body: JsonObject): void => {
    for (const ref of kind.referencesIn(body)) {
      const target = desired.kinds.of(ref.target);
      const declared = desired.collections.get(ref.target)?.has(ref.value) ?? false;
      const byKey = live.namesByKey.get(ref.target)?.has(ref.value) ?? false;
      const onAppliance =
        target.identity === 'name'
          ? (live.objects.get(ref.target)?.has(ref.value) ?? false) || (kind.referencesByKey && byKey)
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

export function hasChanges(plan: Plan): boolean {
  return plan.ops.some((o) => o.action !== 'noop');
}
