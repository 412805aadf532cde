/**
 * What `sps doctor` reports: one finding per check, each with what was seen and what to do about it.
 * Findings hold no secret (no password, token or body value), so a report can go into a ticket.
 */
export type FindingStatus = 'ok' | 'info' | 'warning' | 'error' | 'skipped';

export interface Finding {
  /** Stable id of the check, for programs: `tls.chain`, `permissions.write`, `export.round-trip`, … */
  readonly check: string;
  readonly status: FindingStatus;
  /** One line: what was found. */
  readonly summary: string;
  /** More lines: which endpoints, which fields, which objects. */
  readonly details?: readonly string[];
  /** What to do about it (absent when nothing needs doing). */
  readonly action?: string;
}

export interface DoctorReport {
  readonly appliance: string;
  readonly findings: readonly Finding[];
  /** False when any finding is an error (the command then exits 1). */
  readonly healthy: boolean;
  readonly tookMs: number;
}

export const finding = (
  check: string,
  status: FindingStatus,
  summary: string,
  more: { details?: readonly string[]; action?: string } = {},
): Finding => ({
  check,
  status,
  summary,
  ...(more.details?.length ? { details: more.details } : {}),
  ...(more.action ? { action: more.action } : {}),
});
