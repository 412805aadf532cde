/**
 * A saved plan (`plan --out FILE`), applied later with `apply FILE`. It holds no secret and nothing
 * derived from one: where the document is, a digest of the document with its secrets left out, the
 * appliance, the options that shaped the plan, and per operation what it saw on the appliance (a
 * digest of the live body without its secrets), which paths it changes and what it decided about
 * each secret. Apply reloads the document, plans again and refuses when anything differs, so what
 * is applied is what was reviewed.
 */
import { readFileSync } from 'node:fs';
import type { KindName } from '../model';
import type { Action, Plan, PlannedOp } from '../reconcile';
import { SpsCliError } from './errors';
import { writePrivateFile } from './files';
import type { PlanInputs } from './commands/shared';

export const PLAN_FILE_KIND = 'sps-plan';
const FORMAT = '2';

export interface SavedOp {
  readonly kind: KindName;
  readonly name: string;
  readonly action: Action;
  readonly key?: string;
  /** Digest of the live body at plan time with its secrets left out ('absent' for creates). */
  readonly live_digest: string;
  /** Paths the operation changes (JSON pointers); secrets appear by path only. */
  readonly changes: readonly string[];
  /** Per secret path: same, changed, unverifiable or unverified. */
  readonly secrets: Readonly<Record<string, string>>;
}

export interface SavedPlan {
  readonly format_version: typeof FORMAT;
  readonly type: typeof PLAN_FILE_KIND;
  readonly appliance: string;
  readonly source: string;
  /** Digest of the desired document with every secret left out. */
  readonly source_digest: string;
  readonly inputs: PlanInputs;
  readonly operations: readonly SavedOp[];
}

const savedOp = (o: PlannedOp): SavedOp => ({
  kind: o.kind,
  name: o.name,
  action: o.action,
  ...(o.key ? { key: o.key } : {}),
  live_digest: o.publicDigest,
  changes: o.changes.map((c) => c.path),
  secrets: Object.fromEntries(o.secrets),
});

export function savePlan(
  file: string,
  plan: Plan,
  meta: Omit<SavedPlan, 'format_version' | 'type' | 'operations'>,
): void {
  const saved: SavedPlan = {
    format_version: FORMAT,
    type: PLAN_FILE_KIND,
    ...meta,
    operations: plan.ops.map(savedOp),
  };
  writePrivateFile(file, JSON.stringify(saved, null, 2) + '\n', 'plan');
}

/** A saved plan, or undefined when `file` is not one (then it is a desired-state document). */
export function readSavedPlan(file: string): SavedPlan | undefined {
  if (!/\.json$/i.test(file)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined; // the desired-state loader reports what is wrong with it
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { type?: unknown }).type !== PLAN_FILE_KIND)
    return undefined;
  const p = parsed as SavedPlan;
  if (
    p.format_version !== FORMAT ||
    !Array.isArray(p.operations) ||
    typeof p.source !== 'string' ||
    typeof p.source_digest !== 'string'
  ) {
    throw new SpsCliError(
      'SPS_CLI_PLAN_FILE',
      `${file} is an sps plan file of another format (expected format_version "${FORMAT}"); run plan again with this version`,
    );
  }
  return p;
}

/** What differs between the saved plan and a fresh one: the objects whose live state or plan changed. */
export function staleOperations(saved: SavedPlan, fresh: Plan): string[] {
  const id = (kind: string, name: string) => `${kind}/${name}`;
  const before = new Map(saved.operations.map((o) => [id(o.kind, o.name), o]));
  const after = new Map(fresh.ops.map((o) => [id(o.kind, o.name), savedOp(o)]));
  const changed: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const [key, o] of before) {
    const now = after.get(key);
    if (!now) changed.push(`${key} (was to ${o.action}, now not planned)`);
    else if (now.action !== o.action) changed.push(`${key} (was to ${o.action}, now to ${now.action})`);
    else if (now.live_digest !== o.live_digest) changed.push(`${key} (modified on the appliance)`);
    else if (!same(now.changes, o.changes) || !same(sorted(now.secrets), sorted(o.secrets)))
      changed.push(`${key} (the planned changes differ)`);
  }
  for (const [key, o] of after)
    if (!before.has(key)) changed.push(`${key} (now to ${o.action}, not in the saved plan)`);
  return changed.sort();
}

const sorted = (r: Readonly<Record<string, string>>) =>
  Object.entries(r).sort(([a], [b]) => a.localeCompare(b));
