import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { Agent, request } from 'undici';

const BIN = resolve(__dirname, '../../bin/sps-emulator');
const MAIN = resolve(__dirname, '../../src/emulator/main.ts');

describe('sps-emulator command', () => {
  it('starts, prints connection details, serves the API with the switches given, and stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sps-emulator-main-'));
    const caFile = join(dir, 'ca.pem');
    const child = spawn(
      BIN,
      [
        '--port',
        '0',
        '--json',
        '--password',
        'from-flag',
        '--ca-file',
        caFile,
        '--secrets',
        'masked',
        '--cluster-role',
        'managed-host',
      ],
      {
        env: { ...process.env, CHECKPOINT_DISABLE: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      const line = await new Promise<string>((done, fail) => {
        createInterface({ input: child.stdout }).once('line', done);
        child.once('exit', () => fail(new Error(`sps-emulator exited early: ${stderr}`)));
      });
      const details = JSON.parse(line);
      expect(details).toMatchObject({ username: 'admin', password: 'from-flag', caFile });
      expect(details.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(existsSync(caFile)).toBe(true);

      const agent = new Agent({ connect: { ca: readFileSync(caFile, 'utf8') } });
      try {
        const login = await request(`${details.url}/api/authentication`, {
          dispatcher: agent,
          headers: { authorization: 'Basic ' + Buffer.from('admin:from-flag').toString('base64') },
        });
        expect(login.statusCode).toBe(200);
        await login.body.dump();
        const cookie = String(login.headers['set-cookie']).split(';')[0];
        const info = (await (
          await request(`${details.url}/api/info`, { dispatcher: agent, headers: { cookie } })
        ).body.json()) as { body: { node_id: string } };
        const node = await request(`${details.url}/api/cluster/nodes/${info.body.node_id}`, {
          dispatcher: agent,
          headers: { cookie },
        });
        expect(((await node.body.json()) as { body: { roles: string[] } }).body.roles).toContain(
          'managed-host',
        );
        const switches = await request(`${details.url}/_emulator/switches`, {
          dispatcher: agent,
          headers: { 'x-emulator-token': details.controlToken },
        });
        expect(await switches.body.json()).toMatchObject({ secrets: 'masked', clusterRole: 'managed-host' });
      } finally {
        await agent.close();
      }
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)(
    'removes the temporary directory of its CA file when stopped by %s',
    async (signal) => {
      // node itself (not the tsx launcher, which relays SIGINT and SIGTERM only): the signal reaches main.ts
      const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--port', '0', '--json'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      try {
        const line = await new Promise<string>((done, fail) => {
          createInterface({ input: child.stdout }).once('line', done);
          child.once('exit', () => fail(new Error('sps-emulator exited early')));
        });
        const { caFile } = JSON.parse(line) as { caFile: string };
        expect(caFile.startsWith(join(tmpdir(), 'sps-emulator-'))).toBe(true);
        expect(existsSync(caFile)).toBe(true);
        child.kill(signal);
        expect(await exited).toBe(0);
        expect(existsSync(dirname(caFile))).toBe(false);
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    },
  );

  it('leaves a CA file it was given where it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sps-emulator-given-'));
    const caFile = join(dir, 'ca.pem');
    const child = spawn(BIN, ['--port', '0', '--json', '--ca-file', caFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      await new Promise<string>((done) => createInterface({ input: child.stdout }).once('line', done));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(existsSync(caFile)).toBe(true);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 with a clear message on a bad flag value', async () => {
    const child = spawn(BIN, ['--secrets', 'sometimes'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(code).not.toBe(0);
    expect(stderr).toContain('sometimes');
  });
});
