/**
 * `sps snapshot`: a read-only capture of the appliance into one file — every configuration
 * endpoint it serves, every object with every field, `/api/info`, and what each endpoint answered —
 * with no secret in it. `sps-emulator --from FILE` serves it back as a twin (src/emulator/twin).
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { captureAppliance, serializeSnapshot, type SnapshotFile } from '../../snapshot';
import { writePrivateFile } from '../files';
import { EXIT, type ExitCode } from '../exit-codes';
import type { ConnectionFlags } from '../settings';
import { addConnectionOptions, cwdOf, settingsFor, withClient, type CommandContext } from './shared';

interface SnapshotFlags extends ConnectionFlags {
  out: string;
  anonymize?: boolean;
}

export function snapshotCommand(program: Command, ctx: CommandContext, done: (code: ExitCode) => void): void {
  const cmd = program
    .command('snapshot')
    .description(
      'capture every configuration endpoint of the appliance into one file (read-only, no secrets)',
    );
  addConnectionOptions(cmd)
    .option(
      '--out <file>',
      'where to write the snapshot (mode 0600, written atomically)',
      'sps-snapshot.json',
    )
    .option('--anonymize', 'replace host names, addresses and user names with consistent placeholders')
    .action(async (flags: SnapshotFlags) => done(await runSnapshot(ctx, flags)));
}

async function runSnapshot(ctx: CommandContext, flags: SnapshotFlags): Promise<ExitCode> {
  const settings = settingsFor(ctx, flags);
  const started = performance.now();
  const capture = await withClient(
    settings,
    (client) =>
      captureAppliance(client, {
        anonymize: flags.anonymize === true,
        progress: (done, discovered) => ctx.out.progress(`reading ${done}/${discovered}`),
      }),
    { abortOn: ctx.out.io.interrupt },
  ).finally(() => ctx.out.progress(undefined));
  const file = resolve(cwdOf(ctx), flags.out);
  // the output filter too: a value that slipped past the masking rules and equals a known secret goes
  writePrivateFile(file, ctx.out.secrets.apply(serializeSnapshot(capture.snapshot)), 'snapshot');
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  ctx.out.err(`${summary(capture.snapshot, capture.objects)}\nWrote ${flags.out} in ${seconds} s.\n`);
  if (capture.anonymized) {
    const a = capture.anonymized;
    ctx.out.err(`Anonymized ${a.addresses} addresses, ${a.hosts} host names, ${a.users} user names.\n`);
  }
  // the file still says what was refused (for a ticket); the run did not capture a configuration
  const root = capture.snapshot.endpoints['/api/configuration'];
  if (root?.answer === 'error') {
    ctx.out.err(
      `Error: the appliance refused /api/configuration (${root.status}${root.type ? ` ${root.type}` : ''}): ` +
        "nothing of its configuration was captured; give the user's group read privileges for it\n",
    );
    return EXIT.error;
  }
  return EXIT.ok;
}

/** `Captured 31 endpoints (…), 1,204 objects; secrets: 3 replaced, 2 masked by the appliance.` */
export function summary(s: SnapshotFile, objects: number): string {
  const by = new Map<string, number>();
  for (const r of Object.values(s.endpoints)) by.set(r.answer, (by.get(r.answer) ?? 0) + 1);
  const parts = ['collection', 'singleton', 'directory', 'error', 'not-fetched', 'unrecognized']
    .filter((a) => by.has(a))
    .map((a) => `${by.get(a)} ${a === 'error' ? 'refused' : a}`);
  const firmware =
    typeof s.info?.firmware_version === 'string' ? ` (firmware ${s.info.firmware_version})` : '';
  return (
    `Captured ${Object.keys(s.endpoints).length} paths${firmware}: ${parts.join(', ')}; ` +
    `${objects.toLocaleString('en-US')} objects. Secrets: ${s.secrets.replaced} replaced by the mask, ` +
    `${s.secrets.masked} masked by the appliance.`
  );
}
