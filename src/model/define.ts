/**
 * Turns a kind's declarative spec into a full KindDef: the three normalizers are derived from the
 * reference paths, the schema defaults and the kind's own shorthand expansion, so each rule lives
 * in exactly one place.
 */
import { applyDefaults } from './validate';
import { mapPath } from './paths';
import type { JsonObject, JsonValue, KindDef, KindName } from './types';

export type KindSpec = Omit<KindDef, 'fromServer' | 'canonicalize' | 'toServer'> & {
  /** Expands shorthand written forms into the canonical one (runs before defaults are filled). */
  readonly expandShorthand?: (body: JsonObject) => JsonObject;
};

const isRefObject = (v: JsonValue): v is { key: string } & JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.key === 'string';

export function defineKind(spec: KindSpec): KindDef {
  const { expandShorthand, ...rest } = spec;
  const kind: KindDef = {
    ...rest,
    canonicalize(body) {
      const expanded = expandShorthand ? expandShorthand(structuredClone(body)) : structuredClone(body);
      return applyDefaults(kind, expanded);
    },
    fromServer(body) {
      let out = structuredClone(body);
      for (const ref of spec.references) {
        if (ref.readForm === 'object') out = mapPath(out, ref.path, (v) => (isRefObject(v) ? v.key : v));
      }
      return kind.canonicalize(out);
    },
    toServer(body, hrefOf: (target: KindName, key: string) => string) {
      let out = kind.canonicalize(body);
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
