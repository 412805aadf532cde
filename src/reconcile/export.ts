/**
 * Live configuration → a desired-state document that plans as "no change" when fed back (built by
 * document.ts, as Terraform's import is). Only fields the model knows are emitted. Secrets never
 * leave the appliance through this path: each one set becomes an `${env:NAME}` reference and the
 * variable names are returned, so a pipeline can supply them; an empty one (a fresh appliance's
 * disabled forwarder) is left out, not required.
 */
import {
  CONFIGURATION_ROOT,
  KindSet,
  MANAGED_KINDS,
  passThroughKind,
  secretLookingPaths,
  toPointer,
  type JsonObject,
  type KindDef,
  type KindName,
} from '../model';
import type { SpsClient } from '../client';
import { documentFromLive } from './document-live';
import { kindsToRead, readLive, type LiveState } from './live';

export interface ExportResult {
  readonly document: JsonObject;
  /** Environment variables the document refers to for secrets, with where each one is used. */
  readonly secrets: readonly { variable: string; path: string }[];
}

/**
 * Pass-through endpoints (`ssh/connections`) are probed for their shape first; references in them
 * become `$ref`s by name where the target kind is read too, by key otherwise. The model knows none
 * of their fields, so what looks like a secret (`bind_password`, a PEM private key, a masked value)
 * is declared a sensitive path of the endpoint and exported as an `${env:NAME}` like any secret.
 */
export async function exportLive(
  client: SpsClient,
  typed: readonly KindDef[] = MANAGED_KINDS,
  endpoints: readonly string[] = [],
): Promise<ExportResult> {
  const passThrough = await Promise.all(
    endpoints.map(async (e) =>
      passThroughKind(e, { shape: await client.shapeAt(`${CONFIGURATION_ROOT}/${e}`) }),
    ),
  );
  const kinds = [...typed, ...passThrough];
  const live = await readLive(
    client,
    kindsToRead(
      kinds.map((k) => k.name),
      new KindSet(passThrough),
    ),
  );
  const set = new KindSet(passThrough.map((k) => withSecretLookingPaths(k, live)));
  const secrets: { variable: string; path: string }[] = [];
  const select = new Map<KindName, '*'>(kinds.map((k) => [k.name, '*']));
  const document = documentFromLive(
    live,
    select,
    ({ kind, name, segments, value }) => {
      if (value === '' || value === null) return undefined;
      const variable = envName(kind.name, name, segments);
      const at = [...kind.documentAt(kind.shape === 'collection' ? name : undefined), ...segments];
      secrets.push({ variable, path: toPointer(at) });
      return `\${env:${variable}}`;
    },
    set,
  );
  return { document, secrets };
}

/** A pass-through endpoint's kind with the fields of its live objects that look like secrets marked sensitive. */
function withSecretLookingPaths(kind: KindDef, live: LiveState): KindDef {
  const bodies = [...(live.objects.get(kind.name)?.values() ?? [])].map((o) => o.serverBody);
  const sensitive = secretLookingPaths(bodies);
  const shape = kind.shape === 'singleton' ? 'singleton' : 'collection';
  return sensitive.length ? passThroughKind(kind.name, { shape, sensitive }) : kind;
}

/** `SPS_SECRET_BACKUP_POLICIES_NIGHTLY_TARGET_AUTH_KEY` */
export function envName(kind: string, name: string, segments: readonly string[]): string {
  return ['SPS_SECRET', kind, name, ...segments]
    .join('_')
    .toUpperCase()
    .replace(/[^A-Z0-9_]/g, '_');
}
