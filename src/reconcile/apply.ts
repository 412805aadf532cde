/**
 * Applies a plan in ONE SPS transaction: wait for the configuration lock, re-read what the plan
 * touches and refuse a stale plan, write in order (resolving names to keys, including objects created
 * earlier in the same transaction), commit, then re-read and verify. Any failure rolls back.
 */
import {
  SpsConfigLockedError,
  SpsError,
  type SpsClient,
  type Transaction,
  type TransactionChange,
} from '../client';
import {
  deepClone,
  kindOf,
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
import { SpsVerifyError } from './errors';
import { FreshnessCheck } from './freshness';
import { toLiveObject, type LiveState } from './live';
import type { Plan, PlannedOp } from './plan';
import { fingerprint, matchesFingerprint, secretId, type SecretRecord, type SecretRecords } from './secrets';

export interface ApplyOptions {
  /** How long to wait for a configuration lock held by someone else.  @default 60000 */
  readonly lockTimeoutMs?: number;
  readonly commitMessage?: string;
  readonly secretRecords?: SecretRecords;
  readonly onProgress?: (event: { done: number; total: number; op: PlannedOp }) => void;
  /** Injected for tests; defaults to real time. */
  readonly sleep?: (ms: number) => Promise<void>;
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

/** An apply failed; `committed` says whether anything reached the running configuration. */
export class SpsApplyError extends SpsError {
  readonly code = 'SPS_APPLY_FAILED';
  readonly retryable = false;
  constructor(
    readonly step: string,
    readonly committed: false | 'unknown',
    cause: unknown,
  ) {
    const reason = SpsError.is(cause) || cause instanceof Error ? cause.message : String(cause);
    super(
      `apply failed while ${step}: ${reason}\n` +
        (committed === 'unknown'
          ? 'The commit outcome is unknown (the connection failed during commit); run plan to see what the appliance has.'
          : 'The transaction was rolled back: nothing was committed.'),
      { cause },
    );
  }
}

const WORD: Record<PlannedOp['action'], OpWord> = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
  noop: 'unchanged',
};
const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

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
      let done = 0;
      for (const op of plan.ops) {
        if (op.action === 'noop') {
          out.push(unchanged(op));
          continue;
        }
        step('re-reading what the plan touches');
        await fresh.before(op);
        step(`${verb(op.action)} ${kindOf(op.kind).title} "${op.name}"`);
        out.push(await writeOp(tx, op, plan, keys, records));
        opts.onProgress?.({ done: ++done, total: changing.length, op });
      }
      step('re-reading what the plan touches');
      await fresh.all();
      step('committing');
      return out;
    },
    { commit: true, message: opts.commitMessage },
  );

  await verify(client, plan, keys, records);
  return { results, secretRecords: records, keys, committed: true };
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
          step(`${verb(op.action)} ${kindOf(op.kind).title} "${op.name}"`);
          await writeOp(tx, op, plan, keys, records);
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

/**
 * Runs `fn` in a transaction and commits (or rolls back when `commit` is false). A lock held by
 * another session is waited for with backoff, up to the lock timeout; any other failure rolls back.
 */
async function inTransaction<T>(
  client: SpsClient,
  opts: ApplyOptions,
  fn: (tx: Transaction, step: Step) => Promise<T>,
  mode: { commit: boolean; message?: string },
): Promise<T> {
  const timeout = opts.lockTimeoutMs ?? 60_000;
  const sleep = opts.sleep ?? realSleep;
  const started = Date.now();
  let delay = 200;
  for (;;) {
    let opened = false;
    let current = 'opening the transaction';
    try {
      return await client.withTransaction(
        (tx) => {
          opened = true;
          return fn(tx, (what) => (current = what));
        },
        { commit: mode.commit, message: mode.message },
      );
    } catch (err) {
      if (!opened && err instanceof SpsConfigLockedError) {
        const remaining = timeout - (Date.now() - started);
        if (remaining <= 0) {
          throw new SpsApplyError(
            `waiting for the configuration lock (another session held it for more than ${Math.round(timeout / 1000)} s, the lock timeout)`,
            false,
            err,
          );
        }
        await sleep(Math.min(delay, remaining)); // the last try happens right at the deadline
        delay = Math.min(delay * 2, 5_000);
        continue;
      }
      const ambiguous =
        current === 'committing' &&
        SpsError.is(err) &&
        (err.code === 'SPS_CONNECTION' || err.code === 'SPS_TIMEOUT');
      throw new SpsApplyError(current, ambiguous ? 'unknown' : false, err);
    }
  }
}

async function writeOp(
  tx: Transaction,
  op: PlannedOp,
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
  const body = await writtenBody(tx, kind, op, plan, keys, records);
  if (op.action === 'create') {
    const ref = await tx.create(kind, body);
    keyMap(keys, op.kind).set(op.name, ref.key);
    return { kind: op.kind, name: op.name, result: 'created', key: ref.key };
  }
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
  for (const ref of kind.references) {
    const target = kindOf(ref.target);
    for (const m of matchPath(body, ref.path)) {
      if (typeof m.value !== 'string') continue;
      if (isInlineSecretReference(ref)) {
        const pointer = toPointer(m.segments);
        const reuse =
          op.action === 'update' && op.secrets.get(pointer) !== 'changed' && liveBody
            ? valueAt(liveBody, m.segments)
            : undefined;
        const secret = m.value;
        const key =
          typeof reuse === 'string'
            ? reuse
            : (await tx.create(target, { [target.sensitive[0][0]]: secret })).key;
        records[secretId(kind.name, op.name, pointer)] = { fingerprint: fingerprint(secret), key };
        setAt(body, m.segments, key);
      } else if (target.identity === 'name') {
        const key = keys.get(ref.target)?.get(m.value);
        if (key === undefined)
          throw new Error(`${toPointer(m.segments)}: ${target.title} "${m.value}" has no key (not created?)`);
        setAt(body, m.segments, key);
      }
    }
  }
  for (const path of kind.sensitive) {
    for (const m of matchPath(op.desired!, path)) {
      const id = secretId(kind.name, op.name, toPointer(m.segments));
      const prior = records[id];
      if (!prior || !matchesFingerprint(String(m.value), prior.fingerprint))
        records[id] = { fingerprint: fingerprint(String(m.value)) };
    }
  }
  return body;
}

/** After the commit: the appliance must now show exactly the desired objects. */
async function verify(
  client: SpsClient,
  plan: Plan,
  keys: Map<KindName, Map<string, string>>,
  records: SecretRecords,
): Promise<void> {
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
      });
      if (cmp.changes.length)
        mismatches.push(`${kind.title} "${op.name}" (${cmp.changes.map((c) => c.path).join(', ')})`);
    }),
  );
  if (mismatches.length) throw new SpsVerifyError(mismatches.sort());
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
