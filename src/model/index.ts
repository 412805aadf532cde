/**
 * The single source of truth for SPS kinds. The emulator, the reconciler, the Terraform provider
 * schema and the CDKTF bindings all derive from KINDS.
 */
import type { KindDef } from './types';
import { KINDS } from './kind-list';

export * from './types';
export { singletonKey } from './singleton-key';
export { validateBody, compileValidator, type ValidationIssue } from './validate';
export {
  matchPath,
  mapPath,
  toPointer,
  isUnder,
  jsonEqual,
  deepClone,
  valueAt,
  setAt,
  isJsonObject,
  type PathMatch,
} from './paths';
export { UNMODELLED_OPTIONS } from './kinds/protocol-options';
export * from './pass-through';
export { isServerReference } from './references';
export { PRIVATE_KEY_PEM, SECRET_NAME, isMaskedValue, secretLookingPaths } from './secret-names';
export { CONFIGURATION_ROOT, relativeEndpoint, typedKindAt } from './endpoints';
export { KINDS, MANAGED_KINDS, KindSet, TYPED_KINDS, isKindName, isTypedKindName, kindOf } from './kind-list';
export { fromTerraformForm, toTerraformForm, jsonEncode, sortedKeys } from './terraform-form';
export {
  FIRMWARE_BANDS,
  bandOf,
  bandName,
  bandFieldsIn,
  firmwareNote,
  mixedBandProblem,
  otherBandProblem,
  withCreateValues,
  type BandField,
  type FirmwareBand,
} from './firmware';
export {
  propertySchema,
  itemSchema,
  discriminatorsOf,
  switchesVariant,
  itemIdentityOf,
  knownView,
} from './shape';

/** Which kind (and object key) an API path addresses, e.g. `/api/configuration/policies/audit_policies/abc`. */
export function kindAtEndpoint(path: string): { kind: KindDef; key?: string } | undefined {
  const clean = path.replace(/\/+$/, '');
  for (const kind of KINDS) {
    if (clean === kind.endpoint) return { kind };
    if (kind.shape !== 'singleton' && clean.startsWith(kind.endpoint + '/')) {
      const key = clean.slice(kind.endpoint.length + 1);
      if (key && !key.includes('/')) return { kind, key: decodeURIComponent(key) };
    }
  }
  return undefined;
}
