/**
 * No secret leaves the appliance in a snapshot. Three rules, applied to every body captured:
 *   1. the secret fields the model knows for the endpoint (a Splunk token, SMB passwords) become the
 *      mask, unless empty (an unset secret is no secret, and keeps an export of the twin equal);
 *   2. any string field whose name says it is a secret (`password`, `bind_password`, `token`,
 *      `secret`, `passphrase`, `api_key`, `private_key`, …) anywhere in any body becomes the mask —
 *      the endpoints the model does not know have secrets too;
 *   3. any string holding a PEM private key becomes the mask, whatever its field.
 * Values the appliance masked already stay as they are. Password and private-key objects are never
 * read at all (walk.ts skips them).
 */
import {
  PRIVATE_KEY_PEM,
  SECRET_NAME,
  isMaskedValue as isMasked,
  matchPath,
  setAt,
  typedKindAt,
  type JsonObject,
  type JsonValue,
} from '../model';
import { SNAPSHOT_MASK } from './format';

export interface ScrubCount {
  /** Secret values replaced by the mask. */
  replaced: number;
  /** Model-known secret values the appliance had masked already. */
  masked: number;
  /** Model-known secret values the appliance sent in clear (how it treats secrets, with `masked`). */
  modelClear: number;
}

export const emptyCount = (): ScrubCount => ({ replaced: 0, masked: 0, modelClear: 0 });

export { typedKindAt };

const isSet = (v: JsonValue | undefined): v is string => typeof v === 'string' && v !== '';

/** `body` with every secret masked (a new object); `count` is added to. */
export function scrubBody(endpoint: string, body: JsonObject, count: ScrubCount): JsonObject {
  const out = structuredClone(body);
  for (const path of typedKindAt(endpoint)?.sensitive ?? []) {
    for (const m of matchPath(out, path)) {
      if (!isSet(m.value)) continue;
      if (isMasked(m.value)) count.masked += 1;
      else {
        count.modelClear += 1;
        count.replaced += 1;
        setAt(out, m.segments, SNAPSHOT_MASK);
      }
    }
  }
  return scrubByName(out, count) as JsonObject;
}

/** Rules 2 and 3 over any JSON value (a new value). */
export function scrubByName(value: JsonValue, count: ScrubCount, field?: string): JsonValue {
  if (typeof value === 'string') {
    const secretField = field !== undefined && SECRET_NAME.test(field);
    if (!(secretField || PRIVATE_KEY_PEM.test(value)) || !isSet(value)) return value;
    if (isMasked(value)) return value; // masked by the appliance (or by rule 1 just now)
    count.replaced += 1;
    return SNAPSHOT_MASK;
  }
  if (Array.isArray(value)) return value.map((v) => scrubByName(v, count, field));
  if (value !== null && typeof value === 'object') {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = scrubByName(v, count, k);
    return out;
  }
  return value;
}
