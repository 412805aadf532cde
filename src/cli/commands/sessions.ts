/**
 * `sps sessions search [QUERY]`: the appliance's session database (seeds/001), with its own query
 * language (`protocol:ssh AND NOT name:admin`, groups, wildcards, ranges), `--start`/`--end`,
 * `--fields`, `--sort` (`-` descending) and `--content`; every matching session however many (the
 * tool pages under the appliance's 500-per-request and 10,000-per-query limits), or the first
 * `--limit`. A table, `--json`, `--csv` (the tool's: one row per session) or `--appliance-csv` (the
 * appliance's own). `sps sessions trail` (sessions-trail.ts) downloads an audit trail.
 */
import { Option, type Command } from 'commander';
import {
  exportApplianceCsv,
  exportSessions,
  type ExportOptions,
  type OffsetSetting,
  type SessionQuery,
} from '../../client/sessions';
import { SpsCliError } from '../errors';
import { EXIT, type ExitCode } from '../exit-codes';
import { renderSessionCsv, renderSessionTable, sessionsReport, summaryLine } from '../render/sessions';
import { trailCommand } from './sessions-trail';
import { addConnectionOptions, settingsFor, withClient, type CommandContext } from './shared';
import type { ConnectionFlags } from '../settings';

/** What the table shows when --fields is not given: names from the guide's list of displayable fields. */
export const DEFAULT_FIELDS = [
  'start_time',
  'end_time',
  'protocol',
  'name',
  'server_username',
  'client.address',
  'target.address',
  'target.port',
];

interface SearchFlags extends ConnectionFlags {
  start?: string;
  end?: string;
  fields?: string;
  sort?: string;
  content?: string;
  limit?: string;
  json?: boolean;
  csv?: boolean;
  applianceCsv?: boolean;
  offsetBase?: string;
}

export function sessionsCommand(program: Command, ctx: CommandContext, done: (code: ExitCode) => void): void {
  const sessions = program
    .command('sessions')
    .description('search the session database of the appliance; download audit trails');
  const search = sessions
    .command('search')
    .description('search recorded sessions (every match, paged for you; or the first --limit)')
    .argument(
      '[query...]',
      'the appliance filter, e.g. "protocol:ssh AND NOT name:admin" (all sessions if omitted)',
    );
  addConnectionOptions(search)
    .option('--start <date>', 'sessions that started after this ISO 8601 date (e.g. 2024-05-01T10:00)')
    .option('--end <date>', 'sessions that ended before this ISO 8601 date')
    .option(
      '--fields <names>',
      `comma-separated fields to show (default ${DEFAULT_FIELDS.join(',')}; * for all)`,
    )
    .option(
      '--sort <names>',
      'comma-separated fields to sort by, - for descending (e.g. -duration,start_time)',
    )
    .option('--content <words>', 'words in the indexed screen content (indexed sessions only)')
    .option('--limit <n>', 'at most this many sessions (the first in the sort order)')
    .addOption(
      new Option('--json', 'the sessions as JSON on stdout (manual/cli-json.md)').conflicts([
        'csv',
        'applianceCsv',
      ]),
    )
    .addOption(
      new Option('--csv', 'CSV made by sps: a row per session, columns key and the fields').conflicts(
        'applianceCsv',
      ),
    )
    .option('--appliance-csv', "the appliance's own CSV (its headers; a row per item of a list field)")
    .addOption(
      new Option(
        '--offset-base <base>',
        'how the appliance counts ?offset= (default: ask it; env SPS_SESSIONS_OFFSET_BASE)',
      ).choices(['auto', 'zero', 'one']),
    )
    .action(async (words: string[], flags: SearchFlags) =>
      done(await runSearch(ctx, words.join(' '), flags)),
    );
  trailCommand(sessions, ctx, done);
}

async function runSearch(ctx: CommandContext, q: string, flags: SearchFlags): Promise<ExitCode> {
  const list = (text: string | undefined) =>
    text
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const fields = flags.fields === '*' ? ['*'] : (list(flags.fields) ?? DEFAULT_FIELDS);
  const query: SessionQuery = {
    ...(q.trim() ? { q: q.trim() } : {}),
    ...(flags.start ? { start: flags.start } : {}),
    ...(flags.end ? { end: flags.end } : {}),
    ...(flags.content ? { content: flags.content } : {}),
    ...(list(flags.sort)?.length ? { sort: list(flags.sort)! } : {}),
    fields,
  };
  const opts: ExportOptions = {
    offsetBase: offsetSetting(flags.offsetBase ?? ctx.out.io.env.SPS_SESSIONS_OFFSET_BASE),
    ...(flags.limit !== undefined ? { limit: positive(flags.limit) } : {}),
    onProgress: ({ fetched, expected }) =>
      ctx.out.progress(
        `reading sessions ${fetched.toLocaleString('en-US')}/${expected.toLocaleString('en-US')}`,
      ),
  };
  const settings = settingsFor(ctx, flags);
  return withClient(
    settings,
    async (client) => {
      try {
        if (flags.applianceCsv) {
          const csv = await exportApplianceCsv(client, query, opts);
          ctx.out.progress(undefined);
          ctx.out.out(csv.text);
          ctx.out.err(summaryLine(csv, csv.sessions));
          return EXIT.ok;
        }
        const r = await exportSessions(client, query, opts);
        ctx.out.progress(undefined);
        const shown =
          fields[0] === '*' ? [...new Set(r.sessions.flatMap((s) => flatNames(s.body)))].sort() : fields;
        if (flags.json) ctx.out.out(JSON.stringify(sessionsReport(settings.url, r), null, 2) + '\n');
        else if (flags.csv) ctx.out.out(renderSessionCsv(r.sessions, shown));
        else if (r.sessions.length) ctx.out.out(renderSessionTable(r.sessions, shown));
        ctx.out.err(summaryLine(r, r.sessions.length));
        return EXIT.ok;
      } finally {
        ctx.out.progress(undefined);
      }
    },
    { abortOn: ctx.out.io.interrupt },
  );
}

/** Dotted names of the leaves of a body (fields=* shows whatever the appliance has). */
function flatNames(body: unknown, prefix = ''): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return prefix ? [prefix] : [];
  return Object.entries(body).flatMap(([k, v]) => flatNames(v, prefix ? `${prefix}.${k}` : k));
}

export function offsetSetting(text: string | undefined): OffsetSetting {
  if (text === undefined || text === '' || text === 'auto') return 'auto';
  if (text === 'zero' || text === '0') return 'zero';
  if (text === 'one' || text === '1') return 'one';
  throw new SpsCliError('SPS_CLI_USAGE', `offset base "${text}": expected auto, zero or one`);
}

function positive(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new SpsCliError('SPS_CLI_USAGE', `--limit: expected a positive integer, got "${text}"`);
  return Number(text);
}
