/**
 * Live objects → a desired-state document: for export, and for Terraform's refresh and import. Only
 * fields the model knows (or, against a prior body, the paths it manages); references as names;
 * every secret through the caller's choice.
 */
import {
  isJsonObject,
  knownView,
  matchPath,
  setAt,
  type JsonObject,
  type JsonValue,
  type KindDef,
  type KindName,
  type KindSet,
} from '../model';
import { secretFields } from '../model/desired-schema';
import { placeObject, withoutName } from './document';
import type { LiveObject, LiveState } from './live';
import { managedView } from './ownership';

/** What to put in a document for one secret found on the appliance (undefined: leave the field out). */
export type SecretChoice = (secret: {
  readonly kind: KindDef;
  readonly name: string;
  /** Concrete segments inside the body. */
  readonly segments: readonly string[];
  /** As the appliance returned it (a key for inline secret references, possibly masked). */
  readonly value: JsonValue;
  readonly inline: boolean;
}) => JsonValue | undefined;

/**
 * Live objects → document. `select` names the objects (a kind with names, or `'*'` for all of a
 * collection; singletons by kind) and, per object, the body the view is cut to: `undefined` = every
 * field the model knows (export, import), a prior body = only its managed paths (Terraform's
 * refresh, so what a configuration leaves unset never shows as drift). References become names;
 * every secret goes through `secret`.
 */
export function documentFromLive(
  live: LiveState,
  select: ReadonlyMap<KindName, readonly { name: string; prior?: JsonObject }[] | '*'>,
  secret: SecretChoice,
  kinds: KindSet,
): JsonObject {
  const doc: JsonObject = {};
  for (const kind of kinds.inOrder(select.keys())) {
    if (!kind.managed) continue;
    const wanted = select.get(kind.name)!;
    const objects = live.objects.get(kind.name) ?? new Map<string, LiveObject>();
    const entries =
      wanted === '*'
        ? [...objects.keys()].sort((a, b) => a.localeCompare(b)).map((name) => ({ name, prior: undefined }))
        : wanted;
    for (const { name, prior } of entries) {
      const obj = objects.get(kind.shape === 'collection' ? name : kind.name);
      if (!obj) continue;
      const named = kind.namesForExport(obj, live.namesByKey, prior);
      const seen = (
        prior === undefined ? knownView(kind.schema, named) : managedView(kind.schema, named, prior)
      ) as JsonObject;
      const body = withoutName(isJsonObject(seen) ? seen : {});
      for (const field of secretFields(kind)) {
        for (const m of matchPath(body, field.path)) {
          const value = secret({ kind, name, segments: m.segments, value: m.value, inline: field.inline });
          if (value === undefined) deleteAt(body, m.segments);
          else setAt(body, m.segments, value);
        }
      }
      placeObject(doc, kind, name, body);
    }
    // a typed collection read whole is there even when empty (Terraform holds it as `{}`)
    if (kind.shape === 'collection' && kind.documentAt().length === 1) doc[kind.name] ??= {};
  }
  return doc;
}

function deleteAt(body: JsonObject, segments: readonly string[]): void {
  let node: JsonValue = body;
  for (const s of segments.slice(0, -1)) node = (node as JsonObject)[s];
  if (isJsonObject(node)) delete node[segments[segments.length - 1]];
}
