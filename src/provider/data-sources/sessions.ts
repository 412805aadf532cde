/**
 * `data "sps_sessions"`: a search of the appliance's session database (seeds/001), so a
 * configuration can refer to it — e.g. a precondition that no session is active on a connection
 * policy about to change. `match_count` is the number of matches (Terraform reserves `count`); `sessions` the first
 * `max_sessions` matches (default 100, at most 10,000: state holds them), each with the chosen
 * fields as strings (other values as JSON). Paged like `sps sessions search`.
 */
import { exportSessions, fieldOf, type SessionQuery } from '../../client/sessions';
import type { DataSourceDefinition } from '../server/definition';
import { AttributePath, T, type Diagnostics, type TfValue } from '../tf';
import type { ProviderRuntime } from '../settings';

const DEFAULT_MAX = 100;
const MAX = 10_000;

export class SessionsDataSource implements DataSourceDefinition {
  readonly typeName = 'sps_sessions';
  readonly schema = {
    block: {
      description:
        "Sessions recorded by the appliance that match a search (its session database). The search is the appliance's own query language.",
      attributes: {
        query: {
          type: T.string,
          optional: true,
          description:
            'The filter, in the appliance\'s query language, e.g. "protocol:ssh AND active:true" (all sessions when null).',
        },
        start: {
          type: T.string,
          optional: true,
          description: 'Sessions that started after this ISO 8601 date, e.g. "2024-05-01T10:00".',
        },
        end: {
          type: T.string,
          optional: true,
          description: 'Sessions that ended before this ISO 8601 date.',
        },
        content: {
          type: T.string,
          optional: true,
          description: 'Words in the indexed screen content (indexed sessions only).',
        },
        fields: {
          type: T.list(T.string),
          optional: true,
          description:
            'Fields of each session to return (the guide\'s names, e.g. "start_time", "name", "client.address"); none: keys only.',
        },
        sort: {
          type: T.list(T.string),
          optional: true,
          description: 'Fields to sort by, "-" before a name for descending (default: oldest first).',
        },
        max_sessions: {
          type: T.number,
          optional: true,
          description: `How many matching sessions to return in \`sessions\` (default ${DEFAULT_MAX}, at most ${MAX.toLocaleString('en-US')}); \`match_count\` counts all.`,
        },
        match_count: {
          type: T.number,
          computed: true,
          description:
            "How many sessions match: the appliance's match_count (Terraform reserves the name `count`).",
        },
        sessions: {
          type: T.list(T.object({ key: T.string, fields: T.map(T.string) })),
          computed: true,
          description:
            'The first max_sessions matches: the session key, and the chosen fields as strings (numbers, booleans and lists as JSON; a field the appliance did not return is absent).',
        },
      },
    },
  };

  constructor(private readonly runtime: ProviderRuntime) {}

  async read(config: TfValue, diags: Diagnostics): Promise<TfValue> {
    const c = (config ?? {}) as Record<string, TfValue>;
    if (!this.runtime.settings) {
      diags.addError('Provider not configured', 'url, username and password are needed.');
      return null;
    }
    const text = (name: string) => (typeof c[name] === 'string' ? (c[name] as string) : undefined);
    const list = (name: string) =>
      Array.isArray(c[name])
        ? (c[name] as TfValue[]).filter((v): v is string => typeof v === 'string')
        : undefined;
    const max = typeof c.max_sessions === 'number' ? c.max_sessions : DEFAULT_MAX;
    if (!Number.isInteger(max) || max < 0 || max > MAX) {
      diags.addError(
        'Invalid max_sessions',
        `max_sessions must be a whole number from 0 to ${MAX}, got ${String(c.max_sessions)}`,
        AttributePath.root('max_sessions'),
      );
      return null;
    }
    const fields = list('fields') ?? [];
    const query: SessionQuery = {
      ...(text('query') ? { q: text('query')! } : {}),
      ...(text('start') ? { start: text('start')! } : {}),
      ...(text('end') ? { end: text('end')! } : {}),
      ...(text('content') ? { content: text('content')! } : {}),
      ...(list('sort')?.length ? { sort: list('sort')! } : {}),
      fields,
    };
    try {
      const r = await exportSessions(this.runtime.client(), query, { limit: Math.max(max, 1) });
      return {
        ...Object.fromEntries(Object.keys(this.schema.block.attributes).map((k) => [k, c[k] ?? null])),
        match_count: r.matchCount,
        sessions: r.sessions.slice(0, max).map((s) => ({
          key: s.key,
          fields: Object.fromEntries(
            fields.flatMap((f) => {
              const v = fieldOf(s.body, f);
              return v === undefined
                ? []
                : [[f, v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v)]];
            }),
          ),
        })),
      };
    } catch (err) {
      diags.addError(
        'Searching the session database failed',
        err instanceof Error ? err.message : String(err),
      );
      return null;
    }
  }
}
