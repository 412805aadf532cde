/**
 * Secrets a Terraform resource must not keep in its state. Typed secret attributes are write-only;
 * a secret inside a value the state keeps (a pass-through body, the text of a document) must be an
 * `${env:NAME}` placeholder, its value given in the write-only `secrets` map (or the provider's
 * environment, as the CLI reads it).
 */
import { isPassThroughName, matchPath, toPointer, type JsonObject, type KindDef } from '../../model';
import { secretPaths } from '../../model/desired-schema';
import { envPlaceholderName, objectsOf, type DocumentIssue } from '../../reconcile';
import { isObjectValue, type TfValue } from '../tf';

/** The environment `${env:NAME}` placeholders are read from: the resource's `secrets`, then the provider's. */
export function placeholderEnvironment(secrets: TfValue | undefined): NodeJS.ProcessEnv {
  const given: Record<string, string> = {};
  if (isObjectValue(secrets))
    for (const [name, value] of Object.entries(secrets)) if (typeof value === 'string') given[name] = value;
  return { ...process.env, ...given };
}

/** The values of `secrets` (for the redactor). */
export function secretsGiven(secrets: TfValue | undefined): string[] {
  return isObjectValue(secrets)
    ? Object.values(secrets).filter((v): v is string => typeof v === 'string')
    : [];
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

export const inPassThroughBodies = (kind: KindDef): boolean => isPassThroughName(kind.name);
