/**
 * The benchmark's emulator, in a process of its own (10 ms a request), its control API, and the
 * documents the benchmark plans: N objects spread over the four policy collections.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import type { JsonObject } from '../../src/model';

export const ROOT = path.resolve(__dirname, '../..');
export const LATENCY_MS = 10;

export interface Emulator {
  url: string;
  username: string;
  password: string;
  caFile: string;
  controlToken: string;
  child: ChildProcess;
}

export /** The emulator's control API (latency, read counts). */
async function control(emu: Emulator, method: string, route: string, body?: unknown): Promise<unknown> {
  const { request } = await import('undici');
  const res = await request(`${emu.url}/_emulator${route}`, {
    method: method as 'GET',
    headers: { 'x-emulator-token': emu.controlToken, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    dispatcher: new (await import('undici')).Agent({ connect: { ca: readFileSync(emu.caFile, 'utf8') } }),
  });
  return res.body.json();
}

export async function startEmulatorProcess(): Promise<Emulator> {
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [path.join(ROOT, 'src/emulator/main.ts'), '--port', '0', '--latency', String(LATENCY_MS), '--json'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  return { ...JSON.parse(line), child };
}

export /** N objects spread over the four policy collections. */
function documentWith(n: number, revision: number): JsonObject {
  const doc: Record<string, JsonObject> = {
    audit_policies: {},
    content_policies: {},
    archive_cleanup_policies: {},
    backup_policies: {},
  };
  for (let i = 0; i < n; i++) {
    const name = `bench-${String(i).padStart(5, '0')}`;
    switch (i % 4) {
      case 0:
        doc.audit_policies[name] = { timestamping_enabled: revision % 2 === 1 };
        break;
      case 1:
        doc.content_policies[name] = {
          rules: [{ event: { selection: 'command', match: [`cmd-${revision}`] } }],
        };
        break;
      case 2:
        doc.archive_cleanup_policies[name] = {
          target: { type: 'nfs', server: { selection: 'ip', value: '10.1.0.1' }, path: `/archive/${name}` },
          start_times: ['2:00'],
          retention_days: 30 + revision,
        };
        break;
      default:
        doc.backup_policies[name] = {
          target: { type: 'nfs', server: { selection: 'ip', value: '10.1.0.2' }, path: `/backup/${name}` },
          start_times: [`${revision % 24}:00`],
        };
    }
  }
  return doc;
}
