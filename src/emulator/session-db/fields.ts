/**
 * The fields of the session database: what `?fields=` shows, `?sort=` orders by and `?q=` filters on
 * (seeds/001 "Displaying session data" and "Filtering", plus the record paths its CSV examples use:
 * `user.gateway_username`, `server.ip`, `recording.session_id`, …).
 *
 * The guide names the connection policy three ways: the filter list says `psm.connection_policy` (a
 * key), the field list `connection_policy` (a key), the session body `recording.connection_policy` (the
 * policy's name) with `recording.connection_policy_id` (its key). Which one a real appliance serves is
 * not known, so the `sessionPolicyField` switch picks one reading; the names of the other readings are
 * then unknown fields (a filter on one is 400 InvalidQuery, a field is left out of the body).
 */
import type { JsonValue } from '../../model';
import { isoOf, type SessionRecord } from './records';

export type PolicyFieldReading =
  'psm.connection_policy' | 'connection_policy' | 'recording.connection_policy';
export const POLICY_FIELD_READINGS: readonly PolicyFieldReading[] = [
  'psm.connection_policy',
  'connection_policy',
  'recording.connection_policy',
];

export type FieldType = 'string' | 'int' | 'bool' | 'date' | 'list';

export interface FieldContext {
  readonly now: number;
  /** `https://host:port` of the request, for `trail_download_link`. */
  readonly origin: string;
}

export interface FieldDef {
  readonly type: FieldType;
  /** Shown by `fields=` (and `fields=*`), usable in `sort=`. */
  readonly display: boolean;
  /** Usable in `q=`. */
  readonly filter: boolean;
  value(r: SessionRecord, ctx: FieldContext): JsonValue;
  /**
   * The value as sorts and ranges compare it, when formatting it would cost more: a date's epoch
   * seconds (a sort of 50,000 sessions compares dates a million times).
   */
  order?(r: SessionRecord): number | null;
}

const field = (
  type: FieldType,
  value: FieldDef['value'],
  how: { display?: boolean; filter?: boolean } = {},
): FieldDef => ({ type, value, display: how.display ?? true, filter: how.filter ?? true });

const durationOf = (r: SessionRecord, now: number) => Math.floor(((r.end ?? now) - r.start) / 1000);
const indexStatus = (r: SessionRecord) =>
  r.trailBytes === null ? 'NOT_INDEXED' : r.content === null ? 'INDEXING_IN_PROGRESS' : 'INDEXED';

const COMMON: Record<string, FieldDef> = {
  active: field('bool', (r) => r.end === null),
  archived: field('bool', (r) => r.archived),
  auth_method: field('string', (r) => r.authMethod),
  channel_policy: field('string', (r) => r.channelPolicy),
  'client.address': field('string', (r) => r.client.ip),
  'client.ip': field('string', (r) => r.client.ip),
  'client.name': field('string', (r) => r.client.ip),
  'client.port': field('int', (r) => r.client.port),
  duration: field('int', (r, c) => durationOf(r, c.now)),
  end_time: {
    ...field('date', (r) => (r.end === null ? null : isoOf(r.end))),
    order: (r) => (r.end === null ? null : r.end / 1000),
  },
  name: field('string', (r) => r.gatewayUser),
  protocol: field('string', (r) => r.protocol),
  'server.address': field('string', (r) => r.target.ip),
  'server.ip': field('string', (r) => r.target.ip),
  'server.name': field('string', (r) => r.target.ip),
  'server.port': field('int', (r) => r.target.port),
  'server_local.address': field('string', (r) => r.local.ip),
  'server_local.port': field('int', (r) => r.local.port),
  'psm.server_local.address': field('string', (r) => r.local.ip, { display: false }),
  'psm.server_local.port': field('int', (r) => r.local.port, { display: false }),
  server_username: field('string', (r) => r.serverUser),
  session_id: field('string', (r) => r.sessionId),
  start_time: { ...field('date', (r) => isoOf(r.start)), order: (r) => r.start / 1000 },
  'target.address': field('string', (r) => r.target.ip),
  'target.ip': field('string', (r) => r.target.ip),
  'target.port': field('int', (r) => r.target.port),
  verdict: field('string', (r) => r.verdict),
  'user.name': field('string', (r) => r.gatewayUser),
  'user.gateway_username': field('string', (r) => r.gatewayUser),
  'user.server_username': field('string', (r) => r.serverUser),
  'recording.session_id': field('string', (r) => r.sessionId),
  'recording.archived': field('bool', (r) => r.archived),
  'recording.channel_policy': field('string', (r) => r.channelPolicy),
  'recording.verdict': field('string', (r) => r.verdict),
  'recording.index_status': field('string', indexStatus),
  'analytics.interesting_events': field('list', (r) => [...new Set(r.content ?? [])]),
  trail_download_link: field(
    'string',
    (r, c) => (r.trailBytes === null ? '' : `${c.origin}/api/audit/sessions/${r.key}/audit_trail`),
    { filter: false },
  ),
};

const POLICY_FIELDS: Record<PolicyFieldReading, Record<string, FieldDef>> = {
  'psm.connection_policy': {
    connection_policy: field('string', (r) => r.policy.key, { filter: false }),
    'psm.connection_policy': field('string', (r) => r.policy.key, { display: false }),
  },
  connection_policy: {
    connection_policy: field('string', (r) => r.policy.key),
  },
  'recording.connection_policy': {
    'recording.connection_policy': field('string', (r) => r.policy.name),
    'recording.connection_policy_id': field('string', (r) => r.policy.key),
  },
};

const TABLES = new Map<PolicyFieldReading, ReadonlyMap<string, FieldDef>>(
  POLICY_FIELD_READINGS.map((reading) => [
    reading,
    new Map(Object.entries({ ...COMMON, ...POLICY_FIELDS[reading] })),
  ]),
);

export function fieldTable(reading: PolicyFieldReading): ReadonlyMap<string, FieldDef> {
  return TABLES.get(reading) ?? TABLES.get('psm.connection_policy')!;
}

/** Every field `fields=*` shows, alphabetically (the guide: "in alphabetic order"). */
export function displayFields(reading: PolicyFieldReading): string[] {
  return [...fieldTable(reading)]
    .filter(([, f]) => f.display)
    .map(([name]) => name)
    .sort();
}

/** The body of one search result: the chosen fields, nested by their dots, keys in alphabetic order. */
export function bodyOf(
  r: SessionRecord,
  names: readonly string[],
  table: ReadonlyMap<string, FieldDef>,
  ctx: FieldContext,
): Record<string, JsonValue> {
  const body: Record<string, JsonValue> = {};
  for (const name of [...names].sort()) {
    const def = table.get(name);
    if (!def?.display) continue;
    const segments = name.split('.');
    let at = body;
    for (const s of segments.slice(0, -1)) {
      const next = at[s];
      if (typeof next !== 'object' || next === null || Array.isArray(next)) at[s] = {};
      at = at[s] as Record<string, JsonValue>;
    }
    at[segments[segments.length - 1]] = def.value(r, ctx);
  }
  return body;
}
