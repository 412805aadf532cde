/**
 * The example pipelines keep the change-audit spool between jobs (their runners are thrown away), so
 * events an unreachable collector left behind are delivered by the next job: read from the workflow
 * files as the forges read them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const GITOPS = join(__dirname, '..', '..', 'examples', 'gitops');
const read = (f: string) => parse(readFileSync(join(GITOPS, f), 'utf8'));

test('GitHub: the apply job restores the spool before the apply and saves it after, whatever happened', () => {
  const steps: { uses?: string; if?: string; with?: Record<string, string>; env?: Record<string, string> }[] =
    read('github/sps.yml').jobs.apply.steps;
  const restore = steps.findIndex((s) => s.uses?.startsWith('actions/cache/restore@'));
  const apply = steps.findIndex((s) => s.env?.SPS_AUDIT_WAIT !== undefined);
  const save = steps.findIndex((s) => s.uses?.startsWith('actions/cache/save@'));
  expect(restore).toBeGreaterThanOrEqual(0);
  expect(restore).toBeLessThan(apply);
  expect(apply).toBeLessThan(save);
  expect(steps[restore].with).toMatchObject({ path: '.sps-audit', 'restore-keys': 'sps-audit-' });
  expect(steps[save]).toMatchObject({ if: 'always()', with: { path: '.sps-audit' } });
  expect(steps[apply].env).toMatchObject({ SPS_AUDIT_WAIT: '60s' });
});

test('GitLab: the apply job caches the spool even when it fails, and retries delivery for a minute', () => {
  const job = read('gitlab-ci.yml')['sps-apply'];
  expect(job.cache).toEqual({ key: 'sps-audit', paths: ['.sps-audit/'], when: 'always' });
  expect(job.variables).toMatchObject({ SPS_AUDIT_WAIT: '60s' });
});
