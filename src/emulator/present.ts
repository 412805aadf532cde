/**
 * Stored (written) form → what a client reads: references expanded by `kind.toServer`, sensitive
 * fields masked when the `secrets` switch says so. Also the reverse rule for masked mode: a PUT
 * that sends the mask back unchanged keeps the stored secret (the usual appliance convention).
 */
import { mapPath, matchPath, valueAt } from '../model';
import type { JsonObject, JsonValue, KindDef, KindName } from '../model';
import { INVENTED_FIELDS, type ExtraFields } from './extra-fields';
import type { EmulatorSwitches } from './types';
import { isGenericKind, ownerOfKey } from './integrity';
import type { ConfigState } from './store';

/** What masked secrets read back as. */
export const SECRET_MASK = '********';

export function presentBody(
  kind: KindDef,
  stored: JsonObject,
  switches: EmulatorSwitches,
  hrefOf: (t: KindName, k: string) => string,
  state?: ConfigState,
  extras: ExtraFields = INVENTED_FIELDS,
): JsonObject {
  const body = switches.unmodelledFields === 'off' ? extras.hide(kind, stored) : stored;
  const server = isGenericKind(kind) && state ? expandKeys(body, state, hrefOf) : kind.toServer(body, hrefOf);
  return maskSecrets(kind, server, switches);
}

/** A generic endpoint's references read back as `{key, meta: {href}}`, as every SPS reference does. */
function expandKeys(
  v: JsonValue,
  state: ConfigState,
  hrefOf: (t: KindName, k: string) => string,
): JsonObject {
  const walk = (x: JsonValue, field?: string): JsonValue => {
    if (typeof x === 'string' && field !== 'name') {
      const target = ownerOfKey(state, x);
      return target ? { key: x, meta: { href: hrefOf(target, x) } } : x;
    }
    if (Array.isArray(x)) return x.map((y) => walk(y));
    if (x !== null && typeof x === 'object')
      return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, walk(y, k)]));
    return x;
  };
  return walk(v) as JsonObject;
}

export function maskSecrets(kind: KindDef, body: JsonObject, switches: EmulatorSwitches): JsonObject {
  if (switches.secrets !== 'masked') return body;
  let out = body;
  for (const path of kind.sensitive)
    out = mapPath(out, path, (v) => (typeof v === 'string' ? SECRET_MASK : v));
  return out;
}

/** Replaces mask values at sensitive paths of `incoming` with the value stored at the same place. */
export function restoreMaskedSecrets(
  kind: KindDef,
  incoming: JsonObject,
  current: JsonObject | undefined,
): JsonObject {
  if (!current) return incoming;
  let out = incoming;
  for (const path of kind.sensitive) {
    for (const m of matchPath(out, path)) {
      if (m.value !== SECRET_MASK) continue;
      const stored = valueAt(current, m.segments);
      if (typeof stored === 'string') out = replaceAt(out, m.segments, stored) as JsonObject;
    }
  }
  return out;
}

/** Copy of `node` with the value at concrete `segments` (array indexes as strings) replaced. */
function replaceAt(node: JsonValue, segments: readonly string[], value: JsonValue): JsonValue {
  if (segments.length === 0) return value;
  const [head, ...rest] = segments;
  if (Array.isArray(node)) return node.map((c, i) => (String(i) === head ? replaceAt(c, rest, value) : c));
  if (node !== null && typeof node === 'object')
    return { ...node, [head]: replaceAt(node[head], rest, value) };
  return node;
}
