/**
 * What the CLI prints: a canary secret never appears in any output (text, JSON, markdown, export,
 * errors, plan and state files); the documented JSON shape; detailed exit codes; export round trip.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_PRIVATE_KEY, startHarness, type CliRun, type Harness } from './helpers';

const CANARY = `canary-${randomBytes(12).toString('hex')}`;
let h: Harness;
let file: string;
beforeAll(async () => {
  h = await startHarness({ CANARY_SECRET: CANARY });
  file = h.write('secrets.yaml', {
    backup_policies: {
      'canary-smb': {
        target: {
          type: 'smb',
          server: { selection: 'ip', value: '10.9.9.9' },
          share: 'canary/share',
          authentication: { selection: 'password', username: 'svc', password: '${env:CANARY_SECRET}' },
        },
        start_times: ['0:30'],
      },
      'canary-rsync': {
        target: {
          type: 'rsync',
          server: { selection: 'fqdn', value: 'rsync.test' },
          path: '/backup',
          username: 'sps',
          auth_key: '${env:TEST_RSYNC_KEY}',
          host_key: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABcanary',
        },
        start_times: ['0:45'],
      },
    },
    splunk_forwarder: {
      enabled: true,
      host: { selection: 'fqdn', value: 'splunk.test' },
      ssl: { selection: 'insecure' },
      token: '${env:CANARY_SECRET}',
    },
  });
});
afterAll(() => h.close());

const outputs: { what: string; run: CliRun }[] = [];
async function record(what: string, argv: string[], env?: NodeJS.ProcessEnv): Promise<CliRun> {
  const run = await h.cli(argv, env);
  outputs.push({ what, run });
  return run;
}

describe('JSON and exit codes before the apply', () => {
  it('plan: exit 0 without --detailed-exitcode, 2 with it', async () => {
    expect((await record('plan text', ['plan', file])).code).toBe(0);
    expect((await record('plan detailed', ['plan', file, '--detailed-exitcode'])).code).toBe(2);
  });

  it('plan --json has the documented shape, secrets only as sensitive', async () => {
    const r = await record('plan json', ['plan', file, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out).sort()).toEqual([
      'appliance',
      'changes_present',
      'errors',
      'firmware_version',
      'format_version',
      'notes',
      'operations',
      'summary',
    ]);
    expect(out).toMatchObject({
      format_version: '1',
      appliance: h.emu.url,
      firmware_version: '7.0.5',
      changes_present: true,
      errors: [],
    });
    expect(out.summary).toEqual({ create: 2, update: 1, delete: 0, noop: 0 });
    const splunk = out.operations.find((o: { kind: string }) => o.kind === 'splunk_forwarder');
    expect(splunk).toMatchObject({ name: 'splunk_forwarder', action: 'update' });
    expect(splunk.changes).toContainEqual({ path: '/token', sensitive: true });
    expect(splunk.changes).toContainEqual({ path: '/enabled', before: false, after: true, sensitive: false });
  });

  it('plan --markdown is a PR comment table', async () => {
    const r = await record('plan markdown', ['plan', file, '--markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Kind | Name | Action |');
    expect(r.stdout).toContain('| backup_policies | canary-smb | create |');
    expect(r.stdout).toContain('<details>');
  });

  it('plan --validate-on-device shows what SPS accepted and commits nothing', async () => {
    const before = h.emu.committed();
    const r = await record('validate text', ['plan', file, '--validate-on-device']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The appliance accepted the staged changes');
    const j = await record('validate json', ['plan', file, '--validate-on-device', '--json']);
    expect(JSON.parse(j.stdout).device_validation.accepted).toBe(true);
    expect(h.emu.committed()).toEqual(before);
  });

  it('drift --detailed-exitcode exits 2 and words it as drift', async () => {
    const r = await record('drift', ['drift', file, '--detailed-exitcode']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('the appliance differs from the desired state');
  });

  it('saves a plan file without secrets', async () => {
    expect((await record('plan out', ['plan', file, '--out', 'canary.plan.json'])).code).toBe(0);
    expect(readFileSync(join(h.dir, 'canary.plan.json'), 'utf8')).not.toContain(CANARY);
  });
});

describe('apply and after', () => {
  it('apply --json adds results; the state file holds fingerprints only', async () => {
    const r = await record('apply json', [
      'apply',
      file,
      '--auto-approve',
      '--json',
      '--state',
      'canary.state.json',
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.committed).toBe(true);
    expect(out.results).toContainEqual(
      expect.objectContaining({ kind: 'backup_policies', name: 'canary-smb', result: 'created' }),
    );
    const state = readFileSync(join(h.dir, 'canary.state.json'), 'utf8');
    expect(state).not.toContain(CANARY);
    expect(state).not.toContain('PRIVATE KEY');
  });

  it('no changes afterwards: exit 0 with --detailed-exitcode, for plan and drift', async () => {
    const p = await record('plan after', [
      'plan',
      file,
      '--detailed-exitcode',
      '--state',
      'canary.state.json',
    ]);
    expect(p.code).toBe(0);
    expect(p.stdout).toContain('No changes');
    expect((await record('drift after', ['drift', file, '--detailed-exitcode', '--markdown'])).code).toBe(0);
  });

  it('a changed secret shows as a sensitive update', async () => {
    const r = await record('rotated', ['plan', file, '--state', 'canary.state.json'], {
      CANARY_SECRET: `${CANARY}-2`,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('/token: (sensitive)');
  });

  it('an apply that fails at commit reports without the secret', async () => {
    h.emu.faults.failCommit({ status: 500, message: `refused ${CANARY}-3` }); // an appliance echoing the secret in play: the output filter must catch it
    try {
      const r = await record('apply error', ['apply', file, '--auto-approve', '--rotate-secrets'], {
        CANARY_SECRET: `${CANARY}-3`,
      });
      expect(r.code).toBe(1);
      const j = await record(
        'apply error json',
        ['apply', file, '--auto-approve', '--json', '--rotate-secrets'],
        { CANARY_SECRET: `${CANARY}-3` },
      );
      expect(j.code).toBe(1);
    } finally {
      h.emu.faults.clear();
    }
  });

  it('export round trip: the exported document plans as no change', async () => {
    const yaml = await record('export yaml', ['export']);
    expect(yaml.code).toBe(0);
    expect(yaml.stdout).toContain('${env:');
    const json = await record('export json', ['export', '--format', 'json', '--out', 'exported.json']);
    expect(json.code).toBe(0);
    // the variables are listed on stderr: give each the value it stands for
    const env: NodeJS.ProcessEnv = {};
    for (const [, variable, path] of json.stderr.matchAll(/^ {2}(\S+) {2}\((\S+)\)$/gm)) {
      env[variable] = path.endsWith('/auth_key') ? TEST_PRIVATE_KEY : CANARY;
    }
    expect(Object.keys(env).length).toBeGreaterThanOrEqual(3);
    const fromJson = await record(
      'plan exported json',
      ['plan', 'exported.json', '--detailed-exitcode'],
      env,
    );
    expect(fromJson.stderr).toBe('');
    expect(fromJson.code).toBe(0);
    h.write('exported.yaml', yaml.stdout);
    const fromYaml = await record(
      'plan exported yaml',
      ['plan', 'exported.yaml', '--detailed-exitcode'],
      env,
    );
    expect(fromYaml.code).toBe(0);
  });

  it('the canary never appeared in any output', () => {
    expect(outputs.length).toBeGreaterThanOrEqual(15);
    for (const { what, run } of outputs) {
      expect({ what, leaked: run.stdout.includes(CANARY) || run.stderr.includes(CANARY) }).toEqual({
        what,
        leaked: false,
      });
      expect({ what, leaked: run.stdout.includes('PRIVATE KEY-----\n') }).toEqual({ what, leaked: false });
    }
    expect(readFileSync(join(h.dir, 'exported.json'), 'utf8')).not.toContain(CANARY);
  });
});
