/**
 * The one data shape every output is rendered from (and the `--json` output itself; documented in
 * manual/cli-json.md, keep it stable). It is built from FieldChange/OpResult only — never from a
 * desired body — so a secret has no way into any output.
 */
import type { TransactionChange } from '../../client';
import {
  firmwareNote,
  kindAtEndpoint,
  TYPED_KINDS,
  matchPath,
  setAt,
  type JsonObject,
  type JsonValue,
  type KindName,
} from '../../model';
import {
  SENSITIVE,
  secretPaths,
  type ApplyResult,
  type DeviceValidation,
  type Impact,
  type Plan,
} from '../../reconcile';

export interface ReportChange {
  readonly path: string;
  readonly before?: JsonValue;
  readonly after?: JsonValue;
  /** Declared at the last apply and no longer: left out of the write, back to the appliance's default. */
  readonly released?: true;
  readonly sensitive: boolean;
  /** A secret written because the appliance does not show it and nothing proves it unchanged. */
  readonly unverifiable?: true;
}

export interface ReportOperation {
  readonly kind: string;
  readonly name: string;
  readonly action: 'create' | 'update' | 'delete' | 'noop';
  readonly key?: string;
  readonly changes: readonly ReportChange[];
  /** Live fields the document does not manage, kept as they are (JSON pointers). */
  readonly unmanaged: readonly string[];
  readonly notes: readonly string[];
}

export interface ReportError {
  readonly code: string;
  readonly message: string;
  readonly issues?: readonly { path: string; message: string; line?: number; column?: number }[];
}

export interface Report {
  readonly format_version: '1';
  readonly appliance: string | null;
  /** `firmware_version` from GET /api/info; null when unknown (or before the appliance was reached). */
  readonly firmware_version?: string | null;
  readonly changes_present: boolean;
  readonly summary: { create: number; update: number; delete: number; noop: number };
  readonly operations: readonly ReportOperation[];
  readonly notes: readonly string[];
  readonly errors: readonly ReportError[];
  /** apply only: what happened to each object. */
  results?: readonly { kind: string; name: string; result: string; key?: string }[];
  /** apply only: whether a transaction was committed. */
  committed?: boolean;
  /** What the plan does to live sessions and kept recordings (absent when nothing in it can cut either). */
  impact?: Impact;
  /** plan --validate-on-device only: what SPS itself accepted (secrets masked). */
  device_validation?: { accepted: boolean; error?: string; changes: readonly JsonObject[] };
}

export function planReport(url: string, plan: Plan, firmware?: string | null): Report {
  const summary = { create: 0, update: 0, delete: 0, noop: 0 };
  for (const op of plan.ops) summary[op.action]++;
  return {
    format_version: '1',
    appliance: url,
    ...(firmware !== undefined ? { firmware_version: firmware } : {}),
    changes_present: summary.create + summary.update + summary.delete > 0,
    summary,
    operations: plan.ops.map((op) => ({
      kind: op.kind,
      name: op.name,
      action: op.action,
      ...(op.key !== undefined ? { key: op.key } : {}),
      changes: op.changes.map((c) => ({
        path: c.path,
        ...(!c.sensitive && c.before !== undefined ? { before: c.before } : {}),
        ...(!c.sensitive && c.after !== undefined ? { after: c.after } : {}),
        sensitive: c.sensitive,
        ...(c.unverifiable ? { unverifiable: true as const } : {}),
        ...(c.released ? { released: true as const } : {}),
      })),
      unmanaged: [...op.kept],
      notes: [...op.notes],
    })),
    notes: [
      ...(firmware !== undefined && firmwareNote(firmware) ? [firmwareNote(firmware)!] : []),
      ...plan.notes,
    ],
    errors: [],
  };
}

/** Present only when the plan can cut sessions or recordings (an impact of `none` adds nothing). */
export function withImpact(report: Report, impact: Impact | undefined): Report {
  return impact && impact.status !== 'none' ? { ...report, impact } : report;
}

export function withResults(report: Report, result: ApplyResult): Report {
  return {
    ...report,
    results: result.results.map((r) => ({
      kind: r.kind,
      name: r.name,
      result: r.result,
      ...(r.key !== undefined ? { key: r.key } : {}),
    })),
    committed: result.committed,
  };
}

export function errorReport(url: string | null, errors: ReportError[]): Report {
  return {
    format_version: '1',
    appliance: url,
    changes_present: false,
    summary: { create: 0, update: 0, delete: 0, noop: 0 },
    operations: [],
    notes: [],
    errors,
  };
}

/** The appliance's changelog entries with every secret field of the kind at that path masked. */
export function deviceValidationReport(v: DeviceValidation): NonNullable<Report['device_validation']> {
  return { accepted: v.accepted, ...(v.error ? { error: v.error } : {}), changes: v.changes.map(maskChange) };
}

function maskChange(c: TransactionChange): JsonObject {
  const at = kindAtEndpoint(c.path);
  const mask = (value: JsonValue | undefined): JsonValue | undefined => {
    if (value === undefined) return undefined;
    if (!at) return typeof value === 'object' && value !== null ? SENSITIVE : value; // unknown place: show nothing structured
    const copy = structuredClone(value);
    if (copy && typeof copy === 'object' && !Array.isArray(copy)) {
      for (const path of secretPaths(at.kind)) {
        for (const m of matchPath(copy, path)) setAt(copy, m.segments, SENSITIVE);
      }
    }
    return copy;
  };
  const out: JsonObject = { type: c.type, path: c.path };
  const next = mask(c.newValue);
  const prev = mask(c.oldValue);
  if (next !== undefined) out.new_value = next;
  if (prev !== undefined) out.old_value = prev;
  return out;
}

/** `audit policy "pci"`, or `Splunk forwarder` for a singleton. */
export function label(op: { kind: string; name: string }): string {
  const kind = TYPED_KINDS.of(op.kind as KindName);
  // a singleton's op is named by its kind (a pass-through endpoint's shape is its document's to say)
  return kind.shape === 'singleton' || op.name === op.kind ? kind.title : `${kind.title} "${op.name}"`;
}
