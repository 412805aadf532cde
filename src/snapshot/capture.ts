/**
 * `sps snapshot`'s engine: read everything the appliance serves under `/api/configuration` (walk.ts),
 * `/api/info` and this node's cluster roles, read each list as a directory or a collection
 * (classify.ts), mask every secret (scrub.ts), optionally anonymize (anonymize.ts), and return the
 * snapshot. Read-only: GETs only, never a transaction. Password and private-key objects are not read.
 */
import type { RawRead, SpsClient } from '../client';
import { KINDS, type JsonObject, type JsonValue } from '../model';
import { VERSION } from '../version';
import { Anonymizer } from './anonymize';
import { recordsOf } from './classify';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type EndpointRecord, type SnapshotFile } from './format';
import { emptyCount, scrubBody, scrubByName, type ScrubCount } from './scrub';
import { walkConfiguration } from './walk';

export interface CaptureOptions {
  readonly anonymize?: boolean;
  readonly progress?: (done: number, discovered: number) => void;
}

export interface Capture {
  readonly snapshot: SnapshotFile;
  /** Objects read: every collection's, and each singleton. */
  readonly objects: number;
  readonly anonymized?: { addresses: number; hosts: number; users: number };
}

/** Secret material: never read (sps-api.md §5: the REST API cannot give it back anyway). */
const SECRET_ENDPOINTS = KINDS.filter((k) => k.shape === 'create-only').map((k) => k.endpoint);

export function secretMaterialAt(path: string): string | undefined {
  const at = SECRET_ENDPOINTS.find((e) => path === e || path.startsWith(e + '/'));
  return at ? `secret material (${at.slice(at.lastIndexOf('/') + 1)}) is never read` : undefined;
}

export async function captureAppliance(client: SpsClient, opts: CaptureOptions = {}): Promise<Capture> {
  const takenAt = new Date().toISOString();
  const read = (path: string): Promise<RawRead> => client.readPath(path);
  // /api/info and the cluster role alongside the walk: neither should lengthen it
  const infoAndCluster = read('/api/info').then(async (info) => {
    const body = isObject(info.json?.body) ? info.json.body : null;
    return { infoBody: body, cluster: await clusterOf(client, body) };
  });
  const [{ infoBody, cluster }, answers] = await Promise.all([
    infoAndCluster,
    walkConfiguration({ read, skip: secretMaterialAt, progress: opts.progress }),
  ]);
  const count = emptyCount();
  const endpoints = new Map<string, EndpointRecord>();
  let objects = 0;
  for (const [path, record] of recordsOf(answers)) {
    if (record.answer === 'collection') objects += record.objects.length;
    if (record.answer === 'singleton') objects += 1;
    endpoints.set(path, scrubRecord(path, record, count));
  }
  const anonymizer = opts.anonymize ? new Anonymizer() : undefined;
  const snapshot: SnapshotFile = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    takenAt,
    tool: `sps-iac ${VERSION}`,
    source: anonymizer ? anonymizer.url(client.url) : client.url,
    anonymized: anonymizer !== undefined,
    info: infoBody && (anonymizer ? (anonymizer.json(infoBody) as JsonObject) : infoBody),
    cluster,
    secrets: {
      appliance: count.masked > 0 ? 'masked' : count.modelClear > 0 ? 'clear' : 'none-seen',
      replaced: count.replaced,
      masked: count.masked,
    },
    endpoints: Object.fromEntries(
      [...endpoints].map(([path, r]) => [path, anonymizer ? anonymizeRecord(r, anonymizer) : r]),
    ),
  };
  return { snapshot, objects, ...(anonymizer ? { anonymized: anonymizer.counts() } : {}) };
}

async function clusterOf(client: SpsClient, info: JsonObject | null): Promise<SnapshotFile['cluster']> {
  const nodeId = info?.node_id;
  if (typeof nodeId !== 'string') return null;
  const res = await client.readPath(`/api/cluster/nodes/${encodeURIComponent(nodeId)}`);
  const roles = isObject(res.json?.body) ? res.json.body.roles : undefined;
  return Array.isArray(roles) ? { nodeId, roles: roles.filter((r) => typeof r === 'string') } : null;
}

function scrubRecord(path: string, r: EndpointRecord, count: ScrubCount): EndpointRecord {
  switch (r.answer) {
    case 'collection':
      return { ...r, objects: r.objects.map((o) => ({ key: o.key, body: scrubBody(path, o.body, count) })) };
    case 'singleton':
      return { ...r, body: scrubBody(path, r.body, count) };
    case 'unrecognized':
      return { ...r, json: scrubByName(r.json, count) as JsonObject };
    case 'error':
      return r.message === undefined
        ? r
        : { ...r, message: scrubByName(r.message, count, 'message') as string };
    default:
      return r;
  }
}

function anonymizeRecord(r: EndpointRecord, a: Anonymizer): EndpointRecord {
  switch (r.answer) {
    case 'collection':
      return { ...r, objects: r.objects.map((o) => ({ key: o.key, body: a.json(o.body) as JsonObject })) };
    case 'singleton':
      return { ...r, body: a.json(r.body) as JsonObject };
    case 'unrecognized':
      return { ...r, json: a.json(r.json) as JsonObject };
    case 'error':
      return r.message === undefined ? r : { ...r, message: a.text(r.message) };
    default:
      return r;
  }
}

const isObject = (v: JsonValue | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
