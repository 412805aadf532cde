/**
 * The SPS REST API emulator: a real HTTPS server on loopback, faithful to docs/sps-api.md, with
 * switches for the behaviours the docs leave open, latency and fault injection. See README.md.
 */
import { KINDS } from '../model';
import { startEmulatorWith } from './emulator';
import { defaultSeed } from './seed';
import { DEFAULT_FIRMWARE_VERSION, emulatedBand } from './firmware-shapes';
import { GENERIC_KINDS, genericSeed } from './generic-endpoints';
import type { EmulatorOptions, RunningEmulator } from './types';

export type {
  EmulatorOptions,
  EmulatorStats,
  EmulatorSwitches,
  FaultController,
  LatencySetting,
  RunningEmulator,
  Snapshot,
} from './types';
export { DEFAULT_SWITCHES } from './options';
export { EmulatorOptionError, EmulatorPersistError } from './errors';
export { SECRET_MASK } from './present';
export {
  BUILTIN_AUDIT_POLICY_KEY,
  SEED_TRUSTED_CA_LIST_KEY,
  SEED_X509_SIGNING_KEY,
  SEED_X509_WEB_KEY,
} from './seed';

export function startEmulator(opts?: EmulatorOptions): Promise<RunningEmulator> {
  const band = emulatedBand(opts?.firmwareVersion ?? DEFAULT_FIRMWARE_VERSION);
  return startEmulatorWith([...KINDS, ...GENERIC_KINDS], [...defaultSeed(band), ...genericSeed()], opts);
}

export { startHec, type RunningHec, type HecEvent, type HecFault, type HecOptions } from './hec/hec';
export { startTwin, readSnapshotFile } from './twin';
