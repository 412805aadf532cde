/**
 * What a reviewer sees in a pipeline: the pull-request comment fits the forges' 65,536-character
 * limit at 1,000 changed objects and still names every one; `sps validate` checks a document with no
 * appliance and puts each finding on its file line, as text, GitHub annotations and SARIF.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MARKDOWN_LIMIT, renderMarkdown } from '../../src/cli/render/markdown';
import type { Report } from '../../src/cli/render/report';
import { startHarness, type Harness } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const NO_APPLIANCE = { SPS_URL: '', SPS_USERNAME: '', SPS_PASSWORD: '' };

function manyContentPolicies(n: number): Record<string, unknown> {
  const policies: Record<string, unknown> = {};
  for (let i = 0; i < n; i++)
    policies[`keystroke-policy-${String(i).padStart(4, '0')}-ab`] = {
      rules: [{ actions: { log: true }, event: { selection: 'command', match: [`rm -rf /srv/${i}`] } }],
    };
  return { content_policies: policies };
}

describe('plan --markdown at 1,000 changed objects', () => {
  let comment: string;
  let names: string[];
  beforeAll(async () => {
    const doc = manyContentPolicies(1000);
    names = Object.keys(doc.content_policies as object);
    const file = h.write('many.yaml', doc);
    const r = await h.cli(['plan', file, '--markdown', '--out', 'many.plan.json']);
    expect(r.code).toBe(0);
    comment = r.stdout;
  });

  it('fits in one pull-request comment', () => {
    expect(comment.length).toBeLessThanOrEqual(65_536);
  });

  it('has the totals, the counts per kind and every object named with its action', () => {
    expect(comment).toContain('**1000** to create, **0** to update, **0** to delete');
    expect(comment).toContain('| content_policies | 1000 | 0 | 0 |');
    expect(comment).toContain('- **create** content_policies (1000): `keystroke-policy-0000-ab`');
    for (const name of names) expect(comment).toContain(`\`${name}\``);
  });

  it('shows field-level details in collapsible blocks and says where the rest is', () => {
    const blocks = comment.split('<details>').length - 1;
    expect(blocks).toBeGreaterThan(10);
    expect(blocks).toBeLessThan(1000);
    expect(comment).toContain(
      `Field-level details of ${1000 - blocks} of 1000 changed objects are left out to keep this comment under 65,536 characters; see \`many.plan.json\`.`,
    );
    expect(comment.trimEnd().endsWith('`many.plan.json`.')).toBe(true);
    // the saved plan holds every object in full
    const saved = JSON.parse(readFileSync(join(h.dir, 'many.plan.json'), 'utf8'));
    expect(JSON.stringify(saved)).toContain('keystroke-policy-0999-ab');
  });

  it('a small plan keeps the object table and every detail, with no cut note', async () => {
    const file = h.write('few.yaml', manyContentPolicies(3));
    const r = await h.cli(['plan', file, '--markdown']);
    expect(r.stdout).toContain('| content_policies | keystroke-policy-0002-ab | create |');
    expect(r.stdout.split('<details>').length - 1).toBe(3);
    expect(r.stdout).not.toContain('left out');
  });
});

describe('sps validate', () => {
  const broken = [
    'audit_policies:',
    '  pci:',
    '    encryption:',
    '      enabled: false',
    '      enabledd: true',
    'backup_policies:',
    '  nightly:',
    '    target:',
    '      type: smb',
    '      server: { selection: ip, value: 10.0.0.1 }',
    '      share: backups',
    '      authentication: { selection: password, username: svc, password: "${env:UNSET_SMB_PASSWORD}" }',
    '    start_times: ["25:00"]',
    '',
  ].join('\n');

  it('needs no appliance: a valid document exits 0 and says how many objects it holds', async () => {
    const file = h.write('valid.yaml', {
      backup_policies: {
        nightly: {
          target: {
            type: 'nfs',
            server: { selection: 'ip', value: '10.0.0.2' },
            path: '/exports/sps',
          },
        },
      },
      system_backup: { backup_policy: 'nightly' },
    });
    const r = await h.cli(['validate', file], NO_APPLIANCE);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('valid.yaml is valid: 2 objects\n');
  });

  it('names file:line:column and the JSON pointer of every problem in YAML', async () => {
    const file = h.write('broken.yaml', broken);
    const r = await h.cli(['validate', file], NO_APPLIANCE);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n')).toEqual([
      'broken.yaml:5:17: error: unknown field (did you mean "enabled"?) (allowed: enabled, certificates, different_certificates_for_upstream) (/audit_policies/pci/encryption/enabledd)',
      'broken.yaml:13:19: error: must be a time in H:MM or HH:MM format (0:00 to 23:59) (/backup_policies/nightly/start_times/0)',
      'broken.yaml:12:71: error: environment variable UNSET_SMB_PASSWORD is not set (/backup_policies/nightly/target/authentication/password)',
      'broken.yaml is invalid',
      '',
    ]);
  });

  it('and in JSON, and refuses what the parser refuses at its position', async () => {
    const file = h.write('broken.json', { system_backup: { backup_policy: 7 } });
    const r = await h.cli(['validate', file], NO_APPLIANCE);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^broken\.json:3:22: error: .* \(\/system_backup\/backup_policy\)$/m);
    writeFileSync(join(h.dir, 'dup.json'), '{\n  "system_backup": {},\n  "system_backup": {}\n}\n');
    const dup = await h.cli(['validate', 'dup.json', '--format', 'github'], NO_APPLIANCE);
    expect(dup.code).toBe(1);
    expect(dup.stdout).toMatch(
      /^::error file=dup\.json,line=3,col=\d+,title=SPS_CLI_INPUT::.*duplicate key "system_backup"/m,
    );
  });

  it('--format github prints workflow annotations on the right lines', async () => {
    h.write('broken.yaml', broken);
    const r = await h.cli(['validate', 'broken.yaml', '--format', 'github'], NO_APPLIANCE);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '::error file=broken.yaml,line=5,col=17,title=SPS_INVALID_DESIRED_STATE::unknown field (did you mean "enabled"?) (allowed: enabled, certificates, different_certificates_for_upstream) (/audit_policies/pci/encryption/enabledd)',
    );
    expect(lines.filter((l) => l.startsWith('::error ')).map((l) => /line=(\d+)/.exec(l)![1])).toEqual([
      '5',
      '13',
      '12',
    ]);
    expect(lines.at(-1)).toBe('::notice title=sps validate::broken.yaml is invalid');
  });

  it('--format sarif --output writes SARIF 2.1.0 with regions and pointers', async () => {
    h.write('broken.yaml', broken);
    const r = await h.cli(
      ['validate', 'broken.yaml', '--format', 'sarif', '--output', 'out.sarif'],
      NO_APPLIANCE,
    );
    expect(r).toMatchObject({ code: 1, stdout: '' });
    const sarif = JSON.parse(readFileSync(join(h.dir, 'out.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toEqual(['SPS_INVALID_DESIRED_STATE']);
    expect(run.results).toHaveLength(3);
    expect(run.results[1]).toEqual({
      ruleId: 'SPS_INVALID_DESIRED_STATE',
      ruleIndex: 0,
      level: 'error',
      message: {
        text: 'must be a time in H:MM or HH:MM format (0:00 to 23:59) (/backup_policies/nightly/start_times/0)',
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'broken.yaml' },
            region: { startLine: 13, startColumn: 19 },
          },
          logicalLocations: [
            { fullyQualifiedName: '/backup_policies/nightly/start_times/0', kind: 'member' },
          ],
        },
      ],
    });
  });

  it('a reference the document does not declare is a warning, an error with --strict', async () => {
    h.write('ref.yaml', 'system_backup:\n  backup_policy: elsewhere\n');
    const loose = await h.cli(['validate', 'ref.yaml'], NO_APPLIANCE);
    expect(loose.code).toBe(0);
    expect(loose.stdout).toBe(
      'ref.yaml:2:18: warning: refers to backup policy "elsewhere", which this document does not declare; it must exist on the appliance (/system_backup/backup_policy)\n' +
        'ref.yaml is valid: 1 object, 1 warning\n',
    );
    const strict = await h.cli(['validate', 'ref.yaml', '--strict', '--format', 'json'], NO_APPLIANCE);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout)).toMatchObject({
      valid: false,
      findings: [{ level: 'error', code: 'SPS_UNDECLARED_REFERENCE', line: 2, column: 18 }],
    });
  });

  it('a secret written in the document never appears in a finding', async () => {
    const secret = 'literal-secret-8d1c2f';
    h.write(
      'secret.yaml',
      [
        'splunk_forwarder:',
        '  enabled: true',
        '  host: { selection: fqdn, value: splunk.test }',
        `  token: ${secret}`,
        '  ssl: { selection: insecure }',
        'system_backup:',
        '  backup_policy: elsewhere',
        '',
      ].join('\n'),
    );
    for (const format of ['text', 'json', 'github', 'sarif']) {
      const r = await h.cli(['validate', 'secret.yaml', '--format', format], NO_APPLIANCE);
      expect(r.code).toBe(0);
      expect(r.stdout + r.stderr).not.toContain(secret);
    }
  });
});

describe('the comment limit holds whatever the plan carries', () => {
  it('thousands of notes and long names: still under the limit, with a count of what was left out', () => {
    const ops = Array.from({ length: 3000 }, (_, i) => ({
      kind: 'content_policies',
      name: `a-rather-long-content-policy-name-for-the-limit-${i}`,
      action: 'update' as const,
      changes: [{ path: '/rules/0/event/match/0', before: 'x', after: 'y', sensitive: false }],
      unmanaged: [],
      notes: [],
    }));
    const report: Report = {
      format_version: '1',
      appliance: 'https://sps.example.com',
      changes_present: true,
      summary: { create: 0, update: 3000, delete: 0, noop: 0 },
      operations: ops,
      notes: ops.map((o) => `content policy "${o.name}": the appliance masks a secret; written once`),
      errors: [],
    };
    const md = renderMarkdown(report, 'plan', { fullPlan: 'plan.json' });
    expect(md.length).toBeLessThanOrEqual(MARKDOWN_LIMIT);
    expect(md).toMatch(/- … and \d+ more notes \(see the full plan\)/);
    expect(md).toMatch(/- \*\*update\*\* content_policies \(3000\): .*, … and \d+ more/);
    expect(md).toContain('see `plan.json`.');
  });
});
