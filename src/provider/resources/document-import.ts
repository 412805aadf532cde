/**
 * Where an `sps_document` state comes from other than an apply: an import by document file (the
 * one the configuration reads with file()), or a `moved` block from `sps_configuration`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SpsClient } from '../../client';
import {
  documentOf,
  kindsToRead,
  objectsOf,
  parseDesiredState,
  readLive,
  type DesiredState,
} from '../../reconcile';
import { importedDocument, liveDocument, liveKeys } from './document';
import { importSelection, type Selection } from './import-id';
import { MAX_TEXT_BYTES } from '../../source';
import type { Diagnostics } from '../tf';
import { configurationStateOf } from './configuration-state';
import { importedDocumentText } from './document-values';
import { secretsOf, withoutSecrets } from './secret-versions';
import type { JsonObject } from '../../model';
import type { KeyBook } from '../../reconcile';
import type { Versions } from './secret-versions';

const DOCUMENT_FILE = /\.(ya?ml|json)$/i;

/**
 * The document file an import ID names (relative to Terraform's working directory), or undefined
 * when the ID is a selection (`*`, `audit_policies/pci,…`). A file name that names no file is an error.
 */
export function documentFileOf(id: string, diags: Diagnostics): { text: string } | undefined {
  const path = resolve(process.cwd(), id.trim());
  const exists = existsSync(path) && statSync(path).isFile();
  if (!exists) {
    if (DOCUMENT_FILE.test(id.trim()))
      diags.addError(
        'Invalid import ID',
        `"${id}" names no file in ${process.cwd()}: give the document file the configuration reads (document = file("…")), or "*", or a list such as "audit_policies/pci,vnc_options".`,
      );
    return undefined;
  }
  if (statSync(path).size > MAX_TEXT_BYTES) {
    diags.addError('Invalid import ID', `"${id}" is larger than ${MAX_TEXT_BYTES / 1024 / 1024} MiB.`);
    return undefined;
  }
  return { text: readFileSync(path, 'utf8') };
}

/**
 * An import by document: the objects it declares, as the appliance has them cut to what it manages
 * (so the first plan shows exactly what the apply would write), the document text itself, version 1
 * for each secret it declares that the appliance holds.
 */
export async function importedByDocument(
  client: SpsClient,
  text: string,
  desired: DesiredState,
): Promise<Omit<DocumentStateParts, 'id'>> {
  const declared = withoutSecrets(documentOf(desired));
  const live = await readLive(
    client,
    kindsToRead(
      objectsOf(declared).map((o) => o.kind.name),
      desired.kinds,
    ),
  );
  const doc = liveDocument(declared, live);
  const present = importedDocument(live, selectionFromDoc(doc), desired.kinds).secrets;
  const declaredSecrets = new Set(secretsOf(documentOf(desired)).map((s) => s.pointer));
  const versions = Object.fromEntries(present.filter((p) => declaredSecrets.has(p)).map((p) => [p, '1']));
  return { document: text, configuration: doc, keys: liveKeys(live), versions };
}

/** An import by selection (`*`, `audit_policies/pci,…`): every field the model knows, the document as YAML. */
export async function importedBySelection(
  client: SpsClient,
  id: string,
  diags: Diagnostics,
): Promise<Omit<DocumentStateParts, 'id'> | undefined> {
  const imported = await importSelection(client, id, diags);
  if (!imported) return undefined;
  return {
    document: importedDocumentText(imported.doc, Object.keys(imported.versions)),
    configuration: imported.doc,
    keys: imported.keys,
    versions: imported.versions,
  };
}

function selectionFromDoc(doc: JsonObject): Selection {
  const out: Selection = new Map();
  for (const { kind, name } of objectsOf(doc)) {
    if (name === undefined) out.set(kind.name, '*');
    else {
      const list = out.get(kind.name);
      out.set(kind.name, list === '*' ? '*' : [...(list ?? []), name]);
    }
  }
  return out;
}

export interface DocumentStateParts {
  readonly document: string;
  readonly id: string;
  readonly configuration: JsonObject;
  readonly keys: KeyBook;
  readonly versions: Versions;
}

/**
 * An sps_configuration state as an sps_document state: the same objects (in the document's canonical
 * form), keys and secret versions; the document text is theirs as YAML, secrets as placeholders.
 */
export async function movedFromConfiguration(
  source: unknown,
  version: number,
  diags: Diagnostics,
): Promise<DocumentStateParts | undefined> {
  const stored = configurationStateOf(source, version);
  if (!stored) {
    diags.addError(
      'Unable to move resource state',
      `sps_configuration state version ${version} is newer than this provider.`,
    );
    return undefined;
  }
  let canonical: JsonObject;
  try {
    canonical = withoutSecrets(documentOf(parseDesiredState(stored.doc, { secretsWithheld: true })));
  } catch (err) {
    diags.addError(
      'Unable to move resource state',
      `the sps_configuration state does not parse: ${(err as Error).message}`,
    );
    return undefined;
  }
  return {
    document: importedDocumentText(canonical, Object.keys(stored.versions)),
    id: stored.id,
    configuration: canonical,
    keys: stored.keys,
    versions: stored.versions,
  };
}
