/**
 * How an SpsConfiguration renders into `sps_document`: its `document` is the JSON text of the desired
 * document the sps CLI reads — collections keyed by name, singletons as objects, snake_case fields
 * (the generated bindings' own conversion, as for `sps_configuration`), references by name,
 * `pass_through` bodies as JSON objects — with every object's keys sorted and two-space indentation,
 * so a synth diff and a provider error (`document:line:column`) point at one field. Every secret is
 * the placeholder `${env:NAME}` (escaped for Terraform: `$${env:NAME}`), its value (the variable's
 * `${var.x}`) in the write-only `secrets` map: the state keeps the document text, never a secret.
 *
 * A typed object's secrets are found by the model's secret paths (HEC token, SMB passwords, the rsync
 * key), not by the construct that set them, so a secret field the model adds is covered too.
 */
import { Token } from './cdktf';
import { secretPointers, valuesAtPaths } from '../gen/model';
import { isCollectionKind, toTerraformOf } from './kinds';
import type { PassThroughObject } from './pass-through-object';
import { bodyWithPlaceholders, passThroughSection, renderSecrets } from './pass-through-render';
import { placeholderJson, placeholderName } from './pass-through-secrets';
import type { SpsManagedObject } from './sps-object';
import { replacedAt, terraformJson } from './terraform-json';

export interface DocumentContent {
  /** The managed objects, each checked by its SpsConfiguration. */
  readonly objects: readonly SpsManagedObject[];
  readonly passThrough: readonly PassThroughObject[];
  readonly allowArchiveRecreate: boolean;
}

export interface RenderedDocument {
  /** The document's JSON text, tokens as Terraform interpolations (see terraform-json.ts). */
  readonly document: string;
  /** Placeholder NAME → the secret as its SpsSecret renders (`${var.x}`); undefined without any. */
  readonly secrets: Record<string, string> | undefined;
}

export function renderDocument(content: DocumentContent): RenderedDocument {
  const doc: Record<string, unknown> = {};
  const secrets: Record<string, string> = {};
  // written only when set: the document's own default is false, as the CLI reads it
  if (content.allowArchiveRecreate) doc.allow_archive_recreate = true;
  for (const object of content.objects) {
    const collection = isCollectionKind(object.kind);
    const { body, found } = withSecretPlaceholders(object, collection);
    Object.assign(secrets, found);
    if (collection) ((doc[object.kind] ??= {}) as Record<string, unknown>)[object.name] = body;
    else doc[object.kind] = body;
  }
  const passThrough = passThroughSection(content.passThrough, bodyWithPlaceholders);
  if (passThrough) doc.pass_through = passThrough;
  Object.assign(secrets, renderSecrets(content.passThrough));
  return {
    document: terraformJson(doc, { indent: 2, sortKeys: true }),
    secrets: Object.keys(secrets).length ? secrets : undefined,
  };
}

/** The object's body with each secret the model knows there replaced by its placeholder. */
function withSecretPlaceholders(
  object: SpsManagedObject,
  collection: boolean,
): { body: unknown; found: Record<string, string> } {
  let body: unknown = toTerraformOf(object.kind)(object._toSps());
  const found: Record<string, string> = {};
  // a tokenized name is known only to Terraform: the construct path names the object instead
  const name = Token.isUnresolved(object.name) ? object.node.path : object.name;
  const identity = collection ? [object.kind, name] : [object.kind];
  for (const { pointer, value } of valuesAtPaths(body as object, secretPointers(object.kind))) {
    if (value === undefined || value === null) continue; // not set (an anonymous SMB share)
    const placeholder = placeholderName(identity, pointer);
    found[placeholder] = value as string;
    body = replacedAt(body, pointer, placeholderJson(placeholder));
  }
  return { body, found };
}
