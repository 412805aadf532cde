/**
 * How an SpsConfiguration's SpsObjects render: `pass_through` (per endpoint; each body as JSON text in
 * `sps_configuration`, what its Terraform schema holds, or as a JSON object inside `sps_document`'s
 * document) and the write-only `secrets` that fill their placeholders. Sensitive paths are per
 * endpoint on the appliance's side, so a path one object declares is sensitive in every object of its
 * endpoint, and checked so.
 */
import type { PassThroughObject } from './pass-through-object';
import { placeholderJson, secretPlacementProblems } from './pass-through-secrets';
import { replacedAt, terraformJson } from './terraform-json';

type EndpointSpec<B> = { sensitive_paths?: string[]; objects?: Record<string, B>; singleton?: B };

/** `pass_through` of `sps_configuration`: bodies as JSON text (tokens as Terraform interpolations). */
export function renderPassThrough(
  objects: readonly PassThroughObject[],
): Record<string, EndpointSpec<string>> | undefined {
  return passThroughSection(objects, (o) => terraformJson(bodyWithPlaceholders(o)));
}

/**
 * `pass_through`, sorted by endpoint and name, each body as `body` renders it; undefined without
 * objects.
 */
export function passThroughSection<B>(
  objects: readonly PassThroughObject[],
  body: (o: PassThroughObject) => B,
): Record<string, EndpointSpec<B>> | undefined {
  if (objects.length === 0) return undefined;
  const out: Record<string, EndpointSpec<B>> = {};
  for (const o of sorted(objects)) {
    const entry = (out[o.endpoint] ??= {});
    const paths = sensitivePathsOf(objects, o.endpoint);
    if (paths.length) entry.sensitive_paths = paths;
    if (o.name === undefined) entry.singleton = body(o);
    else (entry.objects ??= {})[o.name] = body(o);
  }
  return out;
}

/** The body to render: each secret as its escaped `${env:NAME}` placeholder (JSON text). */
export function bodyWithPlaceholders(o: PassThroughObject): unknown {
  let body: unknown = o._renderedBody();
  for (const s of o._secrets()) body = replacedAt(body, s.pointer, placeholderJson(s.name));
  return body;
}

/** `secrets`: each body secret by its placeholder name, as SpsSecrets render (`${var.x}`); undefined without any. */
export function renderSecrets(objects: readonly PassThroughObject[]): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const o of sorted(objects)) for (const s of o._secrets()) out[s.name] = s.secret._render();
  return Object.keys(out).length ? out : undefined;
}

/** A plain value at a path another object of the same endpoint declares sensitive, named by its construct path. */
export function endpointSecretProblems(objects: readonly PassThroughObject[]): string[] {
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

function sensitivePathsOf(objects: readonly PassThroughObject[], endpoint: string): string[] {
  const paths = new Set(objects.filter((o) => o.endpoint === endpoint).flatMap((o) => o.sensitivePaths));
  return [...paths].sort();
}

/** By endpoint and name, in code-unit order (locale-independent: the same output everywhere). */
function sorted(objects: readonly PassThroughObject[]): PassThroughObject[] {
  const key = (o: PassThroughObject): string => `${o.endpoint}/${o.name ?? ''}`;
  return [...objects].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
