/**
 * The desired-state document of one appliance, and the one place that knows its layout (collections
 * as maps keyed by name, singletons as bodies, pass-through endpoints under `pass_through`, the
 * document settings): walked object by object, turned back into a document, its references and
 * secrets. Parsing is document-parse.ts; building one from live objects, document-live.ts.
 */
import {
  MANAGED_KINDS,
  PASS_THROUGH_SECTION,
  isJsonObject,
  mapPath,
  matchPath,
  toPointer,
  type JsonObject,
  type JsonValue,
  type KindDef,
  type KindName,
  KindSet,
} from '../model';
import { secretPaths } from '../model/desired-schema';
import { digestOf } from './live';
import { passThroughEntries } from './pass-through';

/** Objects in desired form: references by name (or key), inline secret material, `name` included. */
export interface DesiredState {
  readonly collections: ReadonlyMap<KindName, ReadonlyMap<string, JsonObject>>;
  readonly singletons: ReadonlyMap<KindName, JsonObject>;
  /** The document settings (DOCUMENT_SETTINGS), defaults filled: e.g. `allow_archive_recreate`. */
  readonly settings: Readonly<Record<string, boolean>>;
  /** Its kinds: the typed ones and the pass-through endpoints it declares, as declared. */
  readonly kinds: KindSet;
}

/** `${env:NAME}` in a secret field is read from the environment, so secrets stay out of git. */
const ENV_REFERENCE = /^\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}$/;

/** NAME of an `${env:NAME}` placeholder, or undefined for any other value. */
export function envPlaceholderName(value: unknown): string | undefined {
  return typeof value === 'string' ? ENV_REFERENCE.exec(value)?.[1] : undefined;
}

/** One object of a raw document: its kind, its name (collections), its JSON pointer segments, its body. */
export interface RawObject {
  readonly kind: KindDef;
  readonly name?: string;
  readonly at: string[];
  readonly body: JsonObject;
}

/** The kinds of a raw document (not yet parsed): the typed ones and the pass-through endpoints it declares. */
export function kindsOf(doc: JsonObject): KindSet {
  return new KindSet(passThroughEntries(doc).map((e) => e.kind));
}

/** Every object of a raw document (not yet parsed). */
export function objectsOf(doc: JsonObject): RawObject[] {
  const out: RawObject[] = [];
  for (const kind of MANAGED_KINDS) {
    const value = doc[kind.name];
    if (!isJsonObject(value)) continue;
    if (kind.shape === 'collection') {
      for (const [name, body] of Object.entries(value))
        if (isJsonObject(body)) out.push({ kind, name, at: [...kind.documentAt(name)], body });
    } else out.push({ kind, at: [...kind.documentAt()], body: value });
  }
  for (const { kind, objects, singleton } of passThroughEntries(doc)) {
    if (singleton) out.push({ kind, at: [...kind.documentAt()], body: singleton });
    else
      for (const [name, body] of Object.entries(objects!))
        if (isJsonObject(body)) out.push({ kind, name, at: [...kind.documentAt(name)], body });
  }
  return out;
}

/** One object of a desired state: its kind, its name (the kind name for singletons) and its body. */
export interface DesiredObject {
  readonly kind: KindDef;
  readonly name: string;
  readonly body: JsonObject;
}

/** Every object of a desired state, collections first, each kind in model order. */
export function* eachObject(desired: DesiredState): Generator<DesiredObject> {
  for (const [kind, objects] of desired.collections)
    for (const [name, body] of objects) yield { kind: desired.kinds.of(kind), name, body };
  for (const [kind, body] of desired.singletons) yield { kind: desired.kinds.of(kind), name: kind, body };
}

/** The document a desired state stands for (canonical: defaults filled; collections without `name`). */
export function documentOf(
  desired: DesiredState,
  map: (o: DesiredObject) => JsonObject = (o) => o.body,
): JsonObject {
  const doc: JsonObject = { ...desired.settings };
  for (const o of eachObject(desired)) placeObject(doc, o.kind, o.name, withoutName(map(o)));
  return doc;
}

/** Names per collection kind in a document: what the one who applied it owns. */
export function ownedNames(doc: JsonObject): Partial<Record<KindName, string[]>> {
  const owned: Partial<Record<KindName, string[]>> = {};
  for (const kind of MANAGED_KINDS) {
    const value = doc[kind.name];
    if (kind.shape === 'collection' && isJsonObject(value)) owned[kind.name] = Object.keys(value).sort();
  }
  for (const { kind, objects } of passThroughEntries(doc))
    if (objects) owned[kind.name] = Object.keys(objects).sort();
  return owned;
}

export function withoutName(body: JsonObject): JsonObject {
  if (!Object.prototype.hasOwnProperty.call(body, 'name')) return body;
  const { name: _name, ...rest } = body;
  void _name;
  return rest;
}

/**
 * A digest of the document with every secret left out: what a saved plan may hold to pin what was
 * reviewed. (A digest over secret material, salted or not, lets a short secret be confirmed offline.)
 */
export function publicDigestOf(desired: DesiredState): string {
  return digestOf(
    documentOf(desired, ({ kind, body }) => {
      let out = body;
      for (const path of secretPaths(kind)) out = mapPath(out, path, () => null);
      return out;
    }),
  );
}

/** Every secret value a document holds (for redaction of anything shown about it). */
export function secretValuesOf(desired: DesiredState): string[] {
  const out: string[] = [];
  for (const { kind, body } of eachObject(desired))
    for (const path of secretPaths(kind))
      for (const m of matchPath(body, path)) if (typeof m.value === 'string') out.push(m.value);
  return out;
}

/**
 * Puts an object where its kind places it in a document (`kind.documentAt`), creating the containers
 * on the way; a pass-through endpoint's entry also says which of its paths are secret.
 */
export function placeObject(doc: JsonObject, kind: KindDef, name: string, body: JsonObject): void {
  const at = kind.documentAt(kind.shape === 'collection' ? name : undefined);
  placeAt(doc, at, body);
  if (at[0] === PASS_THROUGH_SECTION && kind.sensitive.length) {
    const entry = valueAtPath(doc, at.slice(0, 2)) as JsonObject;
    entry.sensitive_paths ??= kind.sensitive.map((p) => toPointer(p as string[]));
  }
}

function valueAtPath(doc: JsonObject, at: readonly string[]): JsonValue | undefined {
  let node: JsonValue | undefined = doc;
  for (const s of at) node = isJsonObject(node) ? node[s] : undefined;
  return node;
}

/** Puts a body where `objectsOf` found one (`at`), creating the containers on the way. */
export function placeAt(doc: JsonObject, at: readonly string[], body: JsonObject): void {
  let node = doc;
  for (const s of at.slice(0, -1)) node = (isJsonObject(node[s]) ? node[s] : (node[s] = {})) as JsonObject;
  node[at[at.length - 1]] = body;
}
