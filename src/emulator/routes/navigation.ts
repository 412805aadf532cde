/** Directory listings (`/api`, `/api/configuration`, …) and `/api/info`. */
import { createHash } from 'node:crypto';
import { reply, type Route } from '../context';
import type { EmulatorState } from '../state';
import type { JsonObject } from '../../model';

/**
 * `GET /api/info` as documented (sps-api-more.md §4): without a session the anonymous view, with one
 * the full view. The sample values stand in for a real box's; `node_id` is not in the guide: it is
 * how the emulator tells a cluster's nodes apart (the client falls back to no cluster check without it).
 */
function info(state: EmulatorState, authenticated: boolean): JsonObject {
  if (state.twin) return twinInfo(state, authenticated);
  const anonymous: JsonObject = {
    domainname: 'example',
    hostname: 'sps-emulator',
    nickname: null,
    plugin_sdk_version: { feature: '1.4', full: '1.4.4' },
    support_link: 'mailto:scb-administrator@example.com',
  };
  const body: JsonObject = authenticated
    ? {
        ...anonymous,
        analytics_enabled: false,
        build_date: '2024-06-15T20:18:40+00:00',
        config_hash: configHash(state),
        firmware_version: state.node.firmwareVersion,
        roles: [],
        version: state.node.firmwareVersion.split('.').slice(0, 2).join(' F'),
        node_id: state.node.id,
      }
    : anonymous;
  return { body, key: 'about_info', meta: { href: '/api/info', parent: '/api' } };
}

/** Fields of /api/info the documentation lists as shown without a session (sps-api-more.md §4). */
const ANONYMOUS_INFO = ['domainname', 'hostname', 'nickname', 'plugin_sdk_version', 'support_link'];

/** A twin's /api/info: as captured, its config_hash the captured one until a commit changes the state. */
function twinInfo(state: EmulatorState, authenticated: boolean): JsonObject {
  const captured = state.twin!.info;
  const body: JsonObject = authenticated
    ? {
        ...captured,
        ...(state.txns.committed === state.twin!.initial ? {} : { config_hash: configHash(state) }),
      }
    : Object.fromEntries(ANONYMOUS_INFO.filter((f) => f in captured).map((f) => [f, captured[f]]));
  return { body, key: 'about_info', meta: { href: '/api/info', parent: '/api' } };
}

/** Changes with every commit (the committed state is replaced, never changed in place): hashed once per state. */
const hashes = new WeakMap<object, string>();
function configHash(state: EmulatorState): string {
  const committed = state.txns.committed;
  let hash = hashes.get(committed);
  if (hash === undefined) {
    const entries = [...committed].map(([kind, objects]) => [kind, [...objects]]);
    hash = createHash('md5').update(JSON.stringify(entries)).digest('hex');
    hashes.set(committed, hash);
  }
  return hash;
}

export function navigationRoute(state: EmulatorState, path: string): Route | undefined {
  if (path === '/api/info') {
    return {
      allow: ['GET'],
      anonymous: true,
      handle: (ctx) => {
        const answer = info(state, ctx.session !== undefined);
        if (ctx.session)
          answer.meta = {
            ...(answer.meta as JsonObject),
            remaining_seconds: state.sessions.remainingSeconds(ctx.session),
          };
        return reply(200, answer);
      },
    };
  }
  const children = state.tree.children(path);
  if (!children) return undefined;
  return {
    allow: ['GET'],
    handle: (ctx) =>
      reply(200, {
        items: children.map((key) => ({ key, meta: { href: `${path}/${key}` } })),
        meta: ctx.meta(ctx.path),
      }),
  };
}
