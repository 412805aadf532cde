/**
 * The twin: `startTwin(snapshot)` serves a captured appliance (see profile.ts); `readSnapshotFile`
 * reads the file `sps snapshot` wrote. Options and switches work as for any emulator; the switches
 * default to what the snapshot says of the appliance (how it showed secrets, its cluster role).
 */
import { readFileSync } from 'node:fs';
import { parseSnapshot, SnapshotFormatError, type SnapshotFile } from '../../snapshot/format';
import { startProfile } from '../emulator';
import type { EmulatorOptions, RunningEmulator } from '../types';
import { twinOf } from './profile';

export function startTwin(snapshot: SnapshotFile, opts: EmulatorOptions = {}): Promise<RunningEmulator> {
  const twin = twinOf(snapshot);
  return startProfile(twin.profile, { ...opts, switches: { ...twin.switches, ...opts.switches } });
}

export function readSnapshotFile(file: string): SnapshotFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new SnapshotFormatError(file, `cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseSnapshot(text, file);
}
