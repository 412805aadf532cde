/**
 * The request pipeline for the SPS API: control API hand-off, stats, injected faults, session check,
 * verb check (405 + Allow), CSRF rule, Content-Length rule (411), then the route; the answer is
 * held until the injected latency, counted from the request's arrival, has passed (latency.ts).
 * Routes are looked up in a fixed order; directories come last so that leaves win.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JsonObject } from '../model';
import { parseJson, readBody } from './body';
import type { RawBody, RequestContext, Route } from './context';
import { ApiError, notFound } from './errors';
import type { FaultAction } from './faults';
import { errorBody, plainMeta, prepareJson, prepareRaw, sendJson } from './responses';
import { authRoute } from './routes/auth';
import { clusterRoute } from './routes/cluster';
import { configurationRoute } from './routes/configuration';
import { navigationRoute } from './routes/navigation';
import { sessionDbRoute } from './session-db';
import { transactionRoute } from './routes/transaction';
import type { Session } from './sessions';
import type { EmulatorState } from './state';
import { parentOf } from './tree';

const RESOLVERS = [
  authRoute,
  transactionRoute,
  clusterRoute,
  configurationRoute,
  sessionDbRoute,
  navigationRoute,
];
const WRITES = new Set(['POST', 'PUT', 'DELETE']);
/** The SPS >= 7.5 rule applies to browsers only; every browser UA string starts with Mozilla/. */
const BROWSER_UA = /^Mozilla\/\d/;

export type ControlHandler = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>;

export function requestHandler(state: EmulatorState, control: ControlHandler) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'https://emulator.invalid');
    const path = normalize(url.pathname);
    const done =
      path === '/_emulator' || path.startsWith('/_emulator/')
        ? control(req, res, path)
        : handleApi(state, req, res, path, url.searchParams);
    done.catch((err: unknown) => {
      // Only reachable on programming errors; the stack names the place, never a body.
      process.stderr.write(
        `sps-emulator: internal error on ${req.method} ${path}: ${err instanceof Error ? err.stack : String(err)}\n`,
      );
      if (!res.headersSent)
        sendJson(
          res,
          500,
          errorBody(new ApiError(500, 'InternalError', 'Internal emulator error'), plainMeta(path)),
        );
      else res.destroy();
    });
  };
}

async function handleApi(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  query: URLSearchParams,
): Promise<void> {
  const arrived = performance.now();
  const method = (req.method ?? 'GET').toUpperCase();
  state.stats.requests += 1;
  state.stats.byMethod[method] = (state.stats.byMethod[method] ?? 0) + 1;
  if (method === 'GET' && path.startsWith('/api/configuration/'))
    state.reads.set(path, (state.reads.get(path) ?? 0) + 1);
  const dueAt = arrived + state.faults.delayMs();
  // configuration writes in progress at once (arrival to answer), and the switch that refuses overlap
  const write = WRITES.has(method) && path.startsWith('/api/configuration/');
  const overlapping = write && state.writesInProgress.count > 0;
  if (write) {
    state.writesInProgress.count += 1;
    state.stats.peakConcurrentWrites = Math.max(
      state.stats.peakConcurrentWrites,
      state.writesInProgress.count,
    );
  }
  try {
    const fault: FaultAction =
      overlapping && state.switches.concurrentWrites === 'refuse'
        ? { type: 'fail', status: 409 }
        : state.faults.onRequest(method, path);
    await answerAndHold(state, req, res, method, path, query, fault, dueAt);
  } finally {
    if (write) state.writesInProgress.count -= 1;
  }
}

async function answerAndHold(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  path: string,
  query: URLSearchParams,
  fault: FaultAction,
  dueAt: number,
): Promise<void> {
  const answer = fault.type === 'reset' ? undefined : await answerApi(state, req, method, path, query, fault);
  // serialized before the hold, so only the write itself follows the due time
  const text =
    answer &&
    (answer.raw
      ? prepareRaw(res, answer.status, answer.raw, answer.allow, answer.headers)
      : prepareJson(res, answer.status, answer.body, answer.allow, answer.headers));
  // Closing while the answer is held: drop it rather than hold close() up.
  if (!(await state.answers.until(dueAt)) || text === undefined || fault.type === 'lose-reply') {
    req.socket.destroy();
    return;
  }
  if (typeof text === 'function') return text(); // a stream (a CSV page, an audit trail) starts now
  res.end(text);
}

interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly allow?: readonly string[];
  readonly headers?: Record<string, string>;
  readonly raw?: RawBody;
}

async function answerApi(
  state: EmulatorState,
  req: IncomingMessage,
  method: string,
  path: string,
  query: URLSearchParams,
  fault: FaultAction,
): Promise<Answer> {
  let session: Session | undefined;
  let route: Route | undefined;
  const errorMeta = (): JsonObject => ({
    ...plainMeta(path),
    ...(session ? { remaining_seconds: state.sessions.remainingSeconds(session) } : {}),
  });
  try {
    const text = await readBody(req);
    if (fault.type === 'echo-body')
      throw new ApiError(400, 'ValidationError', `Invalid value in the request body: ${text}`);
    if (fault.type === 'fail')
      throw new ApiError(
        fault.status,
        'InjectedFault',
        `Injected fault: this request was answered with ${fault.status}`,
      );
    route = resolve(state, path);
    // an anonymous route still sees a valid session (GET /api/info answers more to a logged-in client)
    session = state.sessions.use(cookie(req.headers.cookie, 'session_id'));
    if (!route?.anonymous) {
      if (!session)
        throw new ApiError(
          401,
          'Unauthenticated',
          'The client is not authenticated; log in at /api/authentication',
          { path },
        );
    }
    // a twin answers what the captured appliance answered: its refusals, and no verb it did not allow
    const refusal = state.twin?.refusal(path);
    if (refusal) throw new ApiError(refusal.status, refusal.type, refusal.message, { path });
    if (!route) throw notFound(path);
    const captured = state.twin?.allow(path);
    if (captured) route = { ...route, allow: route.allow.filter((m) => captured.includes(m)) };
    const denied = session && refusedPrivilege(state, session, method, path);
    if (denied) throw new ApiError(403, 'Unauthorized', denied, { path });
    if (!(route.allow as readonly string[]).includes(method)) {
      throw new ApiError(
        405,
        'MethodNotAllowed',
        `Method ${method} is not allowed on ${path}; allowed: ${route.allow.join(', ')}`,
        { path },
      );
    }
    if (
      WRITES.has(method) &&
      session &&
      BROWSER_UA.test(req.headers['user-agent'] ?? '') &&
      req.headers['x-token'] !== session.xToken
    ) {
      throw new ApiError(
        403,
        'Unauthorized',
        'Browser-like clients must send a valid X-Token header on POST, PUT and DELETE (see /api/user/info)',
        { path },
      );
    }
    if ((method === 'POST' || method === 'PUT') && req.headers['content-length'] === undefined) {
      throw new ApiError(
        411,
        'LengthRequired',
        `${method} ${path} needs a Content-Length header (send an empty body if there is nothing to send)`,
      );
    }
    const ctx = context(state, req, method, path, query, session, text);
    const answer = route.handle(ctx);
    return {
      status: answer.status,
      body: answer.body,
      allow: route.allow,
      headers: answer.headers,
      raw: answer.raw,
    };
  } catch (err) {
    if (!(err instanceof ApiError)) throw err;
    return { status: err.status, body: errorBody(err, errorMeta()), allow: route?.allow };
  }
}

/**
 * Why the session lacks the privilege for this request, if it does: a denied path (any verb), or a
 * read-only account changing the configuration — a configuration write, a cluster change, opening or
 * committing a transaction (status, changelog and rollback stay allowed: they change nothing).
 */
function refusedPrivilege(
  state: EmulatorState,
  session: Session,
  method: string,
  path: string,
): string | undefined {
  const under = (p: string) => path === p || path.startsWith(p + '/');
  const denied = state.deniedPaths.find(under);
  if (denied) return `The user "${session.username}" has no privilege for ${denied}`;
  if (!session.readOnly || !WRITES.has(method)) return undefined;
  const changes =
    under('/api/configuration') ||
    under('/api/cluster') ||
    (path === '/api/transaction' && method !== 'DELETE');
  return changes
    ? `The user "${session.username}" may read but not change the configuration (${method} ${path})`
    : undefined;
}

function resolve(state: EmulatorState, path: string): Route | undefined {
  for (const r of RESOLVERS) {
    const route = r(state, path);
    if (route) return route;
  }
  return undefined;
}

function context(
  state: EmulatorState,
  req: IncomingMessage,
  method: string,
  path: string,
  query: URLSearchParams,
  session: Session | undefined,
  text: string,
): RequestContext {
  let parsed: { value: unknown } | undefined;
  return {
    method,
    path,
    query,
    headers: req.headers,
    session,
    json: () => (parsed ??= { value: parseJson(text) }).value,
    meta(href, extra = {}) {
      return {
        href,
        parent: parentOf(href),
        ...state.tree.siblings(href),
        ...(href.startsWith('/api/configuration') ? { transaction: '/api/transaction' } : {}),
        ...(session ? { remaining_seconds: state.sessions.remainingSeconds(session) } : {}),
        ...extra,
      };
    },
  };
}

/** `/api/configuration/x509/` and `/api/configuration/x509` are the same resource (the docs use both). */
function normalize(pathname: string): string {
  const p = pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '');
  return p === '' ? '/' : p;
}

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
