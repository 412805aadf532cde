/**
 * The provider's side of the placeholder rule (src/reconcile/placeholders.ts, shared with the CLI's
 * synth reader): the `secrets` attribute as the map of values it gives.
 */
import { placeholderEnvironment } from '../../reconcile/placeholders';
import { isObjectValue, type TfValue } from '../tf';

export { inPassThroughBodies, literalSecretIssues } from '../../reconcile/placeholders';

/** The values a `secrets` attribute gives, by placeholder NAME (unknown or null entries left out). */
export function secretsGiven(secrets: TfValue | undefined): Record<string, string> {
  const given: Record<string, string> = {};
  if (isObjectValue(secrets))
    for (const [name, value] of Object.entries(secrets)) if (typeof value === 'string') given[name] = value;
  return given;
}

/** The environment `${env:NAME}` placeholders are read from: the resource's `secrets`, then the provider's. */
export function secretsEnvironment(secrets: TfValue | undefined): NodeJS.ProcessEnv {
  return placeholderEnvironment(secretsGiven(secrets), process.env);
}
