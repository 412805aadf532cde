/**
 * The breaking changes CHANGELOG.md records, read by the provider-schema gate. Each version is a
 * `## <version>` heading (`## Unreleased` for what is not released yet); its breaking changes are
 * the bullets under its `### Breaking changes` heading, each starting with the address of what
 * broke in backticks:
 *
 *   ### Breaking changes
 *   - `resource.sps_configuration.backup_policies.*.target.host_key`: an OpenSSH one-liner now, …
 *
 * A bullet without a leading code span is prose (a change no schema address names, such as a
 * minimum Terraform version) and acknowledges nothing; one whose leading code span is not an address
 * is refused, so a mistyped address is said, not ignored.
 */

export interface RecordedBreakingChange {
  readonly version: string;
  readonly address: string;
  /** 1-based line in the changelog, for messages. */
  readonly line: number;
}

export interface Changelog {
  readonly entries: readonly RecordedBreakingChange[];
  /** Bullets of the "Breaking changes" lists whose leading code span is not an address. */
  readonly unreadable: readonly string[];
}

const VERSION_HEADING = /^##\s+\[?([^\]\s]+)\]?/;
const SECTION_HEADING = /^###\s+(.*\S)\s*$/;
const BULLET = /^[-*]\s+(.*)$/;
const ADDRESS = /^`((?:provider|resource\.[a-z0-9_]+|data\.[a-z0-9_]+)(?:\.(?:[a-z0-9_]+|\*))*)`/;

export function parseChangelog(text: string): Changelog {
  const entries: RecordedBreakingChange[] = [];
  const unreadable: string[] = [];
  let version: string | undefined;
  let inBreaking = false;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    const heading = VERSION_HEADING.exec(line);
    if (heading && !line.startsWith('###')) {
      version = heading[1];
      inBreaking = false;
      return;
    }
    const section = SECTION_HEADING.exec(line);
    if (section) {
      inBreaking = version !== undefined && /^breaking changes$/i.test(section[1]);
      return;
    }
    if (!inBreaking || !version) return;
    const bullet = BULLET.exec(line);
    if (!bullet) return; // a bullet's continuation lines, blank lines
    const address = ADDRESS.exec(bullet[1]);
    if (address) entries.push({ version, address: address[1], line: i + 1 });
    else if (bullet[1].startsWith('`'))
      unreadable.push(
        `CHANGELOG.md:${i + 1}: ${bullet[1].split('`')[1]} is not an address (provider.…, resource.<type>.…, data.<type>.…; * for elements)`,
      );
  });
  return { entries, unreadable };
}

/** Whether a changelog version comes after the released one (`Unreleased` always does). */
export function isAfter(version: string, released: string): boolean {
  if (/^unreleased$/i.test(version)) return true;
  const parts = (v: string) => v.replace(/^v/, '').split(/[.+-]/).slice(0, 3).map(Number);
  const [a, b] = [parts(version), parts(released)];
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return false;
}

/** The addresses recorded as breaking since the released version. */
export function recordedSince(changelog: Changelog, released: string): RecordedBreakingChange[] {
  return changelog.entries.filter((e) => isAfter(e.version, released));
}
