/**
 * The order an apply's writes go out in, inside its one transaction. One at a time by default, in
 * the plan's order: referents before referrers, references moved away before the deletes. With a
 * write concurrency above 1 (the guide does not say whether SPS serializes requests within one
 * session's transaction, so it is opt-in), writes that do not depend on each other go out together:
 * a write waits only for the creates of objects it refers to, and deletes wait for everything before
 * them and go one at a time. The changelog proof before the commit still accounts for every write.
 *
 * An appliance that refuses a concurrent write (409, 429 or 503 on a write while another is in
 * flight) gets the rest one at a time: the refused writes did not land, so they are sent again, once,
 * in plan order, and a note says so.
 */
import { SpsApiError } from '../client';
import type { KindSet } from '../model';
import { throwIfInterrupted } from './apply-transaction';
import type { PlannedOp } from './plan';

export interface WriteSchedule {
  /** The plan's kinds: what a write refers to, so it waits for those creates. */
  readonly kinds: KindSet;
  /** Writes in flight at once.  @default 1 */
  readonly concurrency?: number;
  readonly interrupt?: AbortSignal;
}

export interface ScheduleOutcome {
  /** Set when the appliance refused concurrent writes and the rest went one at a time. */
  readonly fellBack?: string;
}

const REFUSALS = new Set([409, 429, 503]);

/** Runs `write` for every op (all changing, in plan order). Throws the first failure, after the writes in flight. */
export async function runWrites(
  ops: readonly PlannedOp[],
  write: (op: PlannedOp) => Promise<void>,
  schedule: WriteSchedule,
): Promise<ScheduleOutcome> {
  const concurrency = Math.max(1, Math.floor(schedule.concurrency ?? 1));
  if (concurrency === 1) {
    for (const op of ops) {
      throwIfInterrupted(schedule.interrupt);
      await write(op);
    }
    return {};
  }
  const deps = dependencies(ops, schedule.kinds);
  // settled when the op's write has landed (a refused write only once sent again)
  const landed = new Map(ops.map((op) => [op, deferred()]));
  const inFlight = new Set<Promise<void>>();
  const refused: PlannedOp[] = [];
  let failure: { error: unknown } | undefined;
  let fellBack: string | undefined;
  const waiters: (() => void)[] = [];
  const resend = async () => {
    await Promise.all(inFlight);
    for (const op of refused.splice(0).sort((a, b) => ops.indexOf(a) - ops.indexOf(b))) {
      throwIfInterrupted(schedule.interrupt);
      await write(op);
      landed.get(op)!.resolve();
    }
  };

  try {
    await runAll();
  } finally {
    // an interrupt or a failure stops new writes; those in flight land (or fail) before anything else
    await Promise.allSettled([...inFlight]);
  }
  if (failure) throw failure.error;
  await resend();
  return fellBack ? { fellBack } : {};

  async function runAll(): Promise<void> {
    for (const op of ops) {
      throwIfInterrupted(schedule.interrupt);
      if (failure) break;
      if (fellBack) {
        // one at a time from here: first the writes the appliance refused, then the rest in order
        await resend();
        if (failure) break;
        await write(op);
        landed.get(op)!.resolve();
        continue;
      }
      while (inFlight.size >= concurrency) await Promise.race(inFlight);
      await Promise.race([
        Promise.all((deps.get(op) ?? []).map((d) => landed.get(d)!.promise)),
        untilFailed(),
      ]);
      if (failure || fellBack) {
        if (fellBack && !failure) {
          await resend();
          await write(op);
          landed.get(op)!.resolve();
        }
        continue;
      }
      const running: Promise<void> = write(op).then(
        () => {
          inFlight.delete(running);
          landed.get(op)!.resolve();
        },
        (error: unknown) => {
          inFlight.delete(running);
          if (error instanceof SpsApiError && REFUSALS.has(error.status)) {
            fellBack ??= `the appliance refused concurrent writes in one transaction (${error.status} on ${error.method} ${error.path}): the rest were written one at a time`;
            refused.push(op);
          } else failure ??= { error };
          wake();
        },
      );
      inFlight.add(running);
    }
  }

  // a failure or a refusal wakes an op waiting for its dependencies (which may never land now)
  function untilFailed(): Promise<void> {
    return new Promise((resolve) => waiters.push(resolve));
  }
  function wake(): void {
    for (const w of waiters.splice(0)) w();
  }
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * What each op must wait for: the creates of the objects its body refers to (their keys), and for a
 * delete every op before it (references to it are moved away first; deletes go one at a time).
 */
function dependencies(ops: readonly PlannedOp[], kinds: KindSet): Map<PlannedOp, PlannedOp[]> {
  const creates = new Map<string, PlannedOp>();
  const out = new Map<PlannedOp, PlannedOp[]>();
  const before: PlannedOp[] = [];
  for (const op of ops) {
    if (op.action === 'delete') out.set(op, [...before]);
    else {
      const refs = op.desired ? kinds.of(op.kind).referencesIn(op.desired) : [];
      const waits = refs
        .map((r) => creates.get(`${r.target}\u0000${r.value}`))
        .filter((d): d is PlannedOp => d !== undefined);
      // a create that stores an inline secret writes two objects; nothing else depends on that one
      out.set(op, [...new Set(waits)]);
      if (op.action === 'create') creates.set(`${op.kind}\u0000${op.name}`, op);
    }
    before.push(op);
  }
  return out;
}
