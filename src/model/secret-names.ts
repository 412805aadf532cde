/**
 * What looks like a secret in a body the model has no schema for: a string field whose name says so
 * (`password`, `bind_password`, `token`, `secret`, `passphrase`, `api_key`, `private_key`, …), a PEM
 * private key in any field, or a value the appliance masked. One rule for every place that handles
 * bodies it cannot read the shape of: snapshots scrub them, exports declare them sensitive.
 */
import { isJsonObject } from './paths';
import type { BodyPath, JsonObject, JsonValue } from './types';

export const SECRET_NAME =
  /(^|_)(password|passwd|passphrase|secret|token|api_?key|private_?key|psk|credentials?)(_|$)/i;
export const PRIVATE_KEY_PEM = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

/** How appliances mask a secret on GET: a run of asterisks. */
export const isMaskedValue = (v: string): boolean => /^\*+$/.test(v);

/** The paths (`*` for every array element) of the fields of `bodies` that look like secrets. */
export function secretLookingPaths(bodies: Iterable<JsonObject>): BodyPath[] {
  const found = new Map<string, string[]>();
  const walk = (v: JsonValue, at: string[], field: string | undefined): void => {
    if (typeof v === 'string') {
      if (
        v !== '' &&
        ((field !== undefined && SECRET_NAME.test(field)) || PRIVATE_KEY_PEM.test(v) || isMaskedValue(v))
      )
        found.set(at.join('/'), [...at]);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, [...at, '*'], field));
    else if (isJsonObject(v)) for (const [k, x] of Object.entries(v)) walk(x, [...at, k], k);
  };
  for (const body of bodies) walk(body, [], undefined);
  return [...found.values()].sort((a, b) => a.join('/').localeCompare(b.join('/')));
}
