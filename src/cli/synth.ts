/**
 * cdktf synth output (`cdk.tf.json`) as a desired document, read as Terraform and the provider read
 * it. The one SPS resource of the file — `resource.sps_configuration.<id>` or
 * `resource.sps_document.<id>` (`--resource` chooses among several) — its Terraform meta-arguments
 * and computed attributes dropped, every string evaluated as a Terraform template (`${var.NAME}`
 * from `TF_VAR_NAME`):
 * - `sps_configuration`: its attributes are the document in Terraform form, decoded by the model's
 *   codec (each pass-through body is a JSON string);
 * - `sps_document`: its `document` string is the document, read by the strict reader (see
 *   synth-document.ts for the positions its findings name).
 * The write-only `secrets` map gives the values of the `${env:NAME}` placeholders before the
 * environment does, and a secret written where Terraform would keep it in its state (a pass-through
 * body; anywhere in a document) is refused, as the provider refuses it.
 */
import { fromTerraformForm, isJsonObject, toPointer, type JsonObject, type JsonValue } from '../model';
import {
  inPassThroughBodies,
  issueLines,
  literalSecretIssues,
  placeholderEnvironment,
  type DocumentIssue,
} from '../reconcile';
import type { Position } from '../source';
import { SpsCliError } from './errors';
import type { Output } from './io';
import { readEmbeddedDocument, type PlacedProblem } from './synth-document';
import { evaluateStrings, type TemplateContext } from './terraform-template';

const META_KEYS = new Set([
  '//',
  'provider',
  'depends_on',
  'lifecycle',
  'count',
  'for_each',
  'provisioner',
  'connection',
]);
/** Attributes the provider computes: whatever a synth output says of them is not desired state. */
const COMPUTED_KEYS = new Set(['id', 'keys', 'secret_versions', 'configuration']);
const SECRETS = 'secrets';
const DOCUMENT = 'document';
export const SPS_RESOURCE_TYPES = ['sps_configuration', 'sps_document'] as const;
export type SpsResourceTypeName = (typeof SPS_RESOURCE_TYPES)[number];

export interface SynthDocument {
  /** The resource read: its attributes are at `/resource/<type>/<id>` in the file. */
  readonly type: SpsResourceTypeName;
  readonly id: string;
  /** The desired document (pass-through bodies decoded). */
  readonly document: JsonObject;
  /** Where `${env:NAME}` placeholders are read: the resource's `secrets`, then the environment. */
  readonly env: NodeJS.ProcessEnv;
  /** What the document says that Terraform would refuse (issue paths in the document). */
  readonly issues: DocumentIssue[];
  /** Where the value at a JSON pointer of the document is in the file. */
  readonly locate: (pointer: string) => Position | undefined;
}

export function isSynthOutput(raw: unknown): boolean {
  return (
    typeof raw === 'object' &&
    raw !== null &&
    !Array.isArray(raw) &&
    ('resource' in raw || 'terraform' in raw)
  );
}

export function fromSynth(
  raw: JsonObject,
  shown: string,
  wanted: string | undefined,
  env: NodeJS.ProcessEnv,
  out: Output,
  locateIn: (pointer: string) => Position | undefined,
): SynthDocument {
  const { type, id } = chooseResource(raw.resource, shown, wanted);
  const prefix = `/resource/${type}/${id}`;
  const attributes: JsonObject = {};
  let secrets: JsonValue | undefined;
  const entry = ((raw.resource as JsonObject)[type] as JsonObject)[id];
  if (!isJsonObject(entry))
    throw new SpsCliError('SPS_CLI_INPUT', `${shown}: resource.${type}.${id} is not an object of attributes`);
  for (const [k, v] of Object.entries(entry)) {
    if (k === SECRETS) secrets = v;
    else if (!META_KEYS.has(k) && !COMPUTED_KEYS.has(k)) attributes[k] = v;
  }
  const ctx: TemplateContext = {
    variables: isJsonObject(raw.variable) ? (raw.variable as TemplateContext['variables']) : {},
    env,
    onSecret: (value) => out.secrets.add(value),
  };
  const problems: PlacedProblem[] = [];
  const read =
    type === 'sps_document'
      ? documentOf(attributes, ctx, problems, (p) => locateIn(prefix + p))
      : configurationOf(attributes, ctx, problems, (p) => locateIn(prefix + p));
  const given = secretsGiven(
    secrets === undefined ? undefined : evaluateStrings(secrets, `/${SECRETS}`, ctx, problems),
    problems,
  );
  if (problems.length || !read) {
    const located = problems.map((i) => {
      if (i.line !== undefined) return i;
      const pos = locateIn(prefix + i.path);
      return pos ? { ...i, line: pos.line, column: pos.column } : i;
    });
    throw new SpsCliError(
      'SPS_CLI_INPUT',
      `${shown} (resource.${type}.${id}) cannot be used:\n${issueLines(located, shown)}`,
      located,
      shown,
    );
  }
  // secrets given literally (SpsSecret.unsafePlainText) are as secret as the variables' values
  for (const value of Object.values(given)) out.secrets.add(value);
  const kept = type === 'sps_document' ? () => true : inPassThroughBodies;
  return {
    type,
    id,
    document: read.document,
    env: placeholderEnvironment(given, env),
    issues: isJsonObject(read.document)
      ? literalSecretIssues(
          read.document,
          kept,
          type === 'sps_document' ? 'the document' : 'a pass-through body',
        )
      : [],
    locate: read.locate,
  };
}

type Read = { document: JsonObject; locate: (pointer: string) => Position | undefined } | undefined;

/** sps_configuration: the attributes are the document in Terraform form. */
function configurationOf(
  attributes: JsonObject,
  ctx: TemplateContext,
  problems: PlacedProblem[],
  locate: (pointer: string) => Position | undefined,
): Read {
  const evaluated = evaluateStrings(attributes, '', ctx, problems) as JsonObject;
  // an issue inside a pass-through body is placed at its JSON string (the nearest value the file has)
  return { document: fromTerraformForm(evaluated), locate };
}

/** sps_document: the `document` string is the document; nothing else is an argument. */
function documentOf(
  attributes: JsonObject,
  ctx: TemplateContext,
  problems: PlacedProblem[],
  locate: (pointer: string) => Position | undefined,
): Read {
  for (const k of Object.keys(attributes))
    if (k !== DOCUMENT)
      problems.push({
        path: toPointer([k]),
        message: `is not an argument of sps_document (it takes document and secrets)`,
      });
  const embedded = readEmbeddedDocument(attributes[DOCUMENT], locate(`/${DOCUMENT}`), ctx, problems);
  if (!embedded) return undefined;
  // a document that is not an object is the model's to name, as for a file
  return { document: embedded.value as JsonObject, locate: embedded.locate };
}

/** The SPS resource of the synth output: the only one, or the one `wanted` names (`id` or `type.id`). */
function chooseResource(
  resources: JsonValue | undefined,
  shown: string,
  wanted: string | undefined,
): { type: SpsResourceTypeName; id: string } {
  const found = SPS_RESOURCE_TYPES.flatMap((type) => {
    const ofType = isJsonObject(resources) ? resources[type] : undefined;
    return isJsonObject(ofType)
      ? Object.keys(ofType)
          .sort()
          .map((id) => ({ type, id }))
      : [];
  });
  const names = found.map((r) => `${r.type}.${r.id}`).join(', ');
  if (found.length === 0)
    throw new SpsCliError(
      'SPS_CLI_INPUT',
      `${shown} has no resource.sps_configuration or resource.sps_document (is this the synth output of an SPS stack?)`,
    );
  if (wanted !== undefined) {
    const matches = found.filter((r) => r.id === wanted || `${r.type}.${r.id}` === wanted);
    if (matches.length === 0)
      throw new SpsCliError('SPS_CLI_INPUT', `${shown} has no SPS resource "${wanted}" (it has: ${names})`);
    if (matches.length > 1)
      throw new SpsCliError(
        'SPS_CLI_INPUT',
        `${shown} has ${matches.length} resources named "${wanted}" (${matches.map((r) => `${r.type}.${r.id}`).join(', ')}); choose one with --resource TYPE.ID`,
      );
    return matches[0];
  }
  if (found.length > 1)
    throw new SpsCliError(
      'SPS_CLI_INPUT',
      `${shown} has ${found.length} SPS resources (${names}); choose one with --resource`,
    );
  return found[0];
}

/** The `secrets` map: placeholder NAME → value, every value a string. */
function secretsGiven(value: JsonValue | undefined, problems: PlacedProblem[]): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isJsonObject(value)) {
    problems.push({ path: `/${SECRETS}`, message: 'must be a map of strings (placeholder name → value)' });
    return {};
  }
  const out: Record<string, string> = {};
  for (const [name, v] of Object.entries(value)) {
    if (typeof v === 'string') out[name] = v;
    else problems.push({ path: toPointer([SECRETS, name]), message: 'must be a string' });
  }
  return out;
}
