/**
 * The impact section of a pull-request comment stays within the comment's 65,536 characters however
 * many policies a plan cuts: every line that fits, then how many were left out.
 */
import type { Impact } from '../../src/reconcile';
import { renderMarkdown, MARKDOWN_LIMIT } from '../../src/cli/render/markdown';
import { renderPlanText } from '../../src/cli/render/text';
import { styleFor } from '../../src/cli/render/style';
import type { Report } from '../../src/cli/render/report';

const policies = (n: number): Impact['connection_policies'] =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'ssh/connections',
    protocol: 'ssh',
    name: `gw-${i}`,
    key: `k${i}`,
    reasons: ['deleted'] as const,
    active: {
      count: 7,
      first: Array.from({ length: 5 }, (_, j) => ({
        key: `svc-abc-gw-${i}-${j}-ssh`,
        user: `user${j}`,
        client: '10.1.0.1',
        target: '10.2.0.1:22',
        start: '2024-05-01T10:00:00.000+00:00',
      })),
    },
    recent: 100,
  }));

function report(n: number): Report {
  return {
    format_version: '1',
    appliance: 'https://sps.example.com',
    changes_present: true,
    summary: { create: 0, update: 0, delete: n, noop: 0 },
    // the objects' own lines are not what is measured here: a typed kind stands in for them
    operations: Array.from({ length: n }, (_, i) => ({
      kind: 'audit_policies',
      name: `gw-${i}`,
      action: 'delete' as const,
      changes: [],
      unmanaged: [],
      notes: [],
    })),
    notes: [],
    errors: [],
    impact: {
      status: 'checked',
      window_days: 30,
      connection_policies: policies(n),
      retention: [],
      active_sessions: 7 * n,
      notes: [],
    },
  };
}

test('3,000 policies with active sessions: the comment fits, the section says how many lines were left out', () => {
  const md = renderMarkdown(report(3000));
  expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
  expect(md).toContain('**Impact on sessions**');
  expect(md).toContain(
    '⚠️ ssh connection policy "gw-0" (deleted): 7 active sessions now, 100 in the last 30 days',
  );
  expect(md).toMatch(/- … and [\d,]+ more lines \(see `sps plan --json`\)/);
});

test('a small plan: every line of the impact, in the comment and in the text plan', () => {
  const md = renderMarkdown(report(2));
  expect(md).toContain(
    '`svc-abc-gw-1-4-ssh` user4 from 10.1.0.1 to 10.2.0.1:22 since 2024-05-01T10:00:00.000+00:00',
  );
  expect(md).not.toContain('more lines');
  const text = renderPlanText(report(2), styleFor(false));
  expect(text).toContain(
    '  - ssh connection policy "gw-1" (deleted): 7 active sessions now, 100 in the last 30 days',
  );
  expect(text).toContain('      … and 2 more');
});
