/**
 * The desired state of one appliance, checked against the model before any request is made. Every
 * problem is reported at once, each with its JSON pointer in the document.
 */
import {
  MANAGED_KINDS,
  compileValidator,
  isJsonObject,
  isUnder,
  kindOf,
  mapPath,
  matchPath,
  setAt,
  toPointer,
} from '../model';
import { desiredDocumentSchema, isInlineSecretReference } from '../model/desired-schema';
import type { JsonObject, KindDef, KindName } from '../model';
import { SpsDesiredStateError, type DocumentIssue } from './errors';
import { digestOf } from './live';

/** Objects in desired form: references by name (or key), inline secret material, `name` included. */
export interface DesiredState {
  readonly collections: ReadonlyMap<KindName, ReadonlyMap<string, JsonObject>>;
  readonly singletons: ReadonlyMap<KindName, JsonObject>;
  readonly allowArchiveRecreate: boolean;
}

/** Compiled on first use: start-up time matters (Terraform launches the provider three times a plan). */
let validateDocument: ((value: unknown) => DocumentIssue[]) | undefined;

/** `${env:NAME}` in a secret field is read from the environment, so secrets stay out of git. */
const ENV_REFERENCE = /^\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}$/;

/**
 * Parses a desired-state document (already decoded from JSON/YAML/synth output).
 * Throws SpsDesiredStateError listing every problem; returns canonical objects otherwise.
 */
export function parseDesiredState(
  document: unknown,
  opts: { source?: string; env?: NodeJS.ProcessEnv } = {},
): DesiredState {
  const source = opts.source ?? 'desired state';
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new SpsDesiredStateError([{ path: '', message: 'must be an object keyed by SPS kind' }], source);
  }
  const env = opts.env ?? process.env;
  const issues: DocumentIssue[] = [];
  const doc = resolveSecretReferences(structuredClone(document) as JsonObject, env, issues);
  validateDocument ??= compileValidator(desiredDocumentSchema());
  issues.push(...validateDocument(doc));
  issues.push(...semanticIssues(doc));
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
  return { collections, singletons, allowArchiveRecreate: doc.allow_archive_recreate === true };
}

/** Every path of a kind's body that holds a secret: sensitive fields and inline secret references. */
export function secretPaths(kind: KindDef): readonly (readonly string[])[] {
  return secretFields(kind).map((f) => f.path);
}

type SecretField = { readonly path: readonly string[]; readonly inline: boolean };
// kinds are immutable definitions: derive once, not per object compared
const secretFieldsOf = new WeakMap<KindDef, readonly SecretField[]>();

/** Secret paths, each saying whether it is an inline secret reference (stored as its own SPS object). */
export function secretFields(kind: KindDef): readonly SecretField[] {
  let fields = secretFieldsOf.get(kind);
  if (!fields) {
    fields = [
      ...kind.sensitive.map((path) => ({ path, inline: false })),
      ...kind.references.filter(isInlineSecretReference).map((r) => ({ path: r.path, inline: true })),
    ];
    secretFieldsOf.set(kind, fields);
  }
  return fields;
}

export function isSecretPath(kind: KindDef, segments: readonly string[]): boolean {
  return secretPaths(kind).some((p) => isUnder(segments, p));
}

function objectsOf(doc: JsonObject): { kind: KindDef; at: string[]; body: JsonObject }[] {
  const out: { kind: KindDef; at: string[]; body: JsonObject }[] = [];
  for (const kind of MANAGED_KINDS) {
    const value = doc[kind.name];
    if (!isJsonObject(value)) continue;
    if (kind.shape === 'collection') {
      for (const [name, body] of Object.entries(value))
        if (isJsonObject(body)) out.push({ kind, at: [kind.name, name], body });
    } else out.push({ kind, at: [kind.name], body: value });
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

/** Rules JSON Schema cannot say: unique SIEM target names, references to objects of this document. */
function semanticIssues(doc: JsonObject): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  const siem = doc.universal_siem_forwarder;
  if (isJsonObject(siem) && Array.isArray(siem.targets)) {
    const seen = new Map<string, number>();
    siem.targets.forEach((t, i) => {
      const name = isJsonObject(t) ? t.name : undefined;
      if (typeof name !== 'string') return;
      if (seen.has(name)) {
        issues.push({
          path: `/universal_siem_forwarder/targets/${i}/name`,
          message: `duplicate target name "${name}" (also at /universal_siem_forwarder/targets/${seen.get(name)})`,
        });
      } else seen.set(name, i);
    });
  }
  return issues;
}

/** Names referenced by the document, for dangling-reference checks once live state is known. */
export function referencesOf(
  kind: KindDef,
  body: JsonObject,
): { target: KindName; value: string; segments: readonly string[] }[] {
  const out: { target: KindName; value: string; segments: readonly string[] }[] = [];
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

/**
 * A digest of the document with every secret left out: what a saved plan may hold to pin what was
 * reviewed. (A digest over secret material, salted or not, lets a short secret be confirmed offline.)
 */
export function publicDigestOf(desired: DesiredState): string {
  const blank = (kind: KindDef, body: JsonObject): JsonObject => {
    let out = body;
    for (const path of secretPaths(kind)) out = mapPath(out, path, () => null);
    return out;
  };
  const doc: JsonObject = { allow_archive_recreate: desired.allowArchiveRecreate };
  for (const [kind, objects] of desired.collections) {
    const map: JsonObject = {};
    for (const [name, body] of objects) map[name] = blank(kindOf(kind), body);
    doc[kind] = map;
  }
  for (const [kind, body] of desired.singletons) doc[kind] = blank(kindOf(kind), body);
  return digestOf(doc);
}

/** Every secret value a document holds (for redaction of anything shown about it). */
export function secretValuesOf(desired: DesiredState): string[] {
  const out: string[] = [];
  const each = (kind: KindDef, body: JsonObject) => {
    for (const path of secretPaths(kind))
      for (const m of matchPath(body, path)) if (typeof m.value === 'string') out.push(m.value);
  };
  for (const [kind, objects] of desired.collections)
    for (const body of objects.values()) each(kindOf(kind), body);
  for (const [kind, body] of desired.singletons) each(kindOf(kind), body);
  return out;
}
