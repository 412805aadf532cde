/**
 * When change audit events are left undelivered, the run says so where a CI user looks: the job
 * summary on GitHub Actions (appended to `$GITHUB_STEP_SUMMARY`), a collapsible section of the job
 * log on GitLab CI, and stderr everywhere. It names the spool, which must outlive the runner (cache
 * or artifact, as the example pipelines do) for the next job to deliver it.
 */
import { appendFileSync } from 'node:fs';

export interface Undelivered {
  readonly kept: number;
  readonly spool: string;
  readonly collector: string;
  readonly reason: string;
}

/** Appends to the GitHub job summary when there is one; returns text for a GitLab job log, else ''. */
export function jobSummary(env: NodeJS.ProcessEnv, u: Undelivered, now = Date.now()): string {
  const what = `${u.kept} change audit event(s) not delivered to ${u.collector}`;
  const keep = `They are kept in the spool ${u.spool}: keep that directory for the next job (cache or artifact), or run \`sps audit flush\` where it is.`;
  if (env.GITHUB_STEP_SUMMARY) {
    try {
      appendFileSync(
        env.GITHUB_STEP_SUMMARY,
        `### ⚠️ SPS change audit: ${what}\n\n${u.reason}.\n\n${keep}\n\n`,
      );
    } catch {
      // the summary is a courtesy: stderr still says it
    }
  }
  if (env.GITLAB_CI !== 'true') return '';
  const stamp = Math.floor(now / 1000);
  return [
    `\x1b[0Ksection_start:${stamp}:sps_audit[collapsed=false]\r\x1b[0KSPS change audit: ${what}`,
    u.reason,
    keep,
    `\x1b[0Ksection_end:${stamp}:sps_audit\r\x1b[0K`,
    '',
  ].join('\n');
}
