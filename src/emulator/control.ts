/**
 * The out-of-process control API under `/_emulator/`, for benchmarks and the standalone command.
 * Guarded by a control token (header `X-Emulator-Token` or `Authorization: Bearer …`); the SPS
 * session cookie never opens it. Routes:
 *   GET  /_emulator/stats                    GET /_emulator/committed
 *   GET  /_emulator/switches                 PUT /_emulator/switches  {partial switches}
 *   PUT  /_emulator/latency {fixedMs, jitterMs?} | null
 *   POST /_emulator/faults/fail-request      {nth, status, method?, pathPrefix?}
 *   POST /_emulator/faults/reset-connection  {nth, method?, pathPrefix?}
 *   POST /_emulator/faults/lose-reply        {nth, method?, pathPrefix?}
 *   POST /_emulator/faults/echo-body         {nth, method?, pathPrefix?}
 *   PUT  /_emulator/faults/drop-transaction  {afterWrites} | null
 *   PUT  /_emulator/faults/fail-reads-after-commit {status} | null
 *   PUT  /_emulator/faults/fail-commit       {status, message?} | null
 *   GET  /_emulator/faults                   DELETE /_emulator/faults (clear all, latency too)
 *   GET  /_emulator/reads                    {path: GETs so far} per configuration path; DELETE resets
 *   …/_emulator/sessions…                    the session database (session-db/control.ts)
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { readBody } from './body';
import { ApiError, EmulatorOptionError } from './errors';
import { mergeSwitches } from './options';
import { sendJson } from './responses';
import type { EmulatorState } from './state';
import { toSnapshot } from './store';
import type { ControlHandler } from './server';
import { sessionControl } from './session-db';

export function controlHandler(state: EmulatorState, token: string): ControlHandler {
  return async (req, res, path) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const fail = (status: number, type: string, message: string) =>
      sendJson(res, status, { error: { type, message } });
    if (!tokenMatches(req, token))
      return fail(401, 'ControlUnauthorized', 'The control API needs the control token printed at start');
    try {
      const body = await readJson(req);
      const result = dispatch(state, method, path, body);
      if (result === undefined) return fail(404, 'NotFound', `No control endpoint ${method} ${path}`);
      sendJson(res, 200, result);
    } catch (e) {
      if (e instanceof EmulatorOptionError) return fail(400, 'InvalidControlRequest', e.message);
      if (e instanceof ApiError) return fail(e.status, e.type, e.message);
      throw e;
    }
  };
}

function dispatch(state: EmulatorState, method: string, path: string, body: unknown): unknown {
  const f = state.faults;
  const arg = <T>() => {
    if (typeof body !== 'object' || body === null)
      throw new EmulatorOptionError(`${method} ${path} needs a JSON object body`);
    return body as T;
  };
  switch (`${method} ${path}`) {
    case 'GET /_emulator/stats':
      return structuredClone(state.stats);
    case 'GET /_emulator/committed':
      return toSnapshot(state.txns.committed);
    case 'GET /_emulator/switches':
      return state.switches;
    case 'PUT /_emulator/switches':
      return mergeSwitches(state.switches, arg());
    case 'PUT /_emulator/latency':
      f.setLatency(body === null ? null : arg());
      return f.describe();
    case 'POST /_emulator/faults/fail-request':
      f.failRequest(arg());
      return f.describe();
    case 'POST /_emulator/faults/reset-connection':
      f.resetConnection(arg());
      return f.describe();
    case 'POST /_emulator/faults/lose-reply':
      f.loseReply(arg());
      return f.describe();
    case 'POST /_emulator/faults/echo-body':
      f.echoBody(arg());
      return f.describe();
    case 'PUT /_emulator/faults/drop-transaction':
      f.dropTransaction(body === null ? null : arg());
      return f.describe();
    case 'PUT /_emulator/faults/fail-reads-after-commit':
      f.failReadsAfterCommit(body === null ? null : arg());
      return f.describe();
    case 'PUT /_emulator/faults/fail-commit':
      f.failCommit(body === null ? null : arg());
      return f.describe();
    case 'GET /_emulator/reads':
      return Object.fromEntries(state.reads);
    case 'DELETE /_emulator/reads':
      state.reads.clear();
      return {};
    case 'GET /_emulator/faults':
      return f.describe();
    case 'DELETE /_emulator/faults':
      f.clear();
      return f.describe();
    default:
      return path === '/_emulator/sessions' || path.startsWith('/_emulator/sessions/')
        ? sessionControl(state, method, path, body)
        : undefined;
  }
}

function tokenMatches(req: IncomingMessage, token: string): boolean {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  const given = Buffer.from(String(req.headers['x-emulator-token'] ?? bearer ?? ''), 'utf8');
  const want = Buffer.from(token, 'utf8');
  return given.length === want.length && timingSafeEqual(given, want);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const text = await readBody(req);
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new EmulatorOptionError('the control request body is not valid JSON');
  }
}
