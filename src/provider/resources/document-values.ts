/**
 * `sps_document`'s schema and values. The document is the CLI's own YAML or JSON text; what the state
 * says of the appliance is one JSON string (`configuration`: the managed objects, keys sorted, no
 * secret), so Terraform core holds a handful of values however many objects there are, and its
 * renderer diffs the JSON field by field only when it changed.
 */
import { stringify } from 'yaml';
import {
  isJsonObject,
  jsonEqual,
  pathFromPointer,
  setAt,
  sortedKeys,
  toPointer,
  valueAt,
  type JsonObject,
  type JsonValue,
} from '../../model';
import {
  declaredRecordOf,
  documentOf,
  eachObject,
  envName,
  objectsOf,
  type ApplyResult,
  type DesiredState,
  type KeyBook,
  type Plan,
} from '../../reconcile';
import { DOCUMENT_SETTINGS } from '../../model/desired-schema';
import { isObjectValue, isWhollyKnown } from '../tf';
import { keyBookOf, withUndeclaredFields } from './document';
import type { PriorState } from './engine';
import { privateBytes } from './lifecycle';
import { secretsOf, versionsAfterPlan, versionsOf, withoutSecrets } from './secret-versions';
import { parseSourceText, SpsSourceError, type SourceDocument } from '../../source';
import { T, type Schema, type TfValue } from '../tf';
import { keysOf } from './document';
import { SECRET_VERSIONS_ATTRIBUTE, versionsValue, type Versions } from './secret-versions';

export const DOCUMENT_SCHEMA_VERSION = 0;

export const documentSchema: Schema = {
  version: DOCUMENT_SCHEMA_VERSION,
  block: {
    description:
      'The configuration of one SPS appliance as the sps CLI reads it: the same YAML or JSON document (`document = file("sps.yaml")`, or yamlencode()/jsonencode()). One apply is one SPS transaction. It scales like the CLI: Terraform holds a few values, not one per object.',
    attributes: {
      document: {
        type: T.string,
        required: true,
        description:
          'The desired-state document, YAML or JSON, exactly as `sps plan|apply` read it. Secrets in it must be ${env:NAME} placeholders (Terraform keeps this text in its state): give their values in `secrets`.',
      },
      secrets: {
        type: T.map(T.string),
        optional: true,
        writeOnly: true,
        description:
          "Values of the document's ${env:NAME} placeholders, by NAME. Write-only (Terraform ≥ 1.11): never stored in the plan or the state; give them from ephemeral variables. A NAME not given here is read from the provider's environment, as the sps CLI does.",
      },
      id: { type: T.string, computed: true, description: 'The appliance URL this document configures.' },
      configuration: {
        type: T.string,
        computed: true,
        description:
          'The managed objects as JSON, keys sorted, secrets left out: what the appliance holds of them after a refresh, what the document makes of them in a plan. A plan shows its changes field by field.',
      },
      keys: {
        type: T.map(T.map(T.string)),
        computed: true,
        description: 'SPS keys of the managed objects: kind → name → key (computed by the appliance).',
      },
      secret_versions: SECRET_VERSIONS_ATTRIBUTE,
    },
  },
};

/** The `configuration` value: a document's JSON with every object's keys sorted (a stable text). */
export function configurationText(doc: JsonObject): string {
  return JSON.stringify(sortedKeys(doc));
}

/** The document a `configuration` value holds ({} for one that is not ours: then everything is read). */
export function configurationDoc(value: TfValue | undefined): JsonObject | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const doc = JSON.parse(value) as JsonValue;
    return isJsonObject(doc) ? doc : undefined;
  } catch {
    return undefined;
  }
}

/** The `document` attribute read as the CLI reads a file; a refusal names `document:line:column`. */
export function readDocumentText(
  text: string,
): { source: SourceDocument; problem?: undefined } | { source?: undefined; problem: SpsSourceError } {
  try {
    return { source: parseSourceText(text, 'document') };
  } catch (err) {
    if (err instanceof SpsSourceError) return { problem: err };
    throw err;
  }
}

export function stateValue(
  parts: {
    document: string;
    id: string;
    configuration: JsonObject;
    keys: KeyBook;
    versions: Versions;
  },
  configuration = configurationText(parts.configuration),
): TfValue {
  const keyBook = keysOf(parts.configuration, parts.keys) as Record<string, Record<string, string>>;
  return {
    document: parts.document,
    secrets: null,
    id: parts.id,
    configuration,
    keys: keyBook,
    secret_versions: versionsValue(parts.versions),
  };
}

/**
 * The document text of objects imported without a document (`terraform import … '*'`): YAML, each
 * secret the appliance holds as an `${env:…}` placeholder named as `sps export` names it.
 */
export function importedDocumentText(doc: JsonObject, secretPointers: readonly string[]): string {
  const out = structuredClone(doc);
  const objects = objectsOf(out).map((o) => ({ ...o, pointer: toPointer(o.at) }));
  for (const pointer of secretPointers) {
    const object = objects.find((o) => pointer.startsWith(o.pointer + '/'));
    const segments = pathFromPointer(pointer);
    if (!object || !segments) continue;
    const inBody = segments.slice(object.at.length);
    const name = object.name ?? object.kind.name;
    if (isJsonObject(valueAt(out, segments.slice(0, -1))))
      setAt(out, segments, `\${env:${envName(object.kind.name, name, inBody)}}`);
  }
  return stringify(out);
}

/** The prior state's objects and keys, and its `configuration` text (undefined: no prior state). */
export function priorOf(state: TfValue): (PriorState & { configuration: string }) | undefined {
  if (!isObjectValue(state)) return undefined;
  const doc = configurationDoc(state.configuration);
  if (!doc) return undefined;
  return { doc, keys: keyBookOf(state.keys), configuration: String(state.configuration) };
}

/** The document settings (allow_archive_recreate): not objects, so no plan operation says they changed. */
export function sameSettings(a: JsonObject, b: JsonObject): boolean {
  return Object.keys(DOCUMENT_SETTINGS).every((k) => jsonEqual(a[k] ?? null, b[k] ?? null));
}

/**
 * The committed state: the planned values (the document, `configuration`, the secret versions, or
 * where the plan could not know them, what the apply's plan decided), the keys the apply gave; and
 * private state: the fingerprints, and what this document declared (a field dropped from it later
 * goes back to the appliance's default).
 */
export function committedState(
  planned: TfValue,
  desired: DesiredState,
  prior: PriorState | undefined,
  applied: { result: ApplyResult; plan: Plan },
  url: string,
): { newState: TfValue; private: Buffer } {
  const p = isObjectValue(planned) ? planned : {};
  const versions =
    isObjectValue(p.secret_versions) && isWhollyKnown(p.secret_versions)
      ? versionsOf(p.secret_versions)
      : versionsAfterPlan(secretsOf(documentOf(desired)), applied.plan, {});
  const doc = withUndeclaredFields(withoutSecrets(documentOf(desired)), prior?.doc, { passThrough: true });
  const configuration = typeof p.configuration === 'string' ? p.configuration : configurationText(doc);
  const state = stateValue(
    {
      document: String(p.document),
      id: url,
      configuration: configurationDoc(configuration) ?? doc,
      keys: applied.result.keys,
      versions,
    },
    configuration,
  );
  return {
    newState: state,
    private: privateBytes({
      records: applied.result.secretRecords,
      declared: declaredRecordOf(eachObject(desired)),
    }),
  };
}
