/**
 * The reconciler: one engine for the CLI and the Terraform provider.
 *   parseDesiredState(document)        → DesiredState (validated, every problem at once)
 *   planAgainstAppliance(client, …)    → Plan (reads live with bounded concurrent GETs)
 *   applyPlan(client, plan, …)         → one transaction, stale-plan check, commit, verify
 *   validateOnDevice(client, plan)     → stage, read the changelog, roll back
 *   exportLive(client)                 → a desired document that plans as no change
 */

export {
  envPlaceholderName,
  publicDigestOf,
  secretValuesOf,
  eachObject,
  objectsOf,
  kindsOf,
  placeAt,
  documentOf,
  ownedNames,
  withoutName,
  type DesiredState,
  type DesiredObject,
} from './document';
export { documentFromLive, type SecretChoice } from './document-live';
export { parseDesiredState } from './document-parse';
export { secretFields, secretPaths, isSecretPath } from '../model/desired-schema';
export { placeholderEnvironment, literalSecretIssues, inPassThroughBodies } from './placeholders';
export { readLive, kindsToRead, digestOf, type LiveState, type LiveObject } from './live';
export {
  computePlan,
  hasChanges,
  type Plan,
  type PlannedOp,
  type Action,
  type Ownership,
  type PlanOptions,
} from './plan';
export {
  applyPlan,
  validateOnDevice,
  DEFAULT_LOCK_TIMEOUT_MS,
  type ApplyOptions,
  type ApplyResult,
  type OpResult,
  type DeviceValidation,
} from './apply';
export { exportLive, envName, type ExportResult } from './export';
export { managedView, keptPaths, mergeForWrite } from './ownership';
export {
  declaredBeforeOf,
  declaredRecordOf,
  releasedPaths,
  withoutReleased,
  type DeclaredBefore,
  type DeclaredRecord,
} from './declared';
export { planAgainstAppliance, kindsInScope } from './read-and-plan';
export { planFromKnown, type KnownState, type KeyBook, type KnownPlanResult } from './known-state';
export {
  SENSITIVE,
  fingerprint,
  isMasked,
  matchesFingerprint,
  prepareFingerprints,
  secretId,
  type SecretRecord,
  type SecretRecords,
} from './secrets';
export type { FieldChange } from './compare';
export * from './errors';
export {
  computeImpact,
  recheckActive,
  DEFAULT_IMPACT_WINDOW_MS,
  type Impact,
  type ImpactOptions,
  type ConnectionImpact,
  type RetentionImpact,
  type SessionBrief,
  type CutReason,
} from './impact';
export { connectionSummary, retentionSummary, parseLongDuration } from './impact-text';
