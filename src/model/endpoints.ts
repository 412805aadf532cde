/**
 * Configuration endpoints by their path relative to `/api/configuration`: how a pass-through kind is
 * named, and which typed kind an endpoint belongs to (so a `$ref` or a declaration by endpoint finds it).
 */
import type { KindDef } from './types';

export const CONFIGURATION_ROOT = '/api/configuration';

const ENDPOINT = /^[a-z0-9_]+(\/[a-z0-9_@-]+)+$/;

/** Whether `text` has the form of an endpoint relative to the configuration root (`ssh/connections`). */
export function isEndpoint(text: string): boolean {
  return ENDPOINT.test(text);
}

export function relativeEndpoint(absolute: string): string {
  return absolute.startsWith(CONFIGURATION_ROOT + '/')
    ? absolute.slice(CONFIGURATION_ROOT.length + 1)
    : absolute;
}

/** Typed kinds by their relative endpoint; set once by the model index (which owns the kind list). */
let typedByEndpoint: ReadonlyMap<string, KindDef> = new Map();

export function registerTypedKinds(kinds: readonly KindDef[]): void {
  typedByEndpoint = new Map(kinds.map((k) => [relativeEndpoint(k.endpoint), k]));
}

/**
 * The typed kind at an endpoint, relative (`policies/audit_policies`) or absolute
 * (`/api/configuration/policies/audit_policies`), if any.
 */
export function typedKindAt(endpoint: string): KindDef | undefined {
  return typedByEndpoint.get(relativeEndpoint(endpoint));
}
