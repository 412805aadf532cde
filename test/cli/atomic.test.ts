/**
 * Atomic under every fault: signals while an apply writes or is about to commit, a rollback that
 * fails, an open whose answer is lost, a transaction the appliance drops part-way (auto-open), reads
 * failing after a commit, an error that echoes the body, a certificate for another host. For each:
 * what is committed (old or new, never mixed), the exit code, whether the lock is free, the message.
 * The real bin/sps runs in a child process where signals matter.
 */
import { spawn } from 'node:child_process';
import { lstatSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator } from '../../src/emulator';
import { committedNames, startHarness, TEST_PRIVATE_KEY, type Harness } from './helpers';

const SPS = join(__dirname, '../../bin/sps');
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());
afterEach(() => {
  h.emu.faults.clear();
  h.emu.switches.noTransactionWrites = 'conflict';
});

/** Ten content policies: ten POSTs in one transaction. */
function tenPolicies(prefix: string): string {
  const policies: Record<string, unknown> = {};
  for (let i = 0; i < 10; i++)
    policies[`${prefix}-${i}`] = { rules: [{ event: { selection: 'command', match: [`cmd-${i}`] } }] };
  return h.write(`${prefix}.yaml`, { content_policies: policies });
}

/** Starts `sps` and calls `when` on every emulator stats change until it returns a signal to send. */
function spsWithSignal(
  argv: string[],
  when: () => NodeJS.Signals | undefined,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(SPS, argv, { cwd: h.dir, env: { ...process.env, ...h.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const poll = setInterval(() => {
      const signal = when();
      if (signal) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 5);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The lock is free: another session opens (and rolls back) a transaction at once. */
async function lockIsFree(): Promise<boolean> {
  const other = h.client();
  try {
    await other.transaction.open();
    await other.transaction.rollback();
    return true;
  } catch {
    return false;
  }
}

describe('signals', () => {
  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s while the apply writes: rolled back, lock released, exit %i', async (signal, exit) => {
    const file = tenPolicies(`sig-${signal.toLowerCase()}`);
    const before = h.emu.committed();
    const writes = h.emu.stats().writes;
    h.emu.faults.setLatency({ fixedMs: 150 });
    const r = await spsWithSignal(['apply', file, '--auto-approve'], () =>
      h.emu.stats().writes >= writes + 3 ? signal : undefined,
    );
    h.emu.faults.setLatency(null);
    expect(r.code).toBe(exit);
    expect(r.stderr).toContain(`${signal}: stopping`);
    expect(r.stderr).toMatch(/interrupted \(SIG(INT|TERM)\)/);
    expect(r.stderr).toContain(
      'The transaction was rolled back: nothing was committed, and the configuration lock is released.',
    );
    expect(h.emu.committed()).toEqual(before);
    expect(await lockIsFree()).toBe(true);
  });

  test('SIGINT after the last write, before the commit: rolled back, the commit never sent', async () => {
    const file = tenPolicies('sig-precommit');
    const before = h.emu.committed();
    const writes = h.emu.stats().writes;
    const commits = h.emu.stats().commits;
    h.emu.faults.setLatency({ fixedMs: 120 });
    const r = await spsWithSignal(['apply', file, '--auto-approve'], () =>
      h.emu.stats().writes >= writes + 10 ? 'SIGINT' : undefined,
    );
    h.emu.faults.setLatency(null);
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('nothing was committed');
    expect(h.emu.stats().commits).toBe(commits);
    expect(h.emu.committed()).toEqual(before);
    expect(await lockIsFree()).toBe(true);
  });

  test('SIGINT while the commit request is in flight: it completes, and the output says committed', async () => {
    const file = tenPolicies('sig-commit');
    const puts = h.emu.stats().byMethod.PUT ?? 0;
    h.emu.faults.setLatency({ fixedMs: 120 });
    const r = await spsWithSignal(
      ['apply', file, '--auto-approve'],
      () => ((h.emu.stats().byMethod.PUT ?? 0) > puts ? 'SIGINT' : undefined), // creates only: the first PUT is the commit
    );
    h.emu.faults.setLatency(null);
    expect(r.code).toBe(130);
    expect(r.stdout).toContain('committed in one transaction');
    expect(committedNames(h.emu, 'content_policies')).toEqual(
      expect.arrayContaining(['sig-commit-0', 'sig-commit-9']),
    );
    expect(await lockIsFree()).toBe(true);
  });
});

describe('the rollback itself fails', () => {
  test('reset once: retried, rolled back, lock released', async () => {
    const file = tenPolicies('rb-once');
    const before = h.emu.committed();
    h.emu.faults.failRequest({
      nth: 3,
      method: 'POST',
      pathPrefix: '/api/configuration/policies',
      status: 500,
    });
    h.emu.faults.resetConnection({ nth: 1, method: 'DELETE', pathPrefix: '/api/transaction' });
    const r = await h.cli(['apply', file, '--auto-approve']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'The transaction was rolled back: nothing was committed, and the configuration lock is released.',
    );
    expect(h.emu.committed()).toEqual(before);
    expect(await lockIsFree()).toBe(true);
  });

  test('every attempt reset: the message says the lock is still held, and until when', async () => {
    // its own appliance: the lock really stays held by the dead session until its idle timeout
    const own = await startHarness();
    try {
      const file = own.write('rb-always.yaml', {
        content_policies: {
          a: { rules: [{ event: { selection: 'command', match: ['x'] } }] },
          b: { rules: [{ event: { selection: 'command', match: ['y'] } }] },
        },
      });
      const before = own.emu.committed();
      own.emu.faults.failRequest({
        nth: 2,
        method: 'POST',
        pathPrefix: '/api/configuration/policies',
        status: 500,
      });
      for (let i = 0; i < 60; i++)
        own.emu.faults.resetConnection({ nth: 1 + i, method: 'DELETE', pathPrefix: '/api/transaction' });
      const r = await own.cli(['apply', file, '--auto-approve']);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toContain('The transaction was rolled back');
      expect(r.stderr).toMatch(
        /the rollback failed .*the configuration lock is STILL HELD by this session until the appliance drops it in about \d+ s \(at \d{4}-\d\d-\d\dT/s,
      );
      expect(own.emu.committed()).toEqual(before);
      const other = own.client();
      await expect(other.transaction.open()).rejects.toMatchObject({ code: 'SPS_CONFIG_LOCKED' }); // truthfully held
    } finally {
      await own.close();
    }
  }, 60_000);

  test('the rollback fails during the apply but succeeds when the client closes: the message says released', async () => {
    const file = tenPolicies('rb-late');
    h.emu.faults.failRequest({
      nth: 2,
      method: 'POST',
      pathPrefix: '/api/configuration/policies',
      status: 500,
    });
    for (let i = 0; i < 15; i++)
      h.emu.faults.resetConnection({ nth: 1 + i, method: 'DELETE', pathPrefix: '/api/transaction' });
    const r = await h.cli(['apply', file, '--auto-approve']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'The transaction was rolled back: nothing was committed, and the configuration lock is released.',
    );
    expect(await lockIsFree()).toBe(true);
  }, 60_000);
});

test('the open request reaches the appliance but its answer is lost: the transaction is used, committed, lock free', async () => {
  const file = tenPolicies('open-lost');
  h.emu.faults.loseReply({ nth: 1, method: 'POST', pathPrefix: '/api/transaction' });
  const r = await h.cli(['apply', file, '--auto-approve']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(committedNames(h.emu, 'content_policies')).toEqual(
    expect.arrayContaining(['open-lost-0', 'open-lost-9']),
  );
  expect(await lockIsFree()).toBe(true);
});

test('auto-open appliance drops the transaction part-way: detected before the commit, nothing mixed is committed', async () => {
  h.emu.switches.noTransactionWrites = 'auto-open';
  const file = tenPolicies('dropped');
  const before = h.emu.committed();
  h.emu.faults.dropTransaction({ afterWrites: 4 });
  const r = await h.cli(['apply', file, '--auto-approve']);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(
    /apply failed while checking that the transaction holds every write: the open transaction does not hold every write/,
  );
  expect(r.stderr).toContain('creating content policy "dropped-0"');
  expect(r.stderr).toContain('The transaction was rolled back: nothing was committed');
  expect(h.emu.committed()).toEqual(before);
  expect(await lockIsFree()).toBe(true);
});

test('committed, then every read fails: exit 1, the message says it was committed, the state file records it', async () => {
  const file = tenPolicies('after-commit');
  const state = join(h.dir, 'after-commit.state.json');
  h.emu.faults.failReadsAfterCommit({ status: 503 });
  const r = await h.cli(['apply', file, '--auto-approve', '--state', state]);
  h.emu.faults.clear();
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(
    'The changes were committed (one transaction), but verifying them failed: reading the appliance back failed',
  );
  expect(committedNames(h.emu, 'content_policies')).toEqual(expect.arrayContaining(['after-commit-0']));
  const saved = JSON.parse(readFileSync(state, 'utf8'));
  expect(saved.owned.content_policies).toContain('after-commit-9');
});

test('an error that echoes the submitted body never shows the private key, in any form', async () => {
  const file = h.write('echo.yaml', {
    backup_policies: {
      echo: {
        target: {
          type: 'rsync',
          server: { selection: 'fqdn', value: 'backup.test' },
          path: '/srv',
          username: 'sps',
          auth_key: '${env:TEST_RSYNC_KEY}',
          host_key: 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC0test',
        },
        start_times: ['3:00'],
      },
    },
  });
  h.emu.faults.echoBody({ nth: 1, method: 'POST', pathPrefix: '/api/configuration/private_keys' });
  const r = await h.cli(['apply', file, '--auto-approve']);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('400 ValidationError: Invalid value in the request body');
  const keyLines = TEST_PRIVATE_KEY.split('\n').filter((l) => l.length >= 16 && !l.startsWith('-----'));
  for (const line of keyLines) expect(r.stderr).not.toContain(line);
  expect(r.stderr).not.toContain(JSON.stringify(TEST_PRIVATE_KEY).slice(1, 40));
});

describe('TLS', () => {
  test('a certificate for another host name (signed by the configured CA): plan, drift, export all exit 1 with the reason', async () => {
    const wrong = await startEmulator({ certificateHosts: ['sps.example.test'] });
    const ca = join(h.dir, 'wrong-ca.pem');
    wrong.writeCaFile(ca);
    const env = {
      SPS_URL: wrong.url,
      SPS_USERNAME: wrong.username,
      SPS_PASSWORD: wrong.password,
      SPS_CA_FILE: ca,
    };
    const file = h.write('tls.yaml', { audit_policies: { tls: {} } });
    try {
      for (const argv of [['plan', file], ['drift', file, '--detailed-exitcode'], ['export']]) {
        const r = await h.cli(argv, env);
        expect({ argv, code: r.code, stdout: r.stdout }).toEqual({ argv, code: 1, stdout: '' });
        expect(r.stderr).toContain('ERR_TLS_CERT_ALTNAME_INVALID');
        expect(r.stderr).toContain('not issued for this host name');
      }
    } finally {
      await wrong.close();
    }
  });

  test('--insecure and SPS_INSECURE say on every run that verification is off', async () => {
    const file = h.write('insecure.yaml', { audit_policies: {} });
    const env = { SPS_CA_FILE: '' };
    const flag = await h.cli(['plan', file, '--insecure'], env);
    expect(flag.stderr).toContain('Warning: TLS certificate verification is OFF (--insecure)');
    const fromEnv = await h.cli(['plan', file], { ...env, SPS_INSECURE: '1' });
    expect(fromEnv.stderr).toContain('Warning: TLS certificate verification is OFF (SPS_INSECURE)');
  });
});

describe('files that hold the live configuration', () => {
  test('state, plan and export files are 0600 and written through a fresh temporary file (a planted symlink is not followed)', async () => {
    const file = h.write('files.yaml', { audit_policies: { files: {} } });
    const state = join(h.dir, 'files.state.json');
    const victim = join(h.dir, 'victim.txt');
    writeFileSync(victim, 'untouched\n');
    symlinkSync(victim, `${state}.tmp`);
    expect((await h.cli(['apply', file, '--auto-approve', '--state', state])).code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('untouched\n');
    expect(readlinkSync(`${state}.tmp`)).toBe(victim);
    expect(lstatSync(state).isSymbolicLink()).toBe(false);
    expect((await h.cli(['plan', file, '--out', 'files.plan.json'])).code).toBe(0);
    expect((await h.cli(['export', '--out', 'files.export.yaml'])).code).toBe(0);
    for (const f of [state, join(h.dir, 'files.plan.json'), join(h.dir, 'files.export.yaml')])
      expect({ f, mode: statSync(f).mode & 0o777 }).toEqual({ f, mode: 0o600 });
  });

  test('a state file fingerprint is scrypt (memory-hard), never a fast hash', async () => {
    const file = h.write('fp.yaml', {
      splunk_forwarder: {
        enabled: true,
        host: { selection: 'fqdn', value: 'splunk.test' },
        ssl: { selection: 'secure' },
        token: '${env:TEST_HEC_TOKEN}',
      },
    });
    const state = join(h.dir, 'fp.state.json');
    expect((await h.cli(['apply', file, '--auto-approve', '--state', state])).code).toBe(0);
    const record = JSON.parse(readFileSync(state, 'utf8')).secret_records[
      'splunk_forwarder/splunk_forwarder/token'
    ];
    expect(record.fingerprint).toMatch(/^v2:scrypt:14:8:1:/);
    expect(readFileSync(state, 'utf8')).not.toContain('hec-test-token');
  });

  test('a saved plan holds nothing derived from a secret: two tokens give the same plan file', async () => {
    const doc = {
      splunk_forwarder: {
        enabled: true,
        host: { selection: 'fqdn', value: 'splunk.test' },
        ssl: { selection: 'secure' },
        token: '${env:PLAN_TOKEN}',
      },
    };
    const file = h.write('secretless.yaml', doc);
    const read = async (token: string) => {
      expect((await h.cli(['plan', file, '--out', 'secretless.plan.json'], { PLAN_TOKEN: token })).code).toBe(
        0,
      );
      return readFileSync(join(h.dir, 'secretless.plan.json'), 'utf8');
    };
    const a = await read('short1');
    const b = await read('other-token-2');
    expect(a).toBe(b);
    expect(a).not.toMatch(/short1|sha256/);
  });
});

test('two applies at once: one waits for the lock, both end cleanly, nothing mixed', async () => {
  const a = tenPolicies('race-a');
  const b = tenPolicies('race-b');
  const [ra, rb] = await Promise.all([
    h.cli(['apply', a, '--auto-approve']),
    h.cli(['apply', b, '--auto-approve']),
  ]);
  expect([ra.code, rb.code]).toEqual([0, 0]);
  expect(committedNames(h.emu, 'content_policies')).toEqual(expect.arrayContaining(['race-a-9', 'race-b-9']));
  expect(await lockIsFree()).toBe(true);
});
