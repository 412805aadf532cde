/**
 * Does `sps export` of this appliance plan back as no change? The export is built in memory from one
 * read (as `sps export` builds it, the pass-through endpoints the appliance serves included), parsed
 * as a document, and planned against that same read. Secrets are left out of it (the appliance does
 * not give them, or gives them masked): a plan keeps a secret it is not given, so the check is about
 * everything else. Nothing of the document is shown, only where it would not round-trip.
 */
import type { SpsClient } from '../client';
import { KindSet, MANAGED_KINDS, passThroughKind, type KindName } from '../model';
import {
  SpsDesiredStateError,
  computePlan,
  documentFromLive,
  hasChanges,
  kindsToRead,
  parseDesiredState,
  readLive,
} from '../reconcile';
import { finding, type Finding } from './findings';

const SHOWN_MAX = 10;
const ACTION =
  'report it with the plan output and `sps snapshot --anonymize` of this appliance: the model misreads something here';

export async function exportFinding(
  client: SpsClient,
  passThrough: readonly { endpoint: string; shape: 'collection' | 'singleton' }[],
  firmware: string | null,
  /** Endpoints the appliance served (the rest — refused, absent — cannot be exported, so are left out). */
  served: (endpoint: string) => boolean,
): Promise<Finding> {
  const declared = new KindSet(passThrough.map((e) => passThroughKind(e.endpoint, { shape: e.shape })));
  const kinds = [...MANAGED_KINDS.filter((k) => served(k.endpoint)), ...declared.passThrough];
  const live = await readLive(
    client,
    kindsToRead(
      kinds.map((k) => k.name),
      declared,
    ).filter((k) => served(k.endpoint)),
  );
  const left = MANAGED_KINDS.length - kinds.length + passThrough.length;
  const leftOut =
    left > 0 ? `; ${left} typed kinds it does not serve or lets this user read are left out` : '';
  const select = new Map<KindName, '*'>(kinds.map((k) => [k.name, '*']));
  const document = documentFromLive(live, select, () => undefined, declared);
  const objects = kinds.reduce((n, k) => n + (live.objects.get(k.name)?.size ?? 0), 0);
  let desired;
  try {
    desired = parseDesiredState(document, { source: 'the export', env: {}, secretsWithheld: true });
  } catch (err) {
    if (!(err instanceof SpsDesiredStateError)) throw err;
    return finding(
      'export.round-trip',
      'error',
      `the export of this appliance is not a valid document (${err.issues.length} problems)`,
      {
        details: err.issues.slice(0, SHOWN_MAX).map((i) => `${i.path}: ${i.message}`),
        action: ACTION,
      },
    );
  }
  const plan = computePlan(desired, live, { firmware });
  if (!hasChanges(plan))
    return finding(
      'export.round-trip',
      'ok',
      `sps export of ${objects} objects (${kinds.length} kinds and endpoints) plans back as no change${leftOut}`,
    );
  const changed = plan.ops.filter((op) => op.action !== 'noop');
  return finding(
    'export.round-trip',
    'error',
    `sps export of this appliance plans back as ${changed.length} change(s), not none`,
    {
      details: changed
        .slice(0, SHOWN_MAX)
        .map(
          (op) =>
            `${op.action} ${op.kind} "${op.name}"${op.changes.length ? `: ${op.changes.map((c) => c.path).join(', ')}` : ''}`,
        ),
      action: ACTION,
    },
  );
}
