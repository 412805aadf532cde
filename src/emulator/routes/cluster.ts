/**
 * `/api/cluster/nodes` and `/api/cluster/status`, shaped by the `clusterRole` switch. A client tells
 * a managed host by `GET /api/info` → `body.node_id`, then `GET /api/cluster/nodes/<node_id>` →
 * `body.roles` containing `managed-host`.
 */
import type { JsonObject } from '../../model';
import { notFound } from '../errors';
import { reply, type Route } from '../context';
import type { EmulatorState } from '../state';

interface Node {
  readonly key: string;
  readonly fqdn: string;
  readonly roles: string[];
  readonly local: boolean;
}

function nodes(state: EmulatorState): Node[] {
  const self = (roles: string[]): Node => ({
    key: state.node.id,
    fqdn: 'sps-emulator-1.localdomain',
    roles,
    local: true,
  });
  const peer = (roles: string[]): Node => ({
    key: state.node.peerId,
    fqdn: 'sps-emulator-2.localdomain',
    roles,
    local: false,
  });
  switch (state.switches.clusterRole) {
    case 'central-management':
      return [self(['central-management', 'search-master']), peer(['managed-host', 'search-minion'])];
    case 'managed-host':
      return [peer(['central-management', 'search-master']), self(['managed-host', 'search-minion'])];
    default:
      return [self(['search-local'])];
  }
}

const nodeBody = (n: Node): JsonObject => ({
  fqdn: n.fqdn,
  address: n.local ? '127.0.0.1' : '127.0.0.2',
  roles: n.roles,
});

export function clusterRoute(state: EmulatorState, path: string): Route | undefined {
  if (path === '/api/cluster/nodes') {
    return {
      allow: ['GET'],
      handle: (ctx) =>
        reply(200, {
          items: nodes(state).map((n) => ({ key: n.key, meta: { href: `${path}/${n.key}` } })),
          meta: ctx.meta(path),
        }),
    };
  }
  if (path.startsWith('/api/cluster/nodes/')) {
    return {
      allow: ['GET'],
      handle(ctx) {
        const node = nodes(state).find((n) => `/api/cluster/nodes/${n.key}` === path);
        if (!node) throw notFound(path);
        return reply(200, { key: node.key, body: nodeBody(node), meta: ctx.meta(path) });
      },
    };
  }
  if (path === '/api/cluster/status') {
    return {
      allow: ['GET'],
      handle(ctx) {
        const now = new Date().toISOString();
        const status = nodes(state).map((n) => ({
          key: n.key,
          fqdn: n.fqdn,
          health_status: 'ok',
          sync_status: n.roles.includes('managed-host') ? 'in-sync' : 'n/a',
          last_seen: now,
          configuration_sync: {
            last_updated: null,
            last_checked: null,
            downloaded_xml_hash: null,
            issues: { warnings: [] },
          },
        }));
        return reply(200, { key: 'status', body: { nodes: status }, meta: ctx.meta(path) });
      },
    };
  }
  return undefined;
}
