/**
 * Turns a kind's declarative spec into a full KindDef: the three normalizers are derived from the
 * reference paths, the schema defaults and the kind's own shorthand expansion, so each rule lives
 * in exactly one place.
 */
import { fillDefaultsInPlace } from './validate';
import { deepClone, mapPath } from './paths';
import type { JsonObject, JsonValue, KindDef, KindName } from './types';

export type KindSpec = Omit<
  KindDef,
  'fromServer' | 'writtenForm' | 'canonicalize' | 'toServer' | 'documentAt'
> &
  Partial<Pick<KindDef, 'documentAt'>>;

const isRefObject = (v: JsonValue): v is { key: string } & JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.key === 'string';

export function defineKind(spec: KindSpec): KindDef {
  /** Expands short forms and fills defaults on a body this function owns (no further copies). */
  const canonicalizeOwned = (owned: JsonObject): JsonObject => {
    let out = owned;
    for (const s of spec.shorthands ?? [])
      out = mapPath(out, s.path, (v) => (typeof v === 'string' ? (s.expand(v) ?? v) : v));
    return fillDefaultsInPlace(kind, out);
  };
  const kind: KindDef = {
    ...spec,
    documentAt:
      spec.documentAt ??
      ((name) => (spec.shape === 'collection' && name !== undefined ? [spec.name, name] : [spec.name])),
    canonicalize: (body) => canonicalizeOwned(deepClone(body)),
    fromServer: (body) => canonicalizeOwned(kind.writtenForm(body)),
    writtenForm(body) {
      let out = deepClone(body);
      for (const ref of spec.references) {
        if (ref.readForm === 'object') out = mapPath(out, ref.path, (v) => (isRefObject(v) ? v.key : v));
      }
      return out;
    },
    toServer(body, hrefOf: (target: KindName, key: string) => string) {
      let out = deepClone(body);
      for (const ref of spec.references) {
        if (ref.readForm !== 'object') continue;
        out = mapPath(out, ref.path, (v) =>
          typeof v === 'string' ? { key: v, meta: { href: hrefOf(ref.target, v) } } : v,
        );
      }
      return out;
    },
  };
  return kind;
}
