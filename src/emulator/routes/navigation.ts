/** Directory listings (`/api`, `/api/configuration`, …) and `/api/info`. */
import { reply, type Route } from '../context';
import type { EmulatorState } from '../state';

export function navigationRoute(state: EmulatorState, path: string): Route | undefined {
  if (path === '/api/info') {
    return {
      allow: ['GET'],
      handle: (ctx) =>
        reply(200, {
          key: 'info',
          body: {
            firmware_version: state.node.firmwareVersion,
            version: state.node.firmwareVersion,
            node_id: state.node.id,
            emulated: true,
          },
          meta: ctx.meta(ctx.path),
        }),
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
