/**
 * go-plugin's process contract, on the real toy provider executable: cookie guard, protocol
 * check, one stdout line, go-plugin's side services, and exit on SIGTERM and on parent death.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { MAGIC_COOKIE_VALUE } from '../../src/provider/wire/handshake';
import { FakeTerraformCore } from './harness';
import { TOY_EXECUTABLE } from './toy';

const cleanEnv = () => {
  const env = { ...process.env };
  delete env.TF_PLUGIN_MAGIC_COOKIE;
  return env;
};

test('refuses to run without the magic cookie, with a human message and nothing on stdout', () => {
  const result = spawnSync(TOY_EXECUTABLE, [], { env: cleanEnv(), encoding: 'utf8', timeout: 30_000 });
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain('terraform-provider-toy is a Terraform provider plugin');
});

test('refuses a host that does not offer protocol 6', () => {
  const env = { ...cleanEnv(), TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: '4,5' };
  const result = spawnSync(TOY_EXECUTABLE, [], { env, encoding: 'utf8', timeout: 30_000 });
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr).toContain('host offered 4, 5');
});

describe('a launched provider', () => {
  let core: FakeTerraformCore;
  beforeAll(async () => {
    core = await FakeTerraformCore.launch(TOY_EXECUTABLE);
  });
  afterAll(() => core?.kill());

  test('serves health (service "plugin"), StreamStdio and answers UNIMPLEMENTED for RPCs it lacks', async () => {
    expect(await core.call('health', 'Check', { service: 'plugin' })).toEqual({ status: 'SERVING' });
    await expect(core.call('health', 'Check', { service: 'other' })).rejects.toMatchObject({ code: 5 });
    // StreamStdio stays open and silent: a read that is still pending after a health round trip.
    const stream = (
      core.stdio as unknown as { StreamStdio(req: object): NodeJS.EventEmitter & { cancel(): void } }
    ).StreamStdio({});
    let received = false;
    stream.on('data', () => (received = true));
    stream.on('error', () => {});
    await core.call('health', 'Check', { service: '' });
    expect(received).toBe(false);
    stream.cancel();
    expect(await core.call('provider', 'GetResourceIdentitySchemas', {})).toEqual({
      identity_schemas: {},
      diagnostics: [],
    });
    // GetFunctions is not in our reduced proto: Terraform treats UNIMPLEMENTED as "no functions".
    const status = await core.rawStatus('/tfplugin6.Provider/GetFunctions');
    expect(status).toBe(12);
  });

  test('prints nothing but the handshake line on stdout, and exits on SIGTERM', async () => {
    expect(core.handshakeLine).toMatch(/^1\|6\|tcp\|127\.0\.0\.1:\d+\|grpc\|[A-Za-z0-9+/]{50,}$/);
    core.child.kill('SIGTERM');
    const exit = await core.exited;
    expect(exit).toEqual({ code: 0, signal: null });
    expect(core.output.stdoutAfterHandshake).toBe('');
    expect(core.output.stderr).toContain('exiting: SIGTERM');
  });
});

test('exits when its parent process dies', async () => {
  // A stand-in for Terraform that launches the provider, reports its pid, then gets SIGKILLed.
  const script = `
    const { spawn } = require('node:child_process');
    const child = spawn(${JSON.stringify(TOY_EXECUTABLE)}, [], { stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, TF_PLUGIN_MAGIC_COOKIE: ${JSON.stringify(MAGIC_COOKIE_VALUE)} } });
    child.stdout.once('data', () => process.stdout.write(child.pid + '\\n'));
    setInterval(() => {}, 1000);`;
  const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const providerPid = await new Promise<number>((resolve) =>
    parent.stdout!.once('data', (d) => resolve(Number(String(d).trim()))),
  );
  expect(isRunning(providerPid)).toBe(true);
  parent.kill('SIGKILL');
  await waitUntil(() => !isRunning(providerPid), 20_000);
  expect(isRunning(providerPid)).toBe(false);
});

/** Alive and not a zombie (an orphan's reaper may be slow to collect it). */
function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, limitMs: number): Promise<void> {
  for (let waited = 0; waited < limitMs && !condition(); waited += 100)
    await new Promise((r) => setTimeout(r, 100));
}
