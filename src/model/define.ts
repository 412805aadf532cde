/**
 * Turns a kind's declarative spec into a full KindDef: the three normalizers are derived from the
 * reference paths, the schema defaults and the kind's own shorthand expansion, so each rule lives
 * in exactly one place.
 */
import { fillDefaultsInPlace } from './validate';
import { deepClone, isJsonObject, mapPath, matchPath, toPointer } from './paths';
import { typedReferenceRules, type ReferenceRules } from './references';
import type { JsonObject, JsonValue, KindDef, KindName } from './types';

/** What a kind file writes; everything else of its KindDef is derived here. */
export type KindSpec = Omit<
  KindDef,
  | 'fromServer'
  | 'writtenForm'
  | 'canonicalize'
  | 'toServer'
  | 'documentAt'
  | 'open'
  | 'ownIssues'
  | keyof ReferenceRules
> &
  Partial<Pick<KindDef, 'documentAt'>>;

const noTargets = (name: KindName): KindDef => {
  throw new Error(`no kind list to resolve reference target "${name}"`);
};

const isRefObject = (v: JsonValue): v is { key: string } & JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.key === 'string';

/**
 * `resolve` gives a reference target's kind (the model index passes its own lookup; kinds without
 * references need none).
 */
export function defineKind(spec: KindSpec, resolve: (name: KindName) => KindDef = noTargets): KindDef {
  /** Expands short forms and fills defaults on a body this function owns (no further copies). */
  const canonicalizeOwned = (owned: JsonObject): JsonObject => {
    let out = owned;
    for (const s of spec.shorthands ?? [])
      out = mapPath(out, s.path, (v) => (typeof v === 'string' ? (s.expand(v) ?? v) : v));
    return fillDefaultsInPlace(kind, out);
  };
  const kind: KindDef = {
    ...spec,
    open: false,
    ...typedReferenceRules(spec.references, resolve),
    ownIssues: (body) => uniqueItemIssues(spec, body),
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

/** Lists whose items must differ in one field (SIEM target names): a rule JSON Schema cannot say. */
function uniqueItemIssues(spec: KindSpec, body: JsonObject): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  for (const rule of spec.uniqueItems ?? []) {
    for (const list of matchPath(body, rule.path)) {
      if (!Array.isArray(list.value)) continue;
      const seen = new Map<string, number>();
      const where = toPointer(list.segments);
      list.value.forEach((item, i) => {
        const value = isJsonObject(item) ? item[rule.field] : undefined;
        if (typeof value !== 'string') return;
        if (seen.has(value))
          issues.push({
            path: `${where}/${i}/${rule.field}`,
            message: `duplicate ${rule.field} "${value}" (also at ${where}/${seen.get(value)})`,
          });
        else seen.set(value, i);
      });
    }
  }
  return issues;
}
