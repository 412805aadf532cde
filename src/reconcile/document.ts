/**
 * The desired-state document of one appliance, and the one place that knows its layout (collections
 * as maps keyed by name, singletons as bodies, the document settings): parsed into the engine's
 * state (checked against the model before any request; every problem at once, each with its JSON
 * pointer), turned back into a document, walked object by object, and built from live objects —
 * for export and for Terraform's refresh and import alike.
 */
import {
  MANAGED_KINDS,
  compileValidator,
  deepClone,
  isJsonObject,
  kindOf,
  knownView,
  mapPath,
  matchPath,
  setAt,
  toPointer,
  type JsonValue,
  validateBody,
} from '../model';
import {
  DOCUMENT_SETTINGS,
  desiredDocumentSchema,
  isInlineSecretReference,
  secretFields,
  secretPaths,
} from '../model/desired-schema';
import { namesForReferences, referencesAsNames } from './compare';
import type { LiveObject, LiveState } from './live';
import { managedView } from './ownership';
import type { JsonObject, KindDef, KindName } from '../model';
import { SpsDesiredStateError, type DocumentIssue } from './errors';
import { digestOf } from './live';
import { passThroughEntries, referenceIssues } from './pass-through';
import {
  PASS_THROUGH_SECTION,
  bandFieldsIn,
  isPassThroughName,
  mixedBandProblem,
  nameReferencesIn,
  parseNameReference,
} from '../model';

/** Objects in desired form: references by name (or key), inline secret material, `name` included. */
export interface DesiredState {
  readonly collections: ReadonlyMap<KindName, ReadonlyMap<string, JsonObject>>;
  readonly singletons: ReadonlyMap<KindName, JsonObject>;
  /** The document settings (DOCUMENT_SETTINGS), defaults filled: e.g. `allow_archive_recreate`. */
  readonly settings: Readonly<Record<string, boolean>>;
}

/** Compiled on first use: start-up time matters (Terraform launches the provider three times a plan). */
let validateDocument: ((value: unknown) => DocumentIssue[]) | undefined;

/** `${env:NAME}` in a secret field is read from the environment, so secrets stay out of git. */
const ENV_REFERENCE = /^\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}$/;

/** NAME of an `${env:NAME}` placeholder, or undefined for any other value. */
export function envPlaceholderName(value: unknown): string | undefined {
  return typeof value === 'string' ? ENV_REFERENCE.exec(value)?.[1] : undefined;
}

/**
 * Parses a desired-state document (already decoded from JSON/YAML/synth output).
 * Throws SpsDesiredStateError listing every problem; returns canonical objects otherwise.
 */
export function parseDesiredState(
  document: unknown,
  opts: {
    source?: string;
    env?: NodeJS.ProcessEnv;
    /**
     * The document holds no secrets (a Terraform state: secrets are write-only): a secret the model
     * requires is not missing.  @default false
     */
    secretsWithheld?: boolean;
  } = {},
): DesiredState {
  const source = opts.source ?? 'desired state';
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new SpsDesiredStateError([{ path: '', message: 'must be an object keyed by SPS kind' }], source);
  }
  const env = opts.env ?? process.env;
  const issues: DocumentIssue[] = [];
  const raw = structuredClone(document) as JsonObject;
  const passThrough = passThroughEntries(raw, issues); // registers their kinds: sensitive paths first
  const doc = resolveSecretReferences(raw, env, issues);
  validateDocument ??= compileValidator(desiredDocumentSchema());
  // a secret whose variable is not set was reported as such; its `${env:…}` text is not a value to check
  const unset = new Set(issues.map((i) => i.path));
  issues.push(...validateDocument(doc).filter((i) => !unset.has(i.path)));
  issues.push(...semanticIssues(doc));
  if (opts.secretsWithheld) dropSecretIssues(doc, issues);
  if (issues.length > 0) throw new SpsDesiredStateError(sortIssues(issues), source);

  const collections = new Map<KindName, Map<string, JsonObject>>();
  const singletons = new Map<KindName, JsonObject>();
  for (const kind of MANAGED_KINDS) {
    const value = doc[kind.name];
    if (value === undefined || value === null) continue;
    if (kind.shape === 'collection') {
      const objects = new Map<string, JsonObject>();
      for (const [name, body] of Object.entries(value as JsonObject)) {
        objects.set(name, kind.canonicalize({ name, ...(body as JsonObject) }));
      }
      collections.set(kind.name, objects);
    } else {
      singletons.set(kind.name, kind.canonicalize(value as JsonObject));
    }
  }
  for (const { kind, objects, singleton } of passThrough) {
    if (singleton) singletons.set(kind.name, kind.canonicalize(singleton));
    else
      collections.set(
        kind.name,
        new Map(Object.entries(objects!).map(([name, b]) => [name, { name, ...(b as JsonObject) }])),
      );
  }
  const settings = Object.fromEntries(
    Object.entries(DOCUMENT_SETTINGS).map(([name, schema]) => [name, (doc[name] ?? schema.default) === true]),
  );
  return { collections, singletons, settings };
}

/** One object of a raw document: its kind, its name (collections), its JSON pointer segments, its body. */
export interface RawObject {
  readonly kind: KindDef;
  readonly name?: string;
  readonly at: string[];
  readonly body: JsonObject;
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

function resolveSecretReferences(
  doc: JsonObject,
  env: NodeJS.ProcessEnv,
  issues: DocumentIssue[],
): JsonObject {
  for (const { kind, at, body } of objectsOf(doc)) {
    for (const path of secretPaths(kind)) {
      for (const m of matchPath(body, path)) {
        const ref = typeof m.value === 'string' ? ENV_REFERENCE.exec(m.value) : null;
        if (!ref) continue;
        const value = env[ref[1]];
        if (value === undefined || value === '') {
          issues.push({
            path: toPointer([...at, ...m.segments]),
            message: `environment variable ${ref[1]} is not set`,
          });
          continue;
        }
        setAt(body, m.segments, value);
      }
    }
  }
  return doc;
}

/** Drops what is said about secret fields (a document whose secrets are withheld on purpose). */
function dropSecretIssues(doc: JsonObject, issues: DocumentIssue[]): void {
  const secretPointers = new Set<string>();
  for (const { kind, at, body } of objectsOf(doc))
    for (const path of secretPaths(kind)) {
      // the field itself (a required one is absent: its pointer as the schema would name it)
      const parent = path.slice(0, -1);
      for (const m of parent.length ? matchPath(body, parent) : [{ segments: [] as string[] }])
        secretPointers.add(toPointer([...at, ...m.segments, path[path.length - 1]]));
    }
  const kept = issues.filter((i) => !secretPointers.has(i.path));
  issues.splice(0, issues.length, ...kept);
}

/** Rules JSON Schema cannot say, declared by the kinds: list items unique in one field (SIEM target names). */
function semanticIssues(doc: JsonObject): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  for (const { kind, at, body } of objectsOf(doc)) {
    if (isPassThroughName(kind.name)) {
      issues.push(...referenceIssues(at, body));
      // the confirmed fields of a known endpoint (connection policies); every other field passes
      for (const issue of kind.schema.properties ? validateBody(kind, body) : [])
        issues.push({ path: toPointer(at) + issue.path, message: issue.message });
    }
    const mixed = mixedBandProblem(bandFieldsIn(kind, body), at);
    if (mixed) issues.push(mixed);
    for (const rule of kind.uniqueItems ?? []) {
      for (const list of matchPath(body, rule.path)) {
        if (!Array.isArray(list.value)) continue;
        const seen = new Map<string, number>();
        list.value.forEach((item, i) => {
          const value = isJsonObject(item) ? item[rule.field] : undefined;
          if (typeof value !== 'string') return;
          const where = toPointer([...at, ...list.segments]);
          if (seen.has(value))
            issues.push({
              path: `${where}/${i}/${rule.field}`,
              message: `duplicate ${rule.field} "${value}" (also at ${where}/${seen.get(value)})`,
            });
          else seen.set(value, i);
        });
      }
    }
  }
  return issues;
}

/** Names referenced by the document, for dangling-reference checks once live state is known. */
export function referencesOf(
  kind: KindDef,
  body: JsonObject,
): { target: KindName; value: string; segments: readonly string[] }[] {
  const out: { target: KindName; value: string; segments: readonly string[] }[] = [];
  if (isPassThroughName(kind.name)) {
    for (const { ref, segments } of nameReferencesIn(body)) {
      const target = parseNameReference(ref);
      if (target) out.push({ target: target.target, value: target.name, segments });
    }
    return out;
  }
  for (const ref of kind.references) {
    if (isInlineSecretReference(ref)) continue;
    for (const m of matchPath(body, ref.path)) {
      if (typeof m.value === 'string')
        out.push({ target: kindOf(ref.target).name, value: m.value, segments: m.segments });
    }
  }
  return out;
}

function sortIssues(issues: DocumentIssue[]): DocumentIssue[] {
  return [...issues].sort((a, b) => a.path.localeCompare(b.path));
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
    for (const [name, body] of objects) yield { kind: kindOf(kind), name, body };
  for (const [kind, body] of desired.singletons) yield { kind: kindOf(kind), name: kind, body };
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
): JsonObject {
  const doc: JsonObject = {};
  const passThrough = [...select.keys()].filter(isPassThroughName).sort().map(kindOf);
  for (const kind of [...MANAGED_KINDS, ...passThrough]) {
    const wanted = select.get(kind.name);
    if (wanted === undefined) continue;
    const objects = live.objects.get(kind.name) ?? new Map<string, LiveObject>();
    const entries =
      wanted === '*'
        ? [...objects.keys()].sort((a, b) => a.localeCompare(b)).map((name) => ({ name, prior: undefined }))
        : wanted;
    for (const { name, prior } of entries) {
      const obj = objects.get(kind.shape === 'collection' ? name : kind.name);
      if (!obj) continue;
      const named = isPassThroughName(kind.name)
        ? referencesAsNames(prior, deepClone(obj.serverBody), live.namesByKey)
        : namesForReferences(kind, deepClone(obj.body), live.namesByKey);
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

function deleteAt(body: JsonObject, segments: readonly string[]): void {
  let node: JsonValue = body;
  for (const s of segments.slice(0, -1)) node = (node as JsonObject)[s];
  if (isJsonObject(node)) delete node[segments[segments.length - 1]];
}
