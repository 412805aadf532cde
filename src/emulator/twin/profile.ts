/**
 * A snapshot as an emulator profile: the twin serves the captured appliance — its endpoints in its
 * order, its objects with their keys, order and every field, its `/api/info` and firmware, its
 * refusals — and the emulator's rules on top (transactions, the lock, validation of typed kinds,
 * reference checks at commit). See README.md, "Twin".
 */
import { KINDS, type KindDef } from '../../model';
import type { EndpointRecord, SnapshotFile } from '../../snapshot/format';
import type { Method } from '../context';
import type { EmulatorProfile } from '../emulator';
import { CAPTURED_FIELDS } from '../extra-fields';
import type { EmulatorSwitches } from '../types';
import { capturedNamed, capturedShape, genericKind, typedKindAt } from './kinds';
import { initialState } from './initial-state';
import type { Refusal, TwinView } from './view';

export interface Twin {
  readonly profile: EmulatorProfile;
  /** Switch defaults the snapshot implies (secrets as the appliance showed them, its cluster role). */
  readonly switches: Partial<EmulatorSwitches>;
}

export function twinOf(snapshot: SnapshotFile): Twin {
  const records = new Map(Object.entries(snapshot.endpoints));
  const kindsByEndpoint = new Map<string, KindDef>(KINDS.map((k) => [k.endpoint, k]));
  for (const [endpoint, record] of records) {
    const shape = capturedShape(record);
    if (shape && !typedKindAt(endpoint))
      kindsByEndpoint.set(endpoint, genericKind(endpoint, shape, capturedNamed(record)));
  }
  const { state, hidden, refusedObjects } = initialState(records, kindsByEndpoint);
  const refusals = refusalsOf(records, [...kindsByEndpoint.values()], hidden);
  for (const [path, r] of refusedObjects) refusals.set(path, r);
  const allow = allowOf(records);
  const info = snapshot.info ?? {};
  const leaves: string[] = [];
  const order = new Map<string, readonly string[]>();
  for (const [path, record] of records) {
    if (record.answer !== 'directory') continue;
    order.set(path, record.children);
    for (const child of record.children) leaves.push(`${path}/${child}`);
  }
  const view = (initial: typeof state): TwinView => ({
    info,
    initial,
    refusal: (path) => longestPrefix(refusals, path),
    allow: (path) => allow.get(path) ?? allow.get(path.slice(0, path.lastIndexOf('/')) + '/*'),
    listsBodies: (endpoint) => {
      const r = records.get(endpoint);
      return r?.answer === 'collection' && r.listsBodies === true;
    },
  });
  const roles = snapshot.cluster?.roles ?? [];
  return {
    profile: {
      kinds: [...kindsByEndpoint.values()],
      initial: () => state,
      extras: CAPTURED_FIELDS,
      checkAgainstModel: false,
      leaves,
      order,
      ...(typeof info.node_id === 'string' ? { nodeId: info.node_id } : {}),
      ...(typeof info.firmware_version === 'string' ? { firmwareVersion: info.firmware_version } : {}),
      twin: view,
    },
    switches: {
      secrets: snapshot.secrets.appliance === 'clear' ? 'clear' : 'masked',
      clusterRole: roles.includes('managed-host')
        ? 'managed-host'
        : roles.includes('central-management')
          ? 'central-management'
          : 'standalone',
    },
  };
}

/**
 * What the appliance refused, by path: its error answers; and a 404 for every endpoint the twin has
 * a kind for that the snapshot never met (a typed kind this firmware does not serve, an endpoint
 * only referred to). Password and private-key endpoints are not refused: they were not read, not absent.
 */
function refusalsOf(
  records: ReadonlyMap<string, EndpointRecord>,
  kinds: readonly KindDef[],
  hidden: readonly KindDef[],
): Map<string, Refusal> {
  const out = new Map<string, Refusal>();
  for (const [path, r] of records) {
    if (r.answer === 'error')
      out.set(path, {
        status: r.status,
        type: r.type ?? 'Error',
        message: r.message ?? `The captured appliance answered ${r.status}`,
      });
  }
  for (const kind of kinds) {
    if (records.has(kind.endpoint) || (kind.shape === 'create-only' && !hidden.includes(kind))) continue;
    out.set(kind.endpoint, {
      status: 404,
      type: 'NotFound',
      message: `The requested resource was not found: ${kind.endpoint} (the captured appliance does not serve it)`,
    });
  }
  return out;
}

/** Captured verbs of the endpoints the model has no kind for (`<collection>/*` for their objects). */
function allowOf(records: ReadonlyMap<string, EndpointRecord>): Map<string, readonly Method[]> {
  const out = new Map<string, readonly Method[]>();
  const verbs = (v: readonly string[]) =>
    v.filter((m): m is Method => ['GET', 'POST', 'PUT', 'DELETE'].includes(m));
  for (const [path, r] of records) {
    if (typedKindAt(path)) continue;
    if ((r.answer === 'collection' || r.answer === 'singleton') && r.allow) out.set(path, verbs(r.allow));
    if (r.answer === 'collection' && r.itemAllow) out.set(`${path}/*`, verbs(r.itemAllow));
  }
  return out;
}

function longestPrefix<T>(map: ReadonlyMap<string, T>, path: string): T | undefined {
  for (let p = path; p.length > 0; p = p.slice(0, Math.max(0, p.lastIndexOf('/')))) {
    const hit = map.get(p);
    if (hit !== undefined) return hit;
  }
  return undefined;
}
