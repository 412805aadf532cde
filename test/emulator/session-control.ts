/**
 * Test helper: the emulator's session database through its control API (`/_emulator/sessions…`), and
 * raw reads of the session API with a cookie (CSV and audit trails are not JSON).
 */
import { Agent, request } from 'undici';
import type { RunningEmulator } from '../../src/emulator';

export interface StartedSession {
  readonly key: string;
  readonly session_id: string;
}

export interface SessionControl {
  seed(args: Record<string, unknown>): Promise<{ created: number; active: number; total: number }>;
  start(args: Record<string, unknown>): Promise<StartedSession>;
  end(key: string): Promise<{ key: string; end_time: string }>;
  clear(): Promise<void>;
  /** Creates a connection policy as an administrator would (one committed transaction). */
  createConnectionPolicy(protocol: string, body: Record<string, unknown>): Promise<string>;
  /** A logged-in GET of the session API: status, headers and the body as text. */
  get(
    path: string,
  ): Promise<{ status: number; headers: Record<string, unknown>; text: string; bytes: Buffer }>;
  close(): Promise<void>;
}

export function sessionControl(emu: RunningEmulator): SessionControl {
  const agent = new Agent({ connect: { ca: emu.caPem } });
  let cookie: string | undefined;
  const control = async (method: string, path: string, body?: unknown) => {
    const res = await request(`${emu.url}/_emulator${path}`, {
      method: method as 'POST',
      dispatcher: agent,
      headers: { 'x-emulator-token': emu.controlToken, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = JSON.parse(await res.body.text()) as Record<string, unknown>;
    if (res.statusCode !== 200) throw new Error(`control ${method} ${path}: ${JSON.stringify(json)}`);
    return json;
  };
  const api = async (method: string, path: string, body?: unknown) => {
    if (!cookie) {
      const auth = Buffer.from(`${emu.username}:${emu.password}`).toString('base64');
      const res = await request(`${emu.url}/api/authentication`, {
        dispatcher: agent,
        headers: { authorization: `Basic ${auth}` },
      });
      await res.body.text();
      cookie = /session_id=([^;]+)/.exec(String(res.headers['set-cookie']))?.[1];
    }
    return request(`${emu.url}${path}`, {
      method: method as 'GET',
      dispatcher: agent,
      headers: { cookie: `session_id=${cookie}`, 'content-type': 'application/json' },
      body:
        body === undefined
          ? method === 'GET' || method === 'DELETE'
            ? undefined
            : ''
          : JSON.stringify(body),
    });
  };
  return {
    seed: (args) => control('POST', '/sessions/seed', args) as never,
    start: (args) => control('POST', '/sessions', args) as never,
    end: (key) => control('POST', `/sessions/${encodeURIComponent(key)}/end`, {}) as never,
    clear: async () => void (await control('DELETE', '/sessions')),
    async createConnectionPolicy(protocol, body) {
      const open = await api('POST', '/api/transaction');
      await open.body.text();
      const res = await api('POST', `/api/configuration/${protocol}/connections`, body);
      const created = JSON.parse(await res.body.text()) as { key?: string };
      if (res.statusCode !== 201) throw new Error(`create failed: ${JSON.stringify(created)}`);
      const commit = await api('PUT', '/api/transaction', { status: 'commit' });
      await commit.body.text();
      return created.key!;
    },
    async get(path) {
      const res = await api('GET', path);
      const bytes = Buffer.from(await res.body.arrayBuffer());
      return { status: res.statusCode, headers: res.headers, text: bytes.toString('utf8'), bytes };
    },
    close: () => agent.close(),
  };
}
