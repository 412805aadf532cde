/**
 * The snapshot file: what `sps snapshot` captured of one appliance, read back by the twin
 * (`sps-emulator --from`) and by anyone reviewing it. One JSON document, keyed by absolute API path,
 * every answer as the appliance gave it (bodies with every field, keys, list order, references in
 * their read form) except secrets, which never leave the appliance: each is the mask `********`,
 * the form every client already reads as "a secret the appliance does not show".
 */
import type { JsonObject } from '../model/types';

export const SNAPSHOT_FORMAT = 'sps-snapshot';
export const SNAPSHOT_VERSION = 1;
/** What a secret reads as in a snapshot (and in the twin), whether the appliance masked it or we did. */
export const SNAPSHOT_MASK = '********';

/** One object of a collection: its key and its body as returned. */
export interface CapturedObject {
  readonly key: string;
  readonly body: JsonObject;
}

export type EndpointRecord =
  | {
      /** A list of endpoints (`/api/configuration`, `…/policies`): child names in the appliance's order. */
      readonly answer: 'directory';
      readonly children: readonly string[];
      readonly allow?: readonly string[];
    }
  | {
      readonly answer: 'collection';
      /** Why this list was read as a collection of objects rather than a directory (see classify.ts). */
      readonly evidence: string;
      readonly allow?: readonly string[];
      /** `Allow` of its first object's answer (what an object accepts). */
      readonly itemAllow?: readonly string[];
      /** The list carried each object's body with its key (8.0 LTS lists do, sps-api-more.md §5.3). */
      readonly listsBodies?: boolean;
      readonly objects: readonly CapturedObject[];
      /** Objects listed whose own GET failed. */
      readonly unreadable?: readonly {
        readonly key: string;
        readonly status: number;
        readonly type?: string;
      }[];
    }
  | {
      readonly answer: 'singleton';
      readonly key: string;
      readonly allow?: readonly string[];
      readonly body: JsonObject;
    }
  | {
      /** The GET was refused (403, 404, 405, …): what the appliance said. */
      readonly answer: 'error';
      readonly status: number;
      readonly type?: string;
      readonly message?: string;
    }
  | {
      /** Deliberately not read: secret material (passwords, private keys). */
      readonly answer: 'not-fetched';
      readonly reason: string;
    }
  | {
      /** A JSON answer that is neither a list nor an object (kept as it was, for the reader). */
      readonly answer: 'unrecognized';
      readonly allow?: readonly string[];
      readonly json: JsonObject;
    };

export interface SnapshotFile {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly version: typeof SNAPSHOT_VERSION;
  /** ISO 8601, when the capture started. */
  readonly takenAt: string;
  /** `sps-iac <version>`. */
  readonly tool: string;
  /** The appliance URL (its host replaced with --anonymize). */
  readonly source: string;
  readonly anonymized: boolean;
  /** `GET /api/info` body (the authenticated view), or null when it was refused. */
  readonly info: JsonObject | null;
  /** This node's cluster roles (`GET /api/cluster/nodes/<node_id>`), null when clustering is off or unreadable. */
  readonly cluster: { readonly nodeId: string; readonly roles: readonly string[] } | null;
  readonly secrets: {
    /** How the appliance returned the secret fields the model knows: masked, in clear, or none were seen. */
    readonly appliance: 'masked' | 'clear' | 'none-seen';
    /** Values we replaced with the mask (the appliance had sent them in clear). */
    readonly replaced: number;
    /** Values the appliance had already masked. */
    readonly masked: number;
  };
  /** Every path read, sorted; the configuration tree starts at `/api/configuration`. */
  readonly endpoints: { readonly [path: string]: EndpointRecord };
}

export class SnapshotFormatError extends Error {
  readonly code = 'SPS_SNAPSHOT_FORMAT';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'SnapshotFormatError';
  }
}

const ANSWERS = new Set(['directory', 'collection', 'singleton', 'error', 'not-fetched', 'unrecognized']);
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses and checks a snapshot file's structure (each endpoint's answer and what it must hold). */
export function parseSnapshot(text: string, file: string): SnapshotFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SnapshotFormatError(file, 'not JSON (is it a snapshot written by sps snapshot?)');
  }
  if (!isObject(value) || value.format !== SNAPSHOT_FORMAT)
    throw new SnapshotFormatError(file, `not an ${SNAPSHOT_FORMAT} file`);
  if (value.version !== SNAPSHOT_VERSION)
    throw new SnapshotFormatError(
      file,
      `version ${String(value.version)} is not supported (this tool reads version ${SNAPSHOT_VERSION})`,
    );
  if (!isObject(value.endpoints)) throw new SnapshotFormatError(file, '"endpoints" must be an object');
  for (const [path, record] of Object.entries(value.endpoints)) {
    const problem = recordProblem(record);
    if (problem) throw new SnapshotFormatError(file, `endpoints["${path}"]: ${problem}`);
  }
  if (value.info !== null && !isObject(value.info))
    throw new SnapshotFormatError(file, '"info" must be an object or null');
  return value as unknown as SnapshotFile;
}

function recordProblem(r: unknown): string | undefined {
  if (!isObject(r) || typeof r.answer !== 'string' || !ANSWERS.has(r.answer))
    return `"answer" must be one of ${[...ANSWERS].join(', ')}`;
  switch (r.answer) {
    case 'directory':
      return Array.isArray(r.children) && r.children.every((c) => typeof c === 'string')
        ? undefined
        : '"children" must be a list of names';
    case 'collection':
      return Array.isArray(r.objects) &&
        r.objects.every((o) => isObject(o) && typeof o.key === 'string' && isObject(o.body))
        ? undefined
        : '"objects" must be a list of {key, body}';
    case 'singleton':
      return typeof r.key === 'string' && isObject(r.body) ? undefined : 'needs "key" and "body"';
    case 'error':
      return typeof r.status === 'number' ? undefined : 'needs a numeric "status"';
    default:
      return undefined;
  }
}

/** The file's text: two-space JSON with a final newline, so a snapshot kept in a repository diffs line by line. */
export function serializeSnapshot(snapshot: SnapshotFile): string {
  return JSON.stringify(snapshot, null, 2) + '\n';
}
