/**
 * The emulated appliance's session database, behind the documented API (`/api/audit/sessions`:
 * search, one session, its audit trail and content search) and the control API tests use to seed,
 * start and end sessions (`/_emulator/sessions…`, control.ts). See README.md, "Session database".
 */
import { reply, type Route } from '../context';
import type { EmulatorState } from '../state';
import { searchSessions } from './search';
import { contentReply, recordReply, trailReply } from './trail';

export { sessionControl } from './control';
export { sessionDatabaseOf, type SessionSwitches } from './database';
export { POLICY_FIELD_READINGS, type PolicyFieldReading } from './fields';
export { trailDigest } from './trail';

const ONE = /^\/api\/audit\/sessions\/([^/]+)(?:\/(audit_trail|content))?$/;

export function sessionDbRoute(state: EmulatorState, path: string): Route | undefined {
  if (path === '/api/audit')
    return {
      allow: ['GET'],
      handle: (ctx) =>
        reply(200, {
          items: [{ key: 'sessions', meta: { href: '/api/audit/sessions' } }],
          meta: ctx.meta(path),
        }),
    };
  if (path === '/api/audit/sessions') return { allow: ['GET'], handle: (ctx) => searchSessions(state, ctx) };
  const m = ONE.exec(path);
  if (!m) return undefined;
  const key = decodeURIComponent(m[1]);
  return {
    allow: ['GET'],
    handle: (ctx) =>
      m[2] === 'audit_trail'
        ? trailReply(state, ctx, key)
        : m[2] === 'content'
          ? contentReply(state, ctx, key)
          : recordReply(state, ctx, key),
  };
}
