/**
 * The stale-plan check of an apply: inside the transaction, every object the plan touches is read
 * again and compared with what the plan saw. The same read is the base of the read-modify-write:
 * an update sends back that body with the managed paths replaced.
 */
import { SpsApiError, type LiveObject as ServerObject, type Transaction } from '../client';
import { type JsonObject, type KindName } from '../model';
import { SpsStalePlanError } from './errors';
import { toLiveObject } from './live';
import type { Plan, PlannedOp } from './plan';

/** What one re-read found: the object as it is now, or why the plan no longer holds for it. */
type Check =
  | { readonly ok: true; readonly body?: JsonObject }
  | { readonly ok: false; readonly stale: string }
  | { readonly ok: false; readonly error: unknown };

/**
 * Refuses a stale plan: anything the plan looked at that changed since (level-based, not trusting
 * the plan). All reads start at once; `before(op)` must resolve before `op` is written, so no object
 * is read after our own write to it, and `all()` before the commit.
 */
export class FreshnessCheck {
  readonly #checks = new Map<PlannedOp, Promise<Check[]>>();
  readonly #createChecks = new Map<KindName, Promise<Check[]>>();

  constructor(
    private readonly tx: Transaction,
    private readonly plan: Plan,
  ) {
    const creates = new Map<KindName, Set<string>>();
    for (const op of plan.ops) {
      if (op.action === 'update' || op.action === 'delete') this.#checks.set(op, this.#checkExisting(op));
      if (op.action === 'create') creates.set(op.kind, (creates.get(op.kind) ?? new Set()).add(op.name));
    }
    for (const [kind, names] of creates) this.#createChecks.set(kind, this.#checkNewNames(kind, names));
  }

  /**
   * Waits for `op`'s own check; throws when the plan no longer holds (after reporting every stale
   * object, not just the first). Returns the server body as re-read, for updates.
   */
  async before(op: PlannedOp): Promise<JsonObject | undefined> {
    const check = op.action === 'create' ? this.#createChecks.get(op.kind) : this.#checks.get(op);
    const results = check ? await check : [];
    if (results.some((r) => !r.ok)) await this.all();
    const found = results.find((r): r is { ok: true; body?: JsonObject } => r.ok);
    return found?.body;
  }

  async all(): Promise<void> {
    const results = (await Promise.all([...this.#checks.values(), ...this.#createChecks.values()])).flat();
    for (const r of results) if ('error' in r) throw r.error;
    const stale = results.flatMap((r) => ('stale' in r ? [r.stale] : []));
    if (stale.length) throw new SpsStalePlanError(stale.sort());
  }

  // never rejects: a failed read becomes a result, surfaced once every check has settled
  async #checkExisting(op: PlannedOp): Promise<Check[]> {
    const kind = this.plan.kinds.of(op.kind);
    let now: ServerObject;
    try {
      now = await this.tx.get(kind, kind.shape === 'singleton' ? undefined : op.key);
    } catch (error) {
      if (error instanceof SpsApiError && error.status === 404) {
        // a singleton that did not exist at plan time is still absent: nothing changed
        if (!op.stillAsPlanned) return [{ ok: true }];
        return [{ ok: false, stale: `${kind.title} "${op.name}" was deleted` }];
      }
      return [{ ok: false, error }];
    }
    if (!op.stillAsPlanned?.(now.body))
      return [{ ok: false, stale: `${kind.title} "${op.name}" was modified` }];
    return [{ ok: true, body: now.body }];
  }

  async #checkNewNames(kindName: KindName, names: ReadonlySet<string>): Promise<Check[]> {
    const kind = this.plan.kinds.of(kindName);
    try {
      const known = this.plan.live.namesByKey.get(kindName) ?? new Map();
      const added = (await this.tx.list(kind)).filter((ref) => !known.has(ref.key));
      const objects = await Promise.all(
        added.map(async (ref) => toLiveObject(kind, await this.tx.get(kind, ref.key))),
      );
      const taken = objects.filter((o) => names.has(o.name));
      return taken.length
        ? taken.map((o) => ({ ok: false, stale: `${kind.title} "${o.name}" was created by someone else` }))
        : [{ ok: true }];
    } catch (error) {
      return [{ ok: false, error }];
    }
  }
}
