/**
 * One planned operation written inside the transaction: deletes, creates and read-modify-write
 * updates, names resolved to keys (objects created earlier in the same transaction included) and
 * inline secrets stored as their own objects, each fingerprinted.
 */
import type { Transaction } from '../client';
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
import { withoutReleased } from './declared';
import type { LiveState } from './live';
import { mergeForWrite } from './ownership';
import type { Plan, PlannedOp } from './plan';
import { fingerprintAsync, matchesFingerprint, secretId, type SecretRecord } from './secrets';

export type OpWord = 'unchanged' | 'created' | 'updated' | 'deleted';
export interface OpResult {
  readonly kind: KindName;
  readonly name: string;
  readonly result: OpWord;
  readonly key?: string;
}

const WORD: Record<PlannedOp['action'], OpWord> = {
  create: 'created',
  update: 'updated',
  delete: 'deleted',
  noop: 'unchanged',
};

export async function writeOp(
  tx: Transaction,
  op: PlannedOp,
  base: JsonObject | undefined,
  plan: Plan,
  keys: Map<KindName, Map<string, string>>,
  records: Record<string, SecretRecord>,
): Promise<OpResult> {
  const kind = plan.kinds.of(op.kind);
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
  // names → keys: created earlier in this transaction or read; a pass-through `$ref` may give the key
  kind.withKeys(body, (ref) => {
    const key =
      keys.get(ref.target)?.get(ref.value) ??
      (kind.referencesByKey && plan.live.namesByKey.get(ref.target)?.has(ref.value) ? ref.value : undefined);
    if (key === undefined)
      throw new Error(
        `${toPointer(ref.segments)}: ${plan.kinds.of(ref.target).title} "${ref.value}" has no key (not created?)`,
      );
    return key;
  });
  for (const ref of kind.references) {
    if (!isInlineSecretReference(ref)) continue;
    const target = kindOf(ref.target);
    for (const m of matchPath(body, ref.path)) {
      if (typeof m.value !== 'string') continue;
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

export function keyBook(live: LiveState): Map<KindName, Map<string, string>> {
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

export const unchanged = (op: PlannedOp): OpResult => ({
  kind: op.kind,
  name: op.name,
  result: WORD.noop,
  key: op.key,
});
export const verb = (a: PlannedOp['action']): string =>
  ({ create: 'creating', update: 'updating', delete: 'deleting', noop: 'keeping' })[a];
