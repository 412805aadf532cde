/**
 * Secrets never rest in Terraform's plan or state: they are write-only, and what the state keeps of
 * each is a version number in `secret_versions` (keyed by the secret's JSON pointer in the document),
 * which goes up when the apply will write a new value. Whether it will is the engine's decision: the
 * value the appliance shows, or the scrypt fingerprint kept in private state.
 */
import {
  isJsonObject,
  matchPath,
  toPointer,
  valueAt,
  type JsonObject,
  type JsonValue,
  type KindDef,
} from '../../model';
import { secretFields } from '../../model/desired-schema';
import {
  envPlaceholderName,
  matchesFingerprint,
  objectsOf,
  prepareFingerprints,
  secretId,
  type Plan,
  type SecretRecords,
} from '../../reconcile';
import { T, UNKNOWN, type Attribute, type TfValue } from '../tf';

export const SECRET_VERSIONS_ATTRIBUTE: Attribute = {
  type: T.map(T.string),
  computed: true,
  description:
    'One version number per secret the configuration sets, keyed by its JSON pointer in the document (e.g. "/splunk_forwarder/token"). Secrets are write-only, never in the plan or the state; this number goes up when an apply writes a new value (rotation, or a value changed on the appliance), so the plan shows it without showing the secret.',
};

export const SECRETS_ATTRIBUTE: Attribute = {
  type: T.map(T.string),
  optional: true,
  writeOnly: true,
  description:
    "Values of the ${env:NAME} placeholders the configuration holds at secret paths (pass-through bodies), by NAME. Write-only (Terraform ≥ 1.11): never stored in the plan or the state. A NAME not given here is read from the provider's environment, as the sps CLI does.",
};

/** One secret of a document. */
export interface DocumentSecret {
  /** JSON pointer in the document: the key in `secret_versions`. */
  readonly pointer: string;
  readonly kind: KindDef;
  /** Object name; the kind name for a singleton (as the engine's operations name it). */
  readonly name: string;
  /** JSON pointer inside the object's body (as the engine's secret decisions are keyed). */
  readonly bodyPointer: string;
  readonly value: JsonValue;
}

/** Every secret value a document holds (strings at secret paths). */
export function secretsOf(doc: JsonObject): DocumentSecret[] {
  const out: DocumentSecret[] = [];
  for (const { kind, name, at, body } of objectsOf(doc))
    for (const field of secretFields(kind))
      for (const m of matchPath(body, field.path))
        if (m.value !== null && m.value !== undefined)
          out.push({
            pointer: toPointer([...at, ...m.segments]),
            kind,
            name: name ?? kind.name,
            bodyPointer: toPointer(m.segments),
            value: m.value,
          });
  return out;
}

/**
 * Whether a value at a secret path stays in plan and state: an `${env:NAME}` placeholder in a
 * pass-through body (the body is a JSON string Terraform compares with the configuration's).
 */
export function isPlaceholderKept(kind: KindDef, value: JsonValue | undefined): boolean {
  return kind.open && envPlaceholderName(value) !== undefined;
}

/** A copy of `doc` without its secret values (what plan and state may hold). */
export function withoutSecrets(doc: JsonObject): JsonObject {
  const out = structuredClone(doc);
  for (const { kind, body } of objectsOf(out))
    for (const field of secretFields(kind))
      for (const m of matchPath(body, field.path)) {
        if (isPlaceholderKept(kind, m.value)) continue;
        const parent = valueAt(body, m.segments.slice(0, -1));
        const last = m.segments[m.segments.length - 1];
        if (isJsonObject(parent)) delete parent[last];
        else if (Array.isArray(parent)) parent[Number(last)] = null;
      }
  return out;
}

export type Versions = Readonly<Record<string, string>>;

const next = (version: string | undefined): string =>
  version !== undefined && /^\d+$/.test(version) ? String(Number(version) + 1) : '1';

/** The versions after an apply of `plan`: up where it writes a secret, as they were elsewhere. */
export function versionsAfterPlan(secrets: readonly DocumentSecret[], plan: Plan, prior: Versions): Versions {
  const ops = new Map(plan.ops.map((op) => [`${op.kind}\u0000${op.name}`, op]));
  const out: Record<string, string> = {};
  for (const s of secrets) {
    const op = ops.get(`${s.kind.name}\u0000${s.name}`);
    const decision = op?.secrets.get(s.bodyPointer);
    const writes =
      op?.action === 'create' ||
      (op?.action === 'update' && (decision === 'changed' || decision === 'unverifiable'));
    out[s.pointer] = writes ? next(prior[s.pointer]) : (prior[s.pointer] ?? '1');
  }
  return out;
}

/**
 * The prior versions of secrets the configuration does not set, on objects it still declares: the
 * appliance keeps those secrets as they are (an import found them), so their versions stand.
 */
export function keptVersions(prior: Versions, doc: JsonObject, secrets: readonly DocumentSecret[]): Versions {
  const declared = new Set(secrets.map((s) => s.pointer));
  const objects = new Set(objectsOf(doc).map((o) => toPointer(o.at)));
  const out: Record<string, string> = {};
  for (const [pointer, version] of Object.entries(prior)) {
    if (declared.has(pointer)) continue;
    for (let cut = pointer.indexOf('/', 1); cut > 0; cut = pointer.indexOf('/', cut + 1))
      if (objects.has(pointer.slice(0, cut))) {
        out[pointer] = version;
        break;
      }
  }
  return out;
}

/**
 * Whether every secret is proven unchanged by its fingerprint (then a plan whose other values did
 * not change needs nothing from the appliance). The checks run on libuv's thread pool.
 */
export async function allFingerprintsMatch(
  secrets: readonly DocumentSecret[],
  records: SecretRecords,
  prior: Versions,
): Promise<boolean> {
  const pairs: { secret: string; fingerprint: string }[] = [];
  for (const s of secrets) {
    const record = records[secretId(s.kind.name, s.name, s.bodyPointer)];
    if (!record || typeof s.value !== 'string' || prior[s.pointer] === undefined) return false;
    pairs.push({ secret: s.value, fingerprint: record.fingerprint });
  }
  await prepareFingerprints(pairs);
  return pairs.every((p) => matchesFingerprint(p.secret, p.fingerprint));
}

/** Versions as a Terraform map: an entry whose secret is not known yet is unknown too. */
export function versionsValue(versions: Versions, unknownPointers: readonly string[] = []): TfValue {
  const out: { [k: string]: TfValue } = { ...versions };
  for (const p of unknownPointers) out[p] = UNKNOWN;
  return out;
}

/** The `secret_versions` of a Terraform value (strings only). */
export function versionsOf(value: TfValue | undefined): Versions {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object' && !Array.isArray(value))
    for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}

/** Every secret present, at version 1 (an imported or upgraded state: what is there now is version 1). */
export function initialVersions(secrets: readonly DocumentSecret[]): Versions {
  return Object.fromEntries(secrets.map((s) => [s.pointer, '1']));
}
