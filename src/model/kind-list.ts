/**
 * The typed kinds, in dependency order, and the kind set one document works with: those plus the
 * pass-through kinds it declares.
 */
import { defineKind } from './define';
import { registerTypedKinds } from './endpoints';
import { archiveCleanupPolicies } from './kinds/archive-cleanup-policies';
import { auditPolicies } from './kinds/audit-policies';
import { backupPolicies } from './kinds/backup-policies';
import { contentPolicies } from './kinds/content-policies';
import { splunkForwarder, universalSiemForwarder } from './kinds/forwarders';
import { rdpOptions, sshOptions, vncOptions } from './kinds/protocol-options';
import { passwords, privateKeys, trustedCaLists, x509 } from './kinds/reference-targets';
import { systemBackup } from './kinds/system-backup';
import { timePolicies } from './kinds/time-policies';
import { isPassThroughName, passThroughKind, passThroughRefusal } from './pass-through';
import type { KindDef, KindName, TypedKindName } from './types';

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
].map((spec) => defineKind(spec, kindOf));

const byName = new Map<KindName, KindDef>(KINDS.map((k) => [k.name, k]));
registerTypedKinds(KINDS);

/** The kinds a desired-state document declares, in dependency order. */
export const MANAGED_KINDS: readonly KindDef[] = KINDS.filter((k) => k.managed);

/** A typed kind by name. A pass-through endpoint's kind depends on its declaration: ask a KindSet. */
export function kindOf(name: KindName): KindDef {
  const kind = byName.get(name);
  if (!kind)
    throw new Error(
      `unknown SPS kind "${name}"${isPassThroughName(name) ? ' (a pass-through endpoint: its kind comes from the document that declares it)' : ''}`,
    );
  return kind;
}

export function isTypedKindName(name: string): name is TypedKindName {
  return byName.has(name as KindName);
}

/** A typed kind's name, or an endpoint that may be declared as pass-through. */
export function isKindName(name: string): name is KindName {
  return isTypedKindName(name) || (isPassThroughName(name) && passThroughRefusal(name) === undefined);
}

/**
 * The kinds one document (or one read of the appliance) works with: every typed kind, and the
 * pass-through kinds declared with it, built when it was parsed or probed. An endpoint not declared
 * (the target of a `$ref`, an endpoint a state remembers) is a collection with nothing marked secret.
 * Immutable; nothing is shared between documents.
 */
export class KindSet {
  readonly #declared: ReadonlyMap<KindName, KindDef>;

  constructor(passThrough: Iterable<KindDef> = []) {
    this.#declared = new Map([...passThrough].map((k) => [k.name, k]));
  }

  of(name: KindName): KindDef {
    return (
      byName.get(name) ??
      this.#declared.get(name) ??
      (isPassThroughName(name) ? passThroughKind(name) : kindOf(name))
    );
  }

  /** The pass-through kinds declared, by endpoint. */
  get passThrough(): KindDef[] {
    return [...this.#declared.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The kinds named: typed ones in dependency order, then pass-through ones by endpoint. */
  inOrder(names: Iterable<KindName>): KindDef[] {
    const wanted = new Set(names);
    const passThrough = [...wanted]
      .filter((n) => !byName.has(n))
      .sort()
      .map((n) => this.of(n));
    return [...KINDS.filter((k) => wanted.has(k.name)), ...passThrough];
  }
}

/** The typed kinds alone: for what holds no pass-through declaration. */
export const TYPED_KINDS = new KindSet();
