/**
 * cdktf synth output (`cdk.tf.json`) as a desired document, read as Terraform and the provider read
 * it: the one `resource.sps_configuration.<id>`, its Terraform meta-arguments and computed attributes
 * (`id`, `keys`, `secret_versions`) dropped, every string evaluated as a Terraform template
 * (`${var.NAME}` from `TF_VAR_NAME`), then the Terraform form decoded by the model's codec (each
 * pass-through body is a JSON string). The write-only `secrets` map gives the values of the
 * `${env:NAME}` placeholders before the environment does, and a secret written into a pass-through
 * body (which Terraform would keep in its state) is refused, as the provider refuses it.
 */
import { fromTerraformForm, toPointer, type JsonObject, type JsonValue } from '../model';
import {
  inPassThroughBodies,
  literalSecretIssues,
  placeholderEnvironment,
  type DocumentIssue,
} from '../reconcile';
import { SpsCliError } from './errors';
import type { Output } from './io';
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
const COMPUTED_KEYS = new Set(['id', 'keys', 'secret_versions']);
const SECRETS = 'secrets';

export interface SynthDocument {
  /** The resource's id: its attributes are at `/resource/sps_configuration/<id>` in the file. */
  readonly id: string;
  /** The desired document (pass-through bodies decoded). */
  readonly document: JsonObject;
  /** Where `${env:NAME}` placeholders are read: the resource's `secrets`, then the environment. */
  readonly env: NodeJS.ProcessEnv;
  /** What the document says that Terraform would refuse (issue paths in the document). */
  readonly issues: DocumentIssue[];
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
  locateIn: (pointer: string) => { line: number; column: number } | undefined,
): SynthDocument {
  const resources = (raw.resource as JsonObject | undefined)?.sps_configuration as JsonObject | undefined;
  const id = chooseResource(Object.keys(resources ?? {}).sort(), shown, wanted);

  const attributes: JsonObject = {};
  let secrets: JsonValue | undefined;
  for (const [k, v] of Object.entries(resources![id] as JsonObject)) {
    if (k === SECRETS) secrets = v;
    else if (!META_KEYS.has(k) && !COMPUTED_KEYS.has(k)) attributes[k] = v;
  }
  const ctx: TemplateContext = {
    variables: isObject(raw.variable) ? (raw.variable as TemplateContext['variables']) : {},
    env,
    onSecret: (value) => out.secrets.add(value),
  };
  const problems: DocumentIssue[] = [];
  const evaluated = evaluateStrings(attributes, '', ctx, problems) as JsonObject;
  const given = secretsGiven(
    secrets === undefined ? undefined : evaluateStrings(secrets, `/${SECRETS}`, ctx, problems),
    problems,
  );
  if (problems.length) {
    throw new SpsCliError(
      'SPS_CLI_INPUT',
      `${shown} (resource.sps_configuration.${id}) cannot be used:\n` +
        problems.map((i) => `  ${i.path}: ${i.message}`).join('\n'),
      problems.map((i) => {
        const pos = locateIn(`/resource/sps_configuration/${id}${i.path}`);
        return pos ? { ...i, line: pos.line, column: pos.column } : i;
      }),
      shown,
    );
  }
  // secrets given literally (SpsSecret.unsafePlainText) are as secret as the variables' values
  for (const value of Object.values(given)) out.secrets.add(value);
  const document = fromTerraformForm(evaluated);
  return {
    id,
    document,
    env: placeholderEnvironment(given, env),
    issues: literalSecretIssues(document, inPassThroughBodies, 'a pass-through body'),
  };
}

function chooseResource(ids: string[], shown: string, wanted: string | undefined): string {
  if (ids.length === 0)
    throw new SpsCliError(
      'SPS_CLI_INPUT',
      `${shown} has no resource.sps_configuration (is this the synth output of an SPS stack?)`,
    );
  if (wanted !== undefined) {
    if (!ids.includes(wanted))
      throw new SpsCliError(
        'SPS_CLI_INPUT',
        `${shown} has no sps_configuration "${wanted}" (it has: ${ids.join(', ')})`,
      );
    return wanted;
  }
  if (ids.length > 1)
    throw new SpsCliError(
      'SPS_CLI_INPUT',
      `${shown} has ${ids.length} sps_configuration resources (${ids.join(', ')}); choose one with --resource`,
    );
  return ids[0];
}

/** The `secrets` map: placeholder NAME → value, every value a string. */
function secretsGiven(value: JsonValue | undefined, problems: DocumentIssue[]): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isObject(value)) {
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

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
