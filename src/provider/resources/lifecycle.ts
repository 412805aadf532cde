/**
 * Pieces of the resources' lifecycle that are not Terraform values: private state (the secrets'
 * fingerprints), what a destroy leaves behind, and secrets changed on the appliance.
 */
import { kindOf, MANAGED_KINDS, matchPath, toPointer, type JsonObject, type KindSet } from '../../model';
import { secretFields } from '../../model/desired-schema';
import {
  isMasked,
  matchesFingerprint,
  prepareFingerprints,
  secretId,
  type DeclaredRecord,
  type LiveState,
  type SecretRecords,
} from '../../reconcile';

export const DESTROY_ARCHIVE_HINT =
  'To destroy this configuration with its archive/cleanup policies, first set allow_archive_recreate = true and apply, then destroy. Nothing was changed.';

/**
 * Private state (opaque to Terraform, kept beside the state): the fingerprints of the secrets an
 * apply wrote, and what the configuration declared at that apply (so a field dropped since goes
 * back to the appliance's default). Older providers kept the fingerprints alone.
 */
export interface PrivateState {
  readonly records: SecretRecords;
  /** Absent after an import or from an older provider: then nothing is released. */
  readonly declared?: DeclaredRecord;
}

const FORMAT = 'sps-iac/private/2';

export function privateStateOf(buf: Buffer | undefined): PrivateState {
  if (!buf || buf.length === 0) return { records: {} };
  try {
    const parsed = JSON.parse(buf.toString('utf8')) as Record<string, unknown>;
    if (parsed.format !== FORMAT) return { records: parsed as SecretRecords };
    return {
      records: (parsed.secrets ?? {}) as SecretRecords,
      ...(parsed.declared ? { declared: parsed.declared as DeclaredRecord } : {}),
    };
  } catch {
    return { records: {} }; // unreadable: secrets are treated as unverifiable, never as equal
  }
}

export function privateBytes(state: PrivateState): Buffer {
  return Buffer.from(
    JSON.stringify({
      format: FORMAT,
      secrets: state.records,
      ...(state.declared ? { declared: state.declared } : {}),
    }),
  );
}

/** The fingerprints alone. */
export function recordsOf(buf: Buffer | undefined): SecretRecords {
  return privateStateOf(buf).records;
}

/**
 * A secret the appliance shows in clear that is not the one fingerprinted was changed there: its
 * record goes, so the next plan asks the engine (which sees the difference and plans the write)
 * instead of trusting the fingerprint.
 */
export async function forgetDriftedSecrets(
  records: SecretRecords,
  live: LiveState,
  kinds: KindSet,
): Promise<SecretRecords> {
  const shown: { id: string; secret: string; fingerprint: string }[] = [];
  for (const [kindName, byName] of live.objects) {
    const kind = kinds.of(kindName);
    for (const [name, object] of byName)
      for (const field of secretFields(kind)) {
        if (field.inline) continue;
        for (const m of matchPath(object.body, field.path)) {
          const id = secretId(kind.name, name, toPointer(m.segments));
          const record = records[id];
          if (record && typeof m.value === 'string' && !isMasked(m.value))
            shown.push({ id, secret: m.value, fingerprint: record.fingerprint });
        }
      }
  }
  if (shown.length === 0) return records;
  await prepareFingerprints(shown);
  const out = { ...records };
  for (const s of shown) if (!matchesFingerprint(s.secret, s.fingerprint)) delete out[s.id];
  return out;
}

/**
 * What destroy leaves behind: no owned policies, and owned singletons whose references to those
 * policies are cleared where SPS allows it (system backup → no policy), so the deletes can go through.
 */
export function releaseReferences(prior: JsonObject): JsonObject {
  const doc: JsonObject = { allow_archive_recreate: prior.allow_archive_recreate ?? false };
  for (const kind of MANAGED_KINDS) {
    const body = prior[kind.name];
    if (kind.shape !== 'singleton' || !body || typeof body !== 'object') continue;
    const released = structuredClone(body) as JsonObject;
    let touched = false;
    for (const ref of kind.references) {
      if (kindOf(ref.target).shape !== 'collection' || ref.path.length !== 1) continue;
      const field = (kind.schema.properties as Record<string, { type?: unknown }>)[ref.path[0]];
      if (
        Array.isArray(field?.type) &&
        field.type.includes('null') &&
        typeof released[ref.path[0]] === 'string'
      ) {
        released[ref.path[0]] = null;
        touched = true;
      }
    }
    if (touched) doc[kind.name] = released;
  }
  return doc;
}
