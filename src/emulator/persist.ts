/** Loading and saving the committed configuration as JSON; writes are atomic (temp file + rename). */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { EmulatorPersistError } from './errors';
import type { Snapshot } from './types';

const FORMAT = 'sps-emulator-config';

interface PersistedFile {
  readonly format: typeof FORMAT;
  readonly version: 1;
  readonly nodeId: string;
  readonly objects: Snapshot;
}

export function loadPersisted(file: string): { nodeId: string; objects: Snapshot } | undefined {
  if (!existsSync(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new EmulatorPersistError(file, 'cannot read the saved configuration (not JSON?)', { cause });
  }
  const p = parsed as Partial<PersistedFile>;
  if (
    p?.format !== FORMAT ||
    p.version !== 1 ||
    typeof p.objects !== 'object' ||
    typeof p.nodeId !== 'string'
  ) {
    throw new EmulatorPersistError(file, `not an ${FORMAT} version 1 file`);
  }
  return { nodeId: p.nodeId, objects: p.objects };
}

export function savePersisted(file: string, nodeId: string, objects: Snapshot): void {
  const content: PersistedFile = { format: FORMAT, version: 1, nodeId, objects };
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(content, null, 2) + '\n', { mode: 0o600 });
    renameSync(tmp, file);
  } catch (cause) {
    throw new EmulatorPersistError(file, 'cannot save the committed configuration', { cause });
  }
}
