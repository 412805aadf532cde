/**
 * The managed kinds as the generated bindings render them, derived from the generated kind lists (the
 * model's): each kind's converter from the L2s' camelCase struct to the snake_case form that both
 * `sps_configuration` and the desired document hold, found by the name the binding generator gives
 * it. A kind the model adds needs no line here.
 */
import * as gen from '../gen/providers/sps';
import { COLLECTION_KINDS, SINGLETON_KINDS } from '../gen/model';
import type { SpsCollectionKind, SpsKind } from './sps-object';

export type ToTerraform = (struct: unknown) => Record<string, unknown>;

/** Every managed kind: collections, then singletons, in the model's order. */
export const MANAGED_KINDS: readonly SpsKind[] = [...COLLECTION_KINDS, ...SINGLETON_KINDS];

export function isCollectionKind(kind: string): kind is SpsCollectionKind {
  return (COLLECTION_KINDS as readonly string[]).includes(kind);
}

const converters = gen.configuration as unknown as Record<string, ToTerraform | undefined>;

/** `audit_policies` → `configurationAuditPoliciesToTerraform`, the generated converter of its struct. */
export function toTerraformOf(kind: SpsKind): ToTerraform {
  const name = `configuration${upperCamel(kind)}ToTerraform`;
  const convert = converters[name];
  if (typeof convert !== 'function')
    throw new Error(`the generated bindings have no ${name} for ${kind}: run npm run constructs:generate`);
  return convert;
}

/** `audit_policies` → `auditPolicies`: the kind's attribute in the generated resource config. */
export function attributeOf(kind: SpsKind): string {
  const pascal = upperCamel(kind);
  return pascal[0].toLowerCase() + pascal.slice(1);
}

const upperCamel = (kind: string): string =>
  kind.replace(/(?:^|_)([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
