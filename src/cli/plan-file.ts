/**
 * A saved plan (`plan --out FILE`), applied later with `apply FILE`. It holds no secret and no
 * desired body: only where the document is, its hash, the appliance, the options that shaped the
 * plan, and per operation what it saw on the appliance (liveDigest). Apply reloads the document,
 * plans again and refuses when anything differs, so what is applied is what was reviewed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { KindName } from '../model';
import type { Action, Plan } from '../reconcile';
import { SpsCliError } from './errors';
import type { PlanInputs } from './commands/shared';

export const PLAN_FILE_KIND = 'sps-plan';

export interface SavedOp {
  readonly kind: KindName;
  readonly name: string;
  readonly action: Action;
  readonly key?: string;
  readonly live_digest: string;
}

export interface SavedPlan {
  readonly format_version: '1';
  readonly type: typeof PLAN_FILE_KIND;
  readonly appliance: string;
  readonly source: string;
  readonly source_sha256: string;
  readonly inputs: PlanInputs;
  readonly operations: readonly SavedOp[];
}

export function savePlan(
  file: string,
  plan: Plan,
  meta: Omit<SavedPlan, 'format_version' | 'type' | 'operations'>,
): void {
  const saved: SavedPlan = {
    format_version: '1',
    type: PLAN_FILE_KIND,
    ...meta,
    operations: plan.ops.map((o) => ({
      kind: o.kind,
      name: o.name,
      action: o.action,
      ...(o.key ? { key: o.key } : {}),
      live_digest: o.liveDigest,
    })),
  };
  writeFileSync(file, JSON.stringify(saved, null, 2) + '\n');
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
    p.format_version !== '1' ||
    !Array.isArray(p.operations) ||
    typeof p.source !== 'string' ||
    typeof p.source_sha256 !== 'string'
  ) {
    throw new SpsCliError(
      'SPS_CLI_PLAN_FILE',
      `${file} is an sps plan file of an unsupported format (expected format_version "1")`,
    );
  }
  return p;
}

/** What differs between the saved plan and a fresh one: the objects whose live state or action changed. */
export function staleOperations(saved: SavedPlan, fresh: Plan): string[] {
  const id = (kind: string, name: string) => `${kind}/${name}`;
  const before = new Map(saved.operations.map((o) => [id(o.kind, o.name), o]));
  const after = new Map(fresh.ops.map((o) => [id(o.kind, o.name), o]));
  const changed: string[] = [];
  for (const [key, o] of before) {
    const now = after.get(key);
    if (!now) changed.push(`${key} (was to ${o.action}, now not planned)`);
    else if (now.action !== o.action) changed.push(`${key} (was to ${o.action}, now to ${now.action})`);
    else if (now.liveDigest !== o.live_digest) changed.push(`${key} (modified on the appliance)`);
  }
  for (const [key, o] of after)
    if (!before.has(key)) changed.push(`${key} (now to ${o.action}, not in the saved plan)`);
  return changed.sort();
}
