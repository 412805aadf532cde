/**
 * The read-only walk of the configuration tree: from `/api/configuration`, every path a list names
 * (its items' hrefs) and every navigation link an answer carries (`meta.first`, `next`, `previous`,
 * `last`, `parent`, and endpoint links such as a connection list's `order`), each read once, all
 * reads at once within the client's concurrency. Only paths under the root are followed. What each
 * path answered is recorded as it came; making sense of it is classify.ts's job.
 */
import type { RawRead } from '../client';
import type { JsonObject, JsonValue } from '../model/types';

export const CONFIGURATION_ROOT = '/api/configuration';

export type Answer =
  | {
      readonly kind: 'list';
      readonly allow?: readonly string[];
      /** Items in the order listed: key, the path they name, and whether the list carried their body. */
      readonly items: readonly { readonly key: string; readonly path: string; readonly hasBody: boolean }[];
    }
  | {
      readonly kind: 'body';
      readonly allow?: readonly string[];
      readonly key: string;
      readonly body: JsonObject;
    }
  | { readonly kind: 'error'; readonly status: number; readonly type?: string; readonly message?: string }
  | { readonly kind: 'skipped'; readonly reason: string }
  | { readonly kind: 'other'; readonly allow?: readonly string[]; readonly json: JsonObject };

export interface WalkOptions {
  readonly read: (path: string) => Promise<RawRead>;
  /** Why a path must not be read (secret material), or undefined to read it. */
  readonly skip: (path: string) => string | undefined;
  /** Called as answers arrive: answered so far, discovered so far. */
  readonly progress?: (done: number, discovered: number) => void;
}

const isObject = (v: JsonValue | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A link as a path of the tree, or undefined when it leads outside it (or nowhere). */
export function treePath(link: unknown): string | undefined {
  if (typeof link !== 'string') return undefined;
  const path = link.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return path === CONFIGURATION_ROOT || path.startsWith(CONFIGURATION_ROOT + '/') ? path : undefined;
}

/** Every path reachable from the root, with what it answered, in the order first seen. */
export async function walkConfiguration(opts: WalkOptions): Promise<Map<string, Answer>> {
  const answers = new Map<string, Answer>();
  const seen = new Set<string>();
  let done = 0;
  const visit = async (path: string): Promise<void> => {
    if (seen.has(path)) return;
    seen.add(path);
    const reason = opts.skip(path);
    if (reason !== undefined) {
      answers.set(path, { kind: 'skipped', reason });
      return;
    }
    const res = await opts.read(path);
    const answer = answerOf(path, res);
    answers.set(path, answer);
    opts.progress?.(++done, seen.size);
    const next = answer.kind === 'list' ? answer.items.map((i) => i.path) : [];
    for (const [name, link] of Object.entries(res.json?.meta ?? {})) {
      const to = name === 'href' ? undefined : treePath(link);
      if (to !== undefined) next.push(to);
    }
    await Promise.all(next.map(visit));
  };
  await visit(CONFIGURATION_ROOT);
  return answers;
}

function answerOf(path: string, res: RawRead): Answer {
  if (res.status >= 400 || !res.json)
    return {
      kind: 'error',
      status: res.status,
      ...(res.error?.type !== undefined ? { type: res.error.type } : {}),
      ...(res.error?.message !== undefined ? { message: res.error.message } : {}),
    };
  const allow = res.allow ? { allow: res.allow } : {};
  const json = res.json;
  if (Array.isArray(json.items)) {
    const items = json.items.flatMap((item) => {
      if (!isObject(item) || typeof item.key !== 'string') return [];
      const href = isObject(item.meta) ? treePath(item.meta.href) : undefined;
      return [
        {
          key: item.key,
          path: href ?? `${path}/${encodeURIComponent(item.key)}`,
          hasBody: isObject(item.body),
        },
      ];
    });
    return { kind: 'list', ...allow, items };
  }
  if (isObject(json.body)) {
    const key = typeof json.key === 'string' ? json.key : path.slice(path.lastIndexOf('/') + 1);
    return { kind: 'body', ...allow, key, body: json.body };
  }
  const rest = { ...json };
  delete rest.meta;
  return { kind: 'other', ...allow, json: rest };
}
