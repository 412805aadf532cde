/**
 * Snapshots of an appliance: `captureAppliance` (read-only, secrets masked, optionally anonymized)
 * and the file format the twin (`sps-emulator --from`) reads.
 */
export { captureAppliance, secretMaterialAt, type Capture, type CaptureOptions } from './capture';
export {
  SNAPSHOT_FORMAT,
  SNAPSHOT_MASK,
  SNAPSHOT_VERSION,
  SnapshotFormatError,
  parseSnapshot,
  serializeSnapshot,
  type CapturedObject,
  type EndpointRecord,
  type SnapshotFile,
} from './format';
export { OBJECT_ID, classifyList } from './classify';
export { typedKindAt } from './scrub';
