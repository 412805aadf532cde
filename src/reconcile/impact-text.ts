/**
 * Words and units of the impact check that every front end shares: one line per connection policy
 * or retention cut (the CLI's text plan and markdown, Terraform's diagnostics), and the look-back
 * window's duration syntax.
 */
import type { ConnectionImpact, RetentionImpact } from './impact';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `30d`, `12h`, `90m`, `45s`, `500ms` (a bare number is seconds); undefined when it is none of these. */
export function parseLongDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text.trim());
  return m ? Math.round(Number(m[1]) * UNITS[m[2] ?? 's']) : undefined;
}

const n = (x: number) => x.toLocaleString('en-US');
const plural = (x: number, word: string) => `${n(x)} ${word}${x === 1 ? '' : 's'}`;

export function connectionSummary(c: ConnectionImpact, windowDays: number): string {
  const active =
    c.active === null ? 'active sessions unknown' : `${plural(c.active.count, 'active session')} now`;
  const recent = c.recent === null ? 'look-back unknown' : `${n(c.recent)} in the last ${n(windowDays)} days`;
  return `${c.protocol} connection policy "${c.name}" (${c.reasons.join(', ')}): ${active}, ${recent}`;
}

export function retentionSummary(r: RetentionImpact): string {
  const eligible = r.eligible === null ? 'an unknown number of' : n(r.eligible);
  return `archive/cleanup policy "${r.name}" retention ${n(r.from_days)} → ${n(r.to_days)} days: ${eligible} recording${r.eligible === 1 ? '' : 's'} become eligible for cleanup`;
}
