/**
 * The twin's committed state, from the snapshot's records. Bodies are stored as the emulator stores
 * every body (references as keys), so they read back exactly as captured: a typed kind through its
 * own written form, a generic one with each `{key, meta}` reference to an object id unwrapped (the
 * emulator's generic rule wraps it again on read).
 *
 * Objects the snapshot points at but does not hold get a placeholder, so references resolve and a
 * commit's integrity check holds as on the appliance: password and private-key objects (never read),
 * objects of endpoints that refused the read, and listed objects whose own read was refused (their
 * key stays in the list; their path answers the refusal).
 */
import {
  isJsonObject,
  setAt,
  singletonKey,
  type JsonObject,
  type JsonValue,
  type KindDef,
} from '../../model';
import { isServerReference } from '../../model/references';
import { SNAPSHOT_MASK, type EndpointRecord } from '../../snapshot/format';
import { OBJECT_KEY } from '../integrity';
import { emptyState, objectsOf, type ConfigState } from '../store';
import type { Refusal } from './view';
import { genericKind, typedKindAt } from './kinds';

export interface InitialState {
  readonly state: ConfigState;
  /** Kinds made only to hold placeholders (endpoints the snapshot refers to but did not read). */
  readonly hidden: readonly KindDef[];
  /** Object paths whose read was refused, answered so again. */
  readonly refusedObjects: ReadonlyMap<string, Refusal>;
}

export function initialState(
  records: ReadonlyMap<string, EndpointRecord>,
  kindsByEndpoint: Map<string, KindDef>,
): InitialState {
  const state = emptyState([...kindsByEndpoint.values()]);
  const refusedObjects = new Map<string, Refusal>();
  const refs: { endpoint: string; key: string }[] = [];
  for (const [endpoint, record] of records) {
    const kind = kindsByEndpoint.get(endpoint);
    if (!kind) continue;
    const store = (key: string, body: JsonObject) => {
      collectReferences(body, refs);
      objectsOf(state, kind.name).set(key, storedForm(kind, body));
    };
    if (record.answer === 'singleton') store(singletonKey(kind), record.body);
    if (record.answer !== 'collection') continue;
    for (const o of record.objects) store(o.key, o.body);
    for (const u of record.unreadable ?? []) {
      objectsOf(state, kind.name).set(u.key, {});
      refusedObjects.set(`${endpoint}/${u.key}`, {
        status: u.status,
        type: u.type ?? 'Unauthorized',
        message: `The captured appliance refused this read (${u.status})`,
      });
    }
  }
  const hidden: KindDef[] = [];
  for (const { endpoint, key } of refs) {
    let kind = kindsByEndpoint.get(endpoint);
    if (!kind) {
      kind = genericKind(endpoint, 'collection');
      kindsByEndpoint.set(endpoint, kind);
      hidden.push(kind);
    }
    const objects = objectsOf(state, kind.name);
    if (!objects.has(key)) objects.set(key, placeholder(kind));
  }
  return { state, hidden, refusedObjects };
}

/** What the emulator stores for a body as the appliance returned it. */
function storedForm(kind: KindDef, body: JsonObject): JsonObject {
  return typedKindAt(kind.endpoint) ? kind.writtenForm(body) : (unwrapIds(body) as JsonObject);
}

function unwrapIds(v: JsonValue): JsonValue {
  if (isServerReference(v) && OBJECT_KEY.test(v.key)) return v.key;
  if (Array.isArray(v)) return v.map(unwrapIds);
  if (!isJsonObject(v)) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unwrapIds(x)]));
}

/** Every `{key, meta: {href}}` of a body: the endpoint it points into and the key. */
function collectReferences(v: JsonValue, out: { endpoint: string; key: string }[]): void {
  if (isServerReference(v)) {
    const href = v.meta.href.replace(/[?#].*$/, '');
    const cut = href.lastIndexOf('/');
    if (cut > 0 && href.slice(cut + 1) === encodeURIComponent(v.key))
      out.push({ endpoint: href.slice(0, cut), key: v.key });
    return;
  }
  if (Array.isArray(v)) v.forEach((x) => collectReferences(x, out));
  else if (isJsonObject(v)) Object.values(v).forEach((x) => collectReferences(x, out));
}

/** A stand-in object: secret material holds the mask, anything else nothing (it is never served). */
function placeholder(kind: KindDef): JsonObject {
  const body: JsonObject = {};
  const [first] = kind.sensitive;
  if (kind.shape === 'create-only' && first?.length === 1) setAt(body, first, SNAPSHOT_MASK);
  return body;
}
