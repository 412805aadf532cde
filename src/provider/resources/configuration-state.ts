/**
 * A stored `sps_configuration` state of any schema version, in document terms: what UpgradeResourceState
 * gives Terraform, and what a `moved` block hands to `sps_document`.
 *   0 → 1: short-form fields (an rsync host_key) were held in the appliance's long form;
 *   1 → 2: a `false` timestamping_enabled was the model's default, filled where the configuration
 *          left it unset (kept, it would plan `false -> null` once for every such policy);
 *   2 → 3: secrets were state; now each one present is version 1 of a write-only value, and its
 *          fingerprint (private state, kept as it is) still tells a rotation from the same value.
 */
import { isJsonObject, type JsonObject } from '../../model';
import type { KeyBook } from '../../reconcile';
import { schemaType, type TfValue } from '../tf';
import { keyBookOf, toShortForms, upgradeShortForms } from './document';
import { configurationDoc } from './document-values';
import { RESOURCE_SCHEMA_VERSION, configurationSchema } from './schema-from-model';
import { initialVersions, secretsOf, versionsOf, withoutSecrets, type Versions } from './secret-versions';
import { fromJson, tfToDocument } from './values';

export interface ConfigurationState {
  /** The managed objects (no secret), pass-through bodies decoded, short forms as Terraform holds them. */
  readonly doc: JsonObject;
  readonly id: string;
  readonly keys: KeyBook;
  readonly versions: Versions;
}

const schema = configurationSchema();

/** Undefined for a version newer than this provider's. */
export function configurationStateOf(raw: unknown, fromVersion: number): ConfigurationState | undefined {
  if (fromVersion > RESOURCE_SCHEMA_VERSION || fromVersion < 0 || !isJsonObject(raw as never))
    return undefined;
  const stored = raw as JsonObject;
  let doc = tfToDocument(fromJson(stored, schemaType(schema)), schema);
  if (fromVersion === 0) doc = upgradeShortForms(doc);
  if (fromVersion <= 1) doc = withoutFilledTimestamping(doc);
  const versions =
    fromVersion <= 2 ? initialVersions(secretsOf(doc)) : versionsOf(stored.secret_versions as TfValue);
  return { doc: withoutSecrets(doc), id: String(stored.id ?? ''), keys: keyBookOf(stored.keys), versions };
}

/** An sps_document state as sps_configuration's (a `moved` block): the same objects, keys and versions. */
export function stateFromDocument(source: unknown): ConfigurationState {
  const stored = (isJsonObject(source as never) ? source : {}) as JsonObject;
  const doc = configurationDoc(stored.configuration as TfValue) ?? {};
  return {
    doc: toShortForms(doc, undefined),
    id: String(stored.id ?? ''),
    keys: keyBookOf(stored.keys),
    versions: versionsOf(stored.secret_versions as TfValue),
  };
}

function withoutFilledTimestamping(doc: JsonObject): JsonObject {
  const policies = doc.audit_policies;
  if (!isJsonObject(policies)) return doc;
  const out: JsonObject = {};
  for (const [name, body] of Object.entries(policies))
    out[name] =
      isJsonObject(body) && body.timestamping_enabled === false
        ? { ...body, timestamping_enabled: null }
        : body;
  return { ...doc, audit_policies: out };
}
