/** The real executable: bin/sps in a child process, for exit codes and streams as a pipeline sees them. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { startHarness, type Harness } from './helpers';

const SPS = join(__dirname, '../../bin/sps');
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

function sps(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      SPS,
      argv,
      { cwd: h.dir, env: { ...process.env, ...h.env, NO_COLOR: '1' } },
      (err, stdout, stderr) => {
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

it('plan --detailed-exitcode exits 2 when changes are present', async () => {
  const file = h.write('p.yaml', { audit_policies: { 'proc-a': {} } });
  const r = await sps(['plan', file, '--detailed-exitcode']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(2);
  expect(r.stdout).toContain('+ create audit policy "proc-a"');
});

it('apply without --auto-approve on a pipe refuses with exit 1', async () => {
  const file = h.write('p.yaml', { audit_policies: { 'proc-a': {} } });
  const r = await sps(['apply', file]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('refusing to apply without confirmation');
});

it('an invalid document exits 1 naming the path', async () => {
  const file = h.write('bad.yaml', { audit_policies: { a: { timestamping_enabled: 'yes' } } });
  const r = await sps(['plan', file]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('/audit_policies/a/timestamping_enabled');
});
