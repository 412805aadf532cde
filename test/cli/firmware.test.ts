/**
 * The firmware band: every plan reads GET /api/info once, names the firmware in its header and
 * `--json`, and warns when the appliance runs a release outside the band the model was written for.
 */
import { startEmulator } from '../../src/emulator';
import { run } from '../../src/cli/main';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function planOn(firmwareVersion: string, args: string[] = []) {
  const emu = await startEmulator({ firmwareVersion });
  const dir = mkdtempSync(join(tmpdir(), 'sps-firmware-'));
  try {
    emu.writeCaFile(join(dir, 'ca.pem'));
    writeFileSync(join(dir, 'doc.yaml'), 'audit_policies:\n  pci:\n    timestamping_enabled: true\n');
    let stdout = '';
    let stderr = '';
    const code = await run(['plan', 'doc.yaml', ...args], {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      env: {
        SPS_URL: emu.url,
        SPS_USERNAME: emu.username,
        SPS_PASSWORD: emu.password,
        SPS_CA_FILE: 'ca.pem',
      },
      isTTY: { stdout: false, stderr: false, stdin: false },
      cwd: dir,
    });
    return { code, stdout, stderr, url: emu.url };
  } finally {
    await emu.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('inside the band: the header names the firmware, no warning', async () => {
  const r = await planOn('7.0.5');
  expect(r.code).toBe(0);
  expect(r.stdout.split('\n')[0]).toBe(`Plan for ${r.url} (SPS 7.0.5)`);
  expect(r.stdout).not.toContain('outside the band');
  const json = JSON.parse((await planOn('7.0.5', ['--json'])).stdout);
  expect(json.firmware_version).toBe('7.0.5');
  expect(json.notes).toEqual([]);
});

test('outside the band: every plan warns, naming the firmware and what may differ', async () => {
  const r = await planOn('8.0.1');
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(
    'the appliance runs SPS 8.0.1, outside the band this model was written for (7.0 LTS): fields the model does not know are kept as they are, but typed fields that differ in that release (audit policy timestamping, protocol options) may be refused by the appliance; try plan --validate-on-device first',
  );
  const md = await planOn('8.0.1', ['--markdown']);
  expect(md.stdout).toContain(`### SPS plan for \`${md.url}\` (SPS 8.0.1)`);
  expect(md.stdout).toContain('outside the band this model was written for');
  const json = JSON.parse((await planOn('8.0.1', ['--json'])).stdout);
  expect(json).toMatchObject({ firmware_version: '8.0.1' });
  expect(json.notes[0]).toContain('SPS 8.0.1');
});
