/**
 * Live configuration → a desired-state document that plans as "no change" when fed back. Only
 * fields the model knows are emitted (the appliance's own fields are kept by partial ownership, and
 * the document schema would refuse them). Secrets never leave the appliance through this path: each
 * one set becomes an `${env:NAME}` reference and the variable names are returned, so a pipeline can
 * supply them; an empty one (a fresh appliance's disabled forwarder) is left out, not required.
 */
import { MANAGED_KINDS, knownView, matchPath, toPointer, type JsonObject, type KindDef } from '../model';
import type { SpsClient } from '../client';
import { namesForReferences } from './compare';
import { secretPaths } from './desired';
import { kindsToRead, readLive } from './live';

export interface ExportResult {
  readonly document: JsonObject;
  /** Environment variables the document refers to for secrets, with where each one is used. */
  readonly secrets: readonly { variable: string; path: string }[];
}

export async function exportLive(
  client: SpsClient,
  kinds: readonly KindDef[] = MANAGED_KINDS,
): Promise<ExportResult> {
  const live = await readLive(client, kindsToRead(kinds.map((k) => k.name)));
  const document: JsonObject = {};
  const secrets: { variable: string; path: string }[] = [];
  for (const kind of kinds) {
    const objects = live.objects.get(kind.name);
    if (!objects) continue;
    const exported = (name: string, at: string[], body: JsonObject): JsonObject => {
      const out = namesForReferences(kind, knownView(kind.schema, body) as JsonObject, live.namesByKey);
      for (const path of secretPaths(kind)) {
        for (const m of matchPath(out, path)) {
          let node: JsonObject = out;
          for (const s of m.segments.slice(0, -1)) node = node[s] as JsonObject;
          if (m.value === '' || m.value === null) {
            delete node[m.segments[m.segments.length - 1]];
            continue;
          }
          const variable = envName(kind.name, name, m.segments);
          secrets.push({ variable, path: toPointer([...at, ...m.segments]) });
          node[m.segments[m.segments.length - 1]] = `\${env:${variable}}`;
        }
      }
      delete out.name;
      return out;
    };
    if (kind.shape === 'collection') {
      const map: JsonObject = {};
      for (const [name, obj] of [...objects].sort(([a], [b]) => a.localeCompare(b)))
        map[name] = exported(name, [kind.name, name], obj.body);
      document[kind.name] = map;
    } else {
      const obj = objects.get(kind.name);
      if (obj) document[kind.name] = exported(kind.name, [kind.name], obj.body);
    }
  }
  return { document, secrets };
}

/** `SPS_SECRET_BACKUP_POLICIES_NIGHTLY_TARGET_AUTH_KEY` */
export function envName(kind: string, name: string, segments: readonly string[]): string {
  return ['SPS_SECRET', kind, name, ...segments]
    .join('_')
    .toUpperCase()
    .replace(/[^A-Z0-9_]/g, '_');
}
