/**
 * The stale-plan check of an apply: inside the transaction, every object the plan touches is read
 * again and compared with what the plan saw.
 */
import { SpsApiError, type Transaction } from '../client';
import { kindOf, type KindName } from '../model';
import { SpsStalePlanError } from './errors';
import { digestOf, toLiveObject } from './live';
import type { Plan, PlannedOp } from './plan';

/**
 * Refuses a stale plan: anything the plan looked at that changed since (level-based, not trusting
 * the plan). All reads start at once; `before(op)` must resolve before `op` is written, so no object
 * is read after our own write to it, and `all()` before the commit.
 */
export class FreshnessCheck {
  readonly #checks = new Map<PlannedOp, Promise<string[]>>();
  readonly #createChecks = new Map<KindName, Promise<string[]>>();

  constructor(
    private readonly tx: Transaction,
    private readonly plan: Plan,
  ) {
    const creates = new Map<KindName, Set<string>>();
    for (const op of plan.ops) {
      if (op.action === 'update' || op.action === 'delete') this.#checks.set(op, this.#checkExisting(op)); // never rejects: see #failed
      if (op.action === 'create') creates.set(op.kind, (creates.get(op.kind) ?? new Set()).add(op.name));
    }
    for (const [kind, names] of creates) this.#createChecks.set(kind, this.#checkNewNames(kind, names));
  }

  async before(op: PlannedOp): Promise<void> {
    const check = op.action === 'create' ? this.#createChecks.get(op.kind) : this.#checks.get(op);
    if (check && (await check).length) await this.all(); // report every stale object, not just the first
  }

  async all(): Promise<void> {
    const problems = (await Promise.all([...this.#checks.values(), ...this.#createChecks.values()])).flat();
    const failure = problems.find((p) => p.startsWith(FAILED));
    if (failure) throw this.#errors.get(failure);
    if (problems.length) throw new SpsStalePlanError(problems.sort());
  }

  readonly #errors = new Map<string, unknown>();

  async #checkExisting(op: PlannedOp): Promise<string[]> {
    const kind = kindOf(op.kind);
    try {
      const now = await this.tx.get(kind, kind.shape === 'singleton' ? undefined : op.key);
      return digestOf(now.body) === op.liveDigest ? [] : [`${kind.title} "${op.name}" was modified`];
    } catch (err) {
      if (err instanceof SpsApiError && err.status === 404) return [`${kind.title} "${op.name}" was deleted`];
      return [this.#failed(err)];
    }
  }

  async #checkNewNames(kindName: KindName, names: ReadonlySet<string>): Promise<string[]> {
    const kind = kindOf(kindName);
    try {
      const known = this.plan.live.namesByKey.get(kindName) ?? new Map();
      const added = (await this.tx.list(kind)).filter((ref) => !known.has(ref.key));
      const objects = await Promise.all(
        added.map(async (ref) => toLiveObject(kind, await this.tx.get(kind, ref.key))),
      );
      return objects
        .filter((o) => names.has(o.name))
        .map((o) => `${kind.title} "${o.name}" was created by someone else`);
    } catch (err) {
      return [this.#failed(err)];
    }
  }

  /** A read that failed outright (not a 404): surfaced as that error, after the others settle. */
  #failed(err: unknown): string {
    const id = `${FAILED}${this.#errors.size}`;
    this.#errors.set(id, err);
    return id;
  }
}

const FAILED = '\u0000failed:';
