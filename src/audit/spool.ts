/**
 * The spool: every event is on disk before any send is tried, so an apply never waits on the SIEM
 * and an outage loses nothing. One file per event (written to a temporary name, then renamed, 0600),
 * named so that the directory's order is the events' order; a file is deleted only after the
 * collector accepted it.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditEvent } from './events';

export interface SpooledEvent {
  readonly file: string;
  readonly event: AuditEvent;
}

export class Spool {
  constructor(readonly dir: string) {}

  add(events: readonly AuditEvent[]): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const stamp = Date.now().toString().padStart(15, '0');
    events.forEach((e, i) => {
      const name = `${stamp}-${String(i).padStart(6, '0')}-${e.id.replace(/[^\w-]/g, '_')}.json`;
      const tmp = join(this.dir, `.${name}.tmp`);
      writeFileSync(tmp, JSON.stringify(e), { mode: 0o600, flag: 'wx' });
      renameSync(tmp, join(this.dir, name));
    });
  }

  /** Waiting events, oldest first. A file that cannot be read as an event is left for a person to look at. */
  pending(): SpooledEvent[] {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
    } catch {
      return [];
    }
    const out: SpooledEvent[] = [];
    for (const name of names.sort()) {
      try {
        const event: unknown = JSON.parse(readFileSync(join(this.dir, name), 'utf8'));
        // a file that is not one of our events (edited, truncated, another tool's) is skipped, not deleted
        if (isSpooledEvent(event)) out.push({ file: join(this.dir, name), event });
      } catch {
        // unreadable or not JSON: skipped, not deleted
      }
    }
    return out;
  }

  /** What the spool holds: events waiting, their bytes, and files that are not events (never deleted). */
  summary(): { events: number; bytes: number; unreadable: number } {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
    } catch {
      return { events: 0, bytes: 0, unreadable: 0 };
    }
    const events = this.pending();
    let bytes = 0;
    for (const e of events) bytes += statSync(e.file, { throwIfNoEntry: false })?.size ?? 0;
    return { events: events.length, bytes, unreadable: names.length - events.length };
  }

  remove(sent: readonly SpooledEvent[]): void {
    for (const s of sent) rmSync(s.file, { force: true });
  }
}

/** The fields a flush sends: an event whose `fields` name the appliance by URL. */
function isSpooledEvent(v: unknown): v is AuditEvent {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const fields = (v as { fields?: unknown }).fields;
  if (typeof fields !== 'object' || fields === null) return false;
  const appliance = (fields as { appliance?: unknown }).appliance;
  return typeof appliance === 'string' && URL.canParse(appliance);
}
