/**
 * Parsing a desired-state document into the engine's state: checked against the model before any
 * request (every problem at once, each with its JSON pointer), `${env:NAME}` secrets read from the
 * environment, the rules JSON Schema cannot say, then canonical objects.
 */
import {
  KindSet,
  MANAGED_KINDS,
  bandFieldsIn,
  compileValidator,
  matchPath,
  mixedBandProblem,
  setAt,
  toPointer,
  type JsonObject,
  type KindName,
} from '../model';
import { DOCUMENT_SETTINGS, desiredDocumentSchema, secretPaths } from '../model/desired-schema';
import { envPlaceholderName, objectsOf, type DesiredState } from './document';
import { SpsDesiredStateError, type DocumentIssue } from './errors';
import { passThroughEntries } from './pass-through';

/** Compiled on first use: start-up time matters (Terraform launches the provider three times a plan). */
let validateDocument: ((value: unknown) => DocumentIssue[]) | undefined;

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
  // the endpoints it declares, each a kind of its own: their sensitive paths count from here on
  const passThrough = passThroughEntries(raw, issues);
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
  return { collections, singletons, settings, kinds: new KindSet(passThrough.map((e) => e.kind)) };
}

function resolveSecretReferences(
  doc: JsonObject,
  env: NodeJS.ProcessEnv,
  issues: DocumentIssue[],
): JsonObject {
  for (const { kind, at, body } of objectsOf(doc)) {
    for (const path of secretPaths(kind)) {
      for (const m of matchPath(body, path)) {
        const name = envPlaceholderName(m.value);
        if (name === undefined) continue;
        const value = env[name];
        if (value === undefined || value === '') {
          issues.push({
            path: toPointer([...at, ...m.segments]),
            message: `environment variable ${name} is not set`,
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

/** What JSON Schema cannot say, as each kind says it (pass-through `$ref`s, unique SIEM target names), and mixed firmware bands. */
function semanticIssues(doc: JsonObject): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  for (const { kind, at, body } of objectsOf(doc)) {
    for (const issue of kind.ownIssues(body))
      issues.push({ path: toPointer(at) + issue.path, message: issue.message });
    const mixed = mixedBandProblem(bandFieldsIn(kind, body), at);
    if (mixed) issues.push(mixed);
  }
  return issues;
}

function sortIssues(issues: DocumentIssue[]): DocumentIssue[] {
  return [...issues].sort((a, b) => a.path.localeCompare(b.path));
}
