/**
 * How an SpsConfiguration's SpsObjects render into its `sps_configuration` resource: `pass_through`
 * (per endpoint, bodies as JSON strings, what the Terraform schema holds) and the write-only
 * `secrets` that fill their placeholders. Sensitive paths are per endpoint on the appliance's side,
 * so a path one object declares is sensitive in every object of its endpoint, and checked so.
 */
import type { SpsObject } from './pass-through';
import { secretPlacementProblems } from './pass-through-secrets';

type EndpointSpec = { sensitive_paths?: string[]; objects?: Record<string, string>; singleton?: string };

/** `pass_through`, sorted by endpoint and name; undefined without objects. */
export function renderPassThrough(objects: readonly SpsObject[]): Record<string, EndpointSpec> | undefined {
  if (objects.length === 0) return undefined;
  const out: Record<string, EndpointSpec> = {};
  for (const o of sorted(objects)) {
    const entry = (out[o.endpoint] ??= {});
    const paths = sensitivePathsOf(objects, o.endpoint);
    if (paths.length) entry.sensitive_paths = paths;
    // tokens inside render as Terraform interpolations within the JSON string, secrets as placeholders
    const body = JSON.stringify(o._renderedBody());
    if (o.name === undefined) entry.singleton = body;
    else (entry.objects ??= {})[o.name] = body;
  }
  return out;
}

/** `secrets`: each body secret by its placeholder name, as SpsSecrets render (`${var.x}`); undefined without any. */
export function renderSecrets(objects: readonly SpsObject[]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const o of sorted(objects)) for (const s of o._secrets()) out[s.name] = s.secret._render();
  return Object.keys(out).length ? out : undefined;
}

/** A plain value at a path another object of the same endpoint declares sensitive, named by its construct path. */
export function endpointSecretProblems(objects: readonly SpsObject[]): string[] {
  const problems: string[] = [];
  for (const o of objects) {
    const paths = sensitivePathsOf(objects, o.endpoint);
    if (paths.length === o.sensitivePaths.length) continue; // its own, checked at construction
    for (const p of secretPlacementProblems(o.body, o._secrets(), paths))
      problems.push(
        `${o.node.path}: ${p} (sensitive paths are per endpoint: ${o.endpoint} declares ${paths.join(', ')})`,
      );
  }
  return problems;
}

function sensitivePathsOf(objects: readonly SpsObject[], endpoint: string): string[] {
  const paths = new Set(objects.filter((o) => o.endpoint === endpoint).flatMap((o) => o.sensitivePaths));
  return [...paths].sort();
}

/** By endpoint and name, in code-unit order (locale-independent: the same output everywhere). */
function sorted(objects: readonly SpsObject[]): SpsObject[] {
  const key = (o: SpsObject): string => `${o.endpoint}/${o.name ?? ''}`;
  return [...objects].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
