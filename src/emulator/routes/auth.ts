/**
 * Login (`GET /api/authentication` with Basic auth → `session_id` cookie), the anonymous login
 * method list, and `/api/user/info`, where browser-like clients get their X-Token (UNCONFIRMED
 * location, see README).
 */
import { timingSafeEqual } from 'node:crypto';
import { ApiError } from '../errors';
import { reply, type RequestContext, type Route } from '../context';
import type { EmulatorState } from '../state';

export function authRoute(state: EmulatorState, path: string): Route | undefined {
  switch (path) {
    case '/api/authentication':
      return { allow: ['GET'], anonymous: true, handle: (ctx) => login(state, ctx) };
    case '/api/authentication/login_methods':
      return {
        allow: ['GET'],
        anonymous: true,
        handle: (ctx) =>
          reply(200, {
            login_methods: [{ name: 'local', type: 'password', default: true }],
            meta: { href: ctx.path, parent: '/api/authentication' },
          }),
      };
    case '/api/user/info':
      return {
        allow: ['GET'],
        handle: (ctx) =>
          reply(200, {
            key: 'info',
            body: { username: ctx.session!.username, token: ctx.session!.xToken },
            meta: ctx.meta(ctx.path),
          }),
      };
    default:
      return undefined;
  }
}

function login(state: EmulatorState, ctx: RequestContext) {
  const failure = (why: string) =>
    new ApiError(
      401,
      'AuthenticationFailure',
      `Authenticating the user with the given credentials has failed: ${why}`,
    );
  if (ctx.query.get('type') === 'x509') throw failure('X.509 login is not available on this appliance');
  const method = ctx.query.get('login_method');
  if (method !== null && method !== 'local') throw failure(`unknown login method "${method}"`);
  const creds = parseBasic(ctx.headers.authorization);
  if (!creds) throw failure('HTTP Basic credentials are required');
  const admin = creds.user === state.credentials.username;
  const expected = admin ? state.credentials.password : state.readOnlyUsers.get(creds.user);
  if (expected === undefined || !sameText(creds.password, expected))
    throw failure('wrong username or password');
  const session = state.sessions.create(creds.user, !admin);
  state.stats.logins += 1;
  return reply(
    200,
    {
      meta: {
        href: '/api/authentication',
        parent: '/api',
        remaining_seconds: state.sessions.remainingSeconds(session),
      },
    },
    { 'Set-Cookie': `session_id=${session.id}; Path=/; Secure; HttpOnly` },
  );
}

function parseBasic(header: string | undefined): { user: string; password: string } | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!m) return undefined;
  const text = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? undefined : { user: text.slice(0, colon), password: text.slice(colon + 1) };
}

/** Constant-time comparison, so response timing does not leak how much of a password matched. */
function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
