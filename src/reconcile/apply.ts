/**
 * Applies a plan in ONE SPS transaction: wait for the configuration lock, re-read what the plan
 * touches and refuse a stale plan, write in order — updates as read-modify-write on the re-read
 * body, names resolved to keys (objects created earlier in the same transaction included) — prove
 * the transaction still holds every write, commit, then re-read and verify the managed fields.
 * Any failure or interrupt before the commit rolls back; nothing is half-applied.
 */
import {
  SpsConfigLockedError,
  SpsError,
  rollbackOutcomeOf,
  type SpsClient,
  type Transaction,
  type TransactionChange,
} from '../client';
import {
  deepClone,
  isPassThroughName,
  kindOf,
  nameReferencesIn,
  parseNameReference,
  matchPath,
  setAt,
  toPointer,
  valueAt,
  type JsonObject,
  type KindDef,
  type KindName,
} from '../model';
import { isInlineSecretReference } from '../model/desired-schema';
import { compareObject } from './compare';
import { SpsApplyError, SpsInterruptedError, SpsTransactionLostError, SpsVerifyError } from './errors';
import { FreshnessCheck } from './freshness';
import { toLiveObject, type LiveState } from './live';
import { withoutReleased } from './declared';
import { mergeForWrite } from './ownership';
import type { Plan, PlannedOp } from './plan';
import {
  fingerprintAsync,
  matchesFingerprint,
  secretId,
  type SecretRecord,
  type SecretRecords,
} from './secrets';

/** How long an apply waits for a configuration lock another session holds, unless told otherwise. */
export const DEFAULT_LOCK_TIMEOUT_MS = 60_000;

export interface ApplyOptions {
  /** How long to wait for a configuration lock held by someone else.  @default 60000 */
  readonly lockTimeoutMs?: number;
  readonly commitMessage?: string;
  readonly secretRecords?: SecretRecords;
  readonly onProgress?: (event: { done: number; total: number; op: PlannedOp }) => void;
  /**
   * SIGINT/SIGTERM or Terraform's StopProvider: no write starts after it, the transaction is rolled
   * back (the write in flight is waited for first, so none lands after the rollback), and the commit
   * is never sent. Its reason should be an SpsInterruptedError.
   */
  readonly interrupt?: AbortSignal;
  /**
   * Before committing, prove from `GET /api/transaction/changes` that the open transaction holds every
   * write (an appliance that opens transactions implicitly would otherwise commit only the writes made
   * after a dropped transaction).  @default true
   */
  readonly checkTransaction?: boolean;
}

export type OpWord = 'unchanged' | 'created' | 'updated' | 'deleted';
export interface OpResult {
  readonly kind: KindName;
  readonly name: string;
  readonly result: OpWord;
  readonly key?: string;
}

export interface ApplyResult {
  readonly results: readonly OpResult[];
  /** Fingerprints of every secret now on the appliance (keep them: Terraform private state, CLI state file). */
  readonly secretRecords: SecretRecords;
  /** Name → key of every object of the kinds the plan covered, after the commit. */
  readonly keys: ReadonlyMap<KindName, ReadonlyMap<string, string>>;
  readonly committed: boolean;
}

const WORD: Record<PlannedOp['action'], OpWord> = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
  noop: 'unchanged',
};

/** One write made inside the transaction, to be found again in its changelog. */
interface Written {
  readonly op: PlannedOp;
  readonly key: string | undefined;
  /** False for a rewrite of secrets the appliance may already hold (it can record no change). */
  readonly visible: boolean;
}

export async function applyPlan(
  client: SpsClient,
  plan: Plan,
  opts: ApplyOptions = {},
): Promise<ApplyResult> {
  const keys = keyBook(plan.live);
  const records: Record<string, SecretRecord> = { ...(opts.secretRecords ?? {}) };
  const changing = plan.ops.filter((o) => o.action !== 'noop');
  if (changing.length === 0) {
    return { results: plan.ops.map(unchanged), secretRecords: records, keys, committed: false };
  }
  throwIfInterrupted(opts.interrupt);
  // a cluster's managed hosts take their configuration from the Central Management node only
  await client.assertConfigurable();
  const results = await inTransaction(
    client,
    opts,
    async (tx, step) => {
      // Every touched object is re-read inside the transaction. The reads run concurrently with the
      // (sequential) writes; each write waits only for its own object's check, and the commit for all.
      const fresh = new FreshnessCheck(tx, plan);
      const out: OpResult[] = [];
      const written: Written[] = [];
      let done = 0;
      for (const op of plan.ops) {
        if (op.action === 'noop') {
          out.push(unchanged(op));
          continue;
        }
        throwIfInterrupted(opts.interrupt);
        step('re-reading what the plan touches');
        const base = await fresh.before(op);
        throwIfInterrupted(opts.interrupt);
        step(`${verb(op.action)} ${kindOf(op.kind).title} "${op.name}"`);
        const result = await writeOp(tx, op, base, plan, keys, records);
        out.push(result);
        written.push({
          op,
          key: result.key,
          visible: op.action !== 'update' || op.changes.some((c) => !c.unverifiable),
        });
        opts.onProgress?.({ done: ++done, total: changing.length, op });
      }
      step('re-reading what the plan touches');
      await fresh.all();
      if (opts.checkTransaction !== false) {
        step('checking that the transaction holds every write');
        proveTransaction(await tx.changes(), written);
      }
      throwIfInterrupted(opts.interrupt); // the last moment: never commit after an interrupt
      step('committing');
      return out;
    },
    { commit: true, message: opts.commitMessage },
  );

  const result: ApplyResult = { results, secretRecords: records, keys, committed: true };
  let mismatches: string[];
  try {
    mismatches = await verify(client, plan, keys, records);
  } catch (err) {
    throw new SpsVerifyError(result, [], err);
  }
  if (mismatches.length) throw new SpsVerifyError(result, mismatches);
  return result;
}

export interface DeviceValidation {
  readonly accepted: boolean;
  /** What SPS recorded for the staged writes (`GET /api/transaction/changes`), secrets masked. */
  readonly changes: readonly TransactionChange[];
  /** Why the appliance refused, when it did. */
  readonly error?: string;
}

/** Stages every write of the plan, reads what SPS accepted, and rolls back. Nothing is committed. */
export async function validateOnDevice(
  client: SpsClient,
  plan: Plan,
  opts: ApplyOptions = {},
): Promise<DeviceValidation> {
  const keys = keyBook(plan.live);
  const records: Record<string, SecretRecord> = {};
  await client.assertConfigurable();
  try {
    return await inTransaction(
      client,
      opts,
      async (tx, step) => {
        for (const op of plan.ops) {
          if (op.action === 'noop') continue;
          throwIfInterrupted(opts.interrupt);
          const kind = kindOf(op.kind);
          const base =
            op.action === 'update'
              ? (await tx.get(kind, kind.shape === 'singleton' ? undefined : op.key)).body
              : undefined;
          step(`${verb(op.action)} ${kind.title} "${op.name}"`);
          await writeOp(tx, op, base, plan, keys, records);
        }
        const changes = await tx.changes();
        return { accepted: true, changes };
      },
      { commit: false },
    );
  } catch (err) {
    if (err instanceof SpsApplyError && SpsError.is(err.cause) && err.cause.code === 'SPS_API') {
      return { accepted: false, changes: [], error: err.message.split('\n')[0] };
    }
    throw err;
  }
}

type Step = (what: string) => void;

function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  const reason: unknown = signal.reason;
  throw reason instanceof SpsInterruptedError ? reason : new SpsInterruptedError(String(reason));
}

/**
 * Runs `fn` in a transaction and commits (or rolls back when `commit` is false). A lock held by
 * another session is waited for (the client's backoff) up to the lock timeout; any other failure
 * rolls back, and the error says what became of the transaction and the lock.
 */
async function inTransaction<T>(
  client: SpsClient,
  opts: ApplyOptions,
  fn: (tx: Transaction, step: Step) => Promise<T>,
  mode: { commit: boolean; message?: string },
): Promise<T> {
  const timeout = opts.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  let opened = false;
  let current = 'opening the transaction';
  try {
    return await client.withTransaction(
      (tx) => {
        opened = true;
        return fn(tx, (what) => (current = what));
      },
      { commit: mode.commit, message: mode.message, waitForLockMs: timeout, signal: opts.interrupt },
    );
  } catch (err) {
    const outcome = rollbackOutcomeOf(err) ?? { state: opened ? 'rolled-back' : 'not-opened' };
    if (!opened && err instanceof SpsConfigLockedError) {
      throw new SpsApplyError(
        `waiting for the configuration lock (another session held it for more than ${Math.round(timeout / 1000)} s, the lock timeout)`,
        false,
        err,
        outcome,
      );
    }
    if (!opened && opts.interrupt?.aborted) {
      throw new SpsApplyError(
        'waiting for the configuration lock',
        false,
        new SpsInterruptedError(
          String(
            opts.interrupt.reason instanceof SpsInterruptedError
              ? opts.interrupt.reason.reason
              : opts.interrupt.reason,
          ),
        ),
        outcome,
      );
    }
    const ambiguous =
      current === 'committing' &&
      SpsError.is(err) &&
      (err.code === 'SPS_CONNECTION' || err.code === 'SPS_TIMEOUT');
    throw new SpsApplyError(current, ambiguous ? 'unknown' : false, err, outcome);
  }
}

/**
 * The changelog must account for every write that changes what the appliance holds (creates,
 * deletes, updates of visible fields). Entries are matched by the object's key (or the singleton's
 * endpoint) in their `path`, whatever prefix the firmware puts in front of it.
 */
function proveTransaction(changes: readonly TransactionChange[], written: readonly Written[]): void {
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
    const kind = kindOf(w.op.kind);
    const tail = kind.endpoint.replace(/^\/api(\/configuration)?/, '');
    const found =
      (kind.shape === 'singleton' ? recorded(tail) : recorded(`${tail}/${w.key}`)) ||
      recorded(`${tail}/${encodeURIComponent(w.key ?? '')}`);
    if (!found) missing.push(`${verb(w.op.action)} ${kind.title} "${w.op.name}"`);
  }
  if (missing.length) throw new SpsTransactionLostError(missing);
}

async function writeOp(
  tx: Transaction,
  op: PlannedOp,
  base: JsonObject | undefined,
  plan: Plan,
  keys: Map<KindName, Map<string, string>>,
  records: Record<string, SecretRecord>,
): Promise<OpResult> {
  const kind = kindOf(op.kind);
  if (op.action === 'delete') {
    await tx.remove(kind, op.key!);
    keys.get(op.kind)?.delete(op.name);
    for (const id of Object.keys(records)) if (id.startsWith(`${op.kind}/${op.name}/`)) delete records[id];
    return { kind: op.kind, name: op.name, result: 'deleted', key: op.key };
  }
  const desired = await writtenBody(tx, kind, op, plan, keys, records);
  if (op.action === 'create') {
    const ref = await tx.create(kind, desired);
    keyMap(keys, op.kind).set(op.name, ref.key);
    return { kind: op.kind, name: op.name, result: 'created', key: ref.key };
  }
  // read-modify-write: fields the document does not manage go back exactly as re-read, but those it
  // declared at the last apply and no longer does, which are left out (the appliance's default)
  const merged = base ? (mergeForWrite(kind.schema, kind.writtenForm(base), desired) as JsonObject) : desired;
  const body = withoutReleased(merged, op.released);
  await tx.replace(kind, kind.shape === 'singleton' ? undefined : op.key, body);
  return { kind: op.kind, name: op.name, result: 'updated', key: op.key };
}

/** Desired form → written form: names → keys, inline secrets stored as their own objects. */
async function writtenBody(
  tx: Transaction,
  kind: KindDef,
  op: PlannedOp,
  plan: Plan,
  keys: Map<KindName, Map<string, string>>,
  records: Record<string, SecretRecord>,
): Promise<JsonObject> {
  const body = deepClone(op.desired!);
  const liveBody = plan.live.objects.get(op.kind)?.get(op.name)?.body;
  for (const { ref, segments } of isPassThroughName(kind.name) ? nameReferencesIn(body) : []) {
    const target = parseNameReference(ref)!; // checked when the document was parsed
    const key =
      keys.get(target.target)?.get(target.name) ??
      (plan.live.namesByKey.get(target.target)?.has(target.name) ? target.name : undefined);
    if (key === undefined) throw new Error(`${toPointer(segments)}: "${ref}" has no key (not created?)`);
    setAt(body, segments, key);
  }
  for (const ref of kind.references) {
    const target = kindOf(ref.target);
    for (const m of matchPath(body, ref.path)) {
      if (typeof m.value !== 'string') continue;
      if (isInlineSecretReference(ref)) {
        const pointer = toPointer(m.segments);
        const id = secretId(kind.name, op.name, pointer);
        // the live key object stays when it is the same secret, or one nobody can tell apart
        const decision = op.secrets.get(pointer);
        const reuse =
          op.action === 'update' && (decision === 'same' || decision === 'unverified') && liveBody
            ? valueAt(liveBody, m.segments)
            : undefined;
        if (typeof reuse === 'string') {
          setAt(body, m.segments, reuse);
          continue;
        }
        const secret = m.value;
        const key = (await tx.create(target, { [target.sensitive[0][0]]: secret })).key;
        records[id] = { fingerprint: await fingerprintAsync(secret), key };
        setAt(body, m.segments, key);
      } else if (target.identity === 'name') {
        const key = keys.get(ref.target)?.get(m.value);
        if (key === undefined)
          throw new Error(`${toPointer(m.segments)}: ${target.title} "${m.value}" has no key (not created?)`);
        setAt(body, m.segments, key);
      }
    }
  }
  const fingerprints: Promise<void>[] = [];
  for (const path of kind.sensitive) {
    for (const m of matchPath(op.desired!, path)) {
      const id = secretId(kind.name, op.name, toPointer(m.segments));
      const prior = records[id];
      const secret = String(m.value);
      if (!prior || !matchesFingerprint(secret, prior.fingerprint))
        fingerprints.push(fingerprintAsync(secret).then((fp) => void (records[id] = { fingerprint: fp })));
    }
  }
  await Promise.all(fingerprints);
  return body;
}

/** After the commit: the appliance must now show the desired value at every managed path. */
async function verify(
  client: SpsClient,
  plan: Plan,
  keys: Map<KindName, Map<string, string>>,
  records: SecretRecords,
): Promise<string[]> {
  const touched = plan.ops.filter((o) => o.action === 'create' || o.action === 'update');
  const namesByKey = new Map<KindName, Map<string, string>>();
  for (const [kind, byName] of keys) namesByKey.set(kind, new Map([...byName].map(([n, k]) => [k, n])));
  const mismatches: string[] = [];
  await Promise.all(
    touched.map(async (op) => {
      const kind = kindOf(op.kind);
      const key = kind.shape === 'singleton' ? undefined : keys.get(op.kind)?.get(op.name);
      const now = toLiveObject(kind, await client.get(kind, key));
      const cmp = compareObject(kind, op.name, op.desired!, now.body, {
        namesByKey,
        secretRecords: records,
        rotateSecrets: false,
        recordsSecrets: false,
      });
      if (cmp.changes.length)
        mismatches.push(`${kind.title} "${op.name}" (${cmp.changes.map((c) => c.path).join(', ')})`);
    }),
  );
  return mismatches.sort();
}

function keyBook(live: LiveState): Map<KindName, Map<string, string>> {
  const book = new Map<KindName, Map<string, string>>();
  for (const [kind, byName] of live.objects)
    book.set(kind, new Map([...byName].map(([name, o]) => [name, o.key])));
  return book;
}

function keyMap(keys: Map<KindName, Map<string, string>>, kind: KindName): Map<string, string> {
  let m = keys.get(kind);
  if (!m) keys.set(kind, (m = new Map()));
  return m;
}

const unchanged = (op: PlannedOp): OpResult => ({
  kind: op.kind,
  name: op.name,
  result: WORD.noop,
  key: op.key,
});
const verb = (a: PlannedOp['action']): string =>
  ({ create: 'creating', update: 'updating', delete: 'deleting', noop: 'keeping' })[a];
