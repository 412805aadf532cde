/**
 * `${env:NAME}` placeholders where a Terraform configuration would otherwise hold a secret in a value
 * Terraform keeps in its state (a pass-through body is a JSON string of the resource): the value
 * comes from the resource's write-only `secrets` map, else from the environment. One rule for every
 * reader of a Terraform configuration: the provider, and the CLI reading cdktf synth output, so
 * `sps validate|plan` of a stack accepts and refuses what `terraform plan` does.
 */
import { matchPath, toPointer, type JsonObject, type KindDef } from '../model';
import { secretPaths } from '../model/desired-schema';
import { envPlaceholderName, objectsOf } from './document';
import type { DocumentIssue } from './errors';

/**
 * The environment `${env:NAME}` placeholders are read from: the values `given` (the resource's
 * `secrets`) first, then `env` (the process's: the provider's, or the CLI's).
 */
export function placeholderEnvironment(
  given: Readonly<Record<string, string>>,
  env: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv {
  return { ...env, ...given };
}

/**
 * Secrets written out where the state would keep them: every secret path of the kinds `kept` says
 * (pass-through bodies; every kind, for a document the state holds whole) must hold a placeholder.
 */
export function literalSecretIssues(
  doc: JsonObject,
  kept: (kind: KindDef) => boolean,
  where: string,
): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  for (const { kind, at, body } of objectsOf(doc)) {
    if (!kept(kind)) continue;
    for (const path of secretPaths(kind))
      for (const m of matchPath(body, path))
        if (typeof m.value === 'string' && envPlaceholderName(m.value) === undefined)
          issues.push({
            path: toPointer([...at, ...m.segments]),
            message: `is a secret written into ${where}, which Terraform keeps in its state: write \${env:NAME} here and give its value in secrets = { NAME = … } (a write-only argument)`,
          });
  }
  return issues;
}

/** The kinds whose bodies a `sps_configuration` keeps as JSON strings in its state: the open ones. */
export const inPassThroughBodies = (kind: KindDef): boolean => kind.open;
