/**
 * Import IDs of the appliance resources: `*` (every managed kind), or a list such as
 * `audit_policies/pci,backup_policies/nightly,vnc_options,ssh/connections/ops-gw`. A part that is not a
 * typed kind is an endpoint of the appliance (every object of a collection, a singleton) or
 * `<endpoint>/<name>`; the appliance says which.
 */
import { SpsApiError, type SpsClient } from '../../client';
import {
  CONFIGURATION_ROOT,
  MANAGED_KINDS,
  KindSet,
  READ_ONLY_ENDPOINTS,
  isTypedKindName,
  kindOf,
  passThroughKind,
  passThroughRefusal,
  type JsonObject,
  type KindDef,
  type KindName,
} from '../../model';
import { kindsToRead, readLive, type KeyBook } from '../../reconcile';
import type { Diagnostics } from '../tf';
import { importedDocument, liveKeys } from './document';

export type Selection = Map<KindName, string[] | '*'>;

const USAGE =
  'Use "*", a list such as "audit_policies/pci,vnc_options", or an endpoint such as "ssh/connections/<name>".';

/** The objects an import ID names, or undefined (with an error) when it names nothing importable. */
export async function selectionOf(
  id: string,
  client: SpsClient,
  diags: Diagnostics,
): Promise<{ selection: Selection; kinds: KindSet } | undefined> {
  const passThrough: string[] = [];
  const selection = parseTypedParts(id, diags, passThrough);
  if (!selection) return undefined;
  const probed: KindDef[] = [];
  for (const part of passThrough) {
    try {
      probed.push(await selectPassThrough(client, part, selection));
    } catch (err) {
      if (!(err instanceof SpsApiError && err.status === 404)) throw err;
      diags.addError(
        'Invalid import ID',
        `"${part}" is neither a managed SPS kind nor a configuration endpoint of this appliance (404). ${USAGE}`,
      );
      return undefined;
    }
  }
  return { selection, kinds: new KindSet(probed) };
}

function parseTypedParts(id: string, diags: Diagnostics, passThrough: string[]): Selection | undefined {
  const selection: Selection = new Map();
  const parts =
    id.trim() === '*'
      ? MANAGED_KINDS.map((k) => k.name)
      : id
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean);
  for (const part of parts) {
    const [kind, name] = part.split('/', 2);
    // not a typed kind: an endpoint, which the appliance is asked about
    if (!isTypedKindName(kind) && name !== undefined) {
      passThrough.push(part);
      continue;
    }
    if (!isTypedKindName(kind) || !kindOf(kind).managed) {
      diags.addError('Invalid import ID', `"${kind}" is not a managed SPS kind. ${USAGE}`);
      return undefined;
    }
    const def = kindOf(kind);
    if (def.shape !== 'collection' || name === undefined) selection.set(kind, '*');
    else {
      const prev = selection.get(kind);
      selection.set(kind, prev === '*' ? '*' : [...(prev ?? []), name]);
    }
  }
  return selection;
}

/**
 * A pass-through part: an endpoint (every object of a collection, or a singleton) or
 * `<endpoint>/<name>` (a 404 for the whole path means its last segment is a name).
 */
async function selectPassThrough(client: SpsClient, part: string, selection: Selection): Promise<KindDef> {
  const probe = async (endpoint: string) => {
    const refusal = passThroughRefusal(endpoint);
    if (refusal && !READ_ONLY_ENDPOINTS.has(endpoint))
      throw new Error(`Invalid import ID "${part}": ${refusal}`);
    return passThroughKind(endpoint, { shape: await client.shapeAt(`${CONFIGURATION_ROOT}/${endpoint}`) });
  };
  let kind;
  try {
    kind = await probe(part);
  } catch (err) {
    if (!(err instanceof SpsApiError && err.status === 404) || part.split('/').length < 3) throw err;
  }
  if (kind) {
    selection.set(kind.name, '*');
    return kind;
  }
  const cut = part.lastIndexOf('/');
  const collection = await probe(part.slice(0, cut));
  const prev = selection.get(collection.name);
  selection.set(collection.name, prev === '*' ? '*' : [...(prev ?? []), part.slice(cut + 1)]);
  return collection;
}

/** An error per named object the appliance does not have. */
export function reportMissing(
  selection: Selection,
  kinds: KindSet,
  present: (kind: KindName, name: string) => boolean,
  diags: Diagnostics,
): void {
  for (const [kind, names] of selection)
    for (const n of names === '*' ? [] : names)
      if (!present(kind, n))
        diags.addError('Object not found', `${kinds.of(kind).title} "${n}" does not exist on the appliance.`);
}

/**
 * What an import by selection adopts: every field the model knows of the objects the ID names, the
 * pointers of the secrets the appliance holds (at version 1: what is there now), and their keys.
 * Undefined (with an error) when the ID names nothing importable or an object that does not exist.
 */
export async function importSelection(
  client: SpsClient,
  id: string,
  diags: Diagnostics,
): Promise<{ doc: JsonObject; versions: Record<string, string>; keys: KeyBook } | undefined> {
  const selected = await selectionOf(id, client, diags);
  if (!selected) return undefined;
  const { selection, kinds } = selected;
  const live = await readLive(client, kindsToRead(selection.keys(), kinds));
  reportMissing(selection, kinds, (kind, name) => live.objects.get(kind)?.has(name) === true, diags);
  if (diags.hasError()) return undefined;
  const imported = importedDocument(live, selection, kinds);
  const versions = Object.fromEntries(imported.secrets.map((p) => [p, '1']));
  return { doc: imported.doc, versions, keys: liveKeys(live) };
}
