/**
 * The single source of truth for SPS kinds. The emulator, the reconciler, the Terraform provider
 * schema and the CDKTF bindings all derive from KINDS.
 */
import { defineKind } from './define';
import { archiveCleanupPolicies } from './kinds/archive-cleanup-policies';
import { auditPolicies } from './kinds/audit-policies';
import { backupPolicies } from './kinds/backup-policies';
import { contentPolicies } from './kinds/content-policies';
import { splunkForwarder, universalSiemForwarder } from './kinds/forwarders';
import { rdpOptions, sshOptions, vncOptions } from './kinds/protocol-options';
import { passwords, privateKeys, trustedCaLists, x509 } from './kinds/reference-targets';
import { systemBackup } from './kinds/system-backup';
import { timePolicies } from './kinds/time-policies';
import { isPassThroughName, passThroughKind, passThroughRefusal, registerTypedKinds } from './pass-through';
import type { KindDef, KindName } from './types';

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

/** In dependency order: a kind only references kinds listed before it. */
export const KINDS: readonly KindDef[] = [
  x509,
  trustedCaLists,
  privateKeys,
  passwords,
  auditPolicies,
  archiveCleanupPolicies,
  backupPolicies,
  contentPolicies,
  timePolicies,
  splunkForwarder,
  universalSiemForwarder,
  vncOptions,
  sshOptions,
  rdpOptions,
  systemBackup,
].map(defineKind);

const byName = new Map<KindName, KindDef>(KINDS.map((k) => [k.name, k]));
registerTypedKinds(KINDS);

/** A typed kind by name, or the pass-through kind of an endpoint (`ssh/connections`). */
export function kindOf(name: KindName): KindDef {
  const kind = byName.get(name) ?? (isPassThroughName(name) ? passThroughKind(name) : undefined);
  if (!kind) throw new Error(`unknown SPS kind "${name}"`);
  return kind;
}

/** A typed kind's name, or an endpoint that may be declared as pass-through. */
export function isKindName(name: string): name is KindName {
  return byName.has(name as KindName) || (isPassThroughName(name) && passThroughRefusal(name) === undefined);
}

/** The kinds a desired-state document declares, in dependency order. */
export const MANAGED_KINDS: readonly KindDef[] = KINDS.filter((k) => k.managed);

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
