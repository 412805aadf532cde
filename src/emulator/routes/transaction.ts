/**
 * `/api/transaction` (status in both documented shapes, open, commit, rollback) and
 * `/api/transaction/changes`.
 */
import type { JsonObject } from '../../model';
import { ApiError, EmulatorPersistError } from '../errors';
import { formatIssue, danglingReferences, overusedSecrets } from '../integrity';
import { presentBody } from '../present';
import { reply, type Reply, type RequestContext, type Route } from '../context';
import type { EmulatorState } from '../state';

export function transactionRoute(state: EmulatorState, path: string): Route | undefined {
  if (path === '/api/transaction') {
    return {
      allow: ['GET', 'POST', 'PUT', 'DELETE'],
      handle(ctx) {
        switch (ctx.method) {
          case 'POST':
            state.txns.open(ctx.session!);
            state.stats.transactionsOpened += 1;
            return status(state, ctx);
          case 'PUT':
            return commit(state, ctx);
          case 'DELETE':
            if (state.txns.rollback(ctx.session!.id)) state.stats.rollbacks += 1;
            return reply(200, { meta: ctx.meta(ctx.path) });
          default:
            return status(state, ctx);
        }
      },
    };
  }
  if (path === '/api/transaction/changes') return { allow: ['GET'], handle: (ctx) => changes(state, ctx) };
  return undefined;
}

/** Both shapes: the docs' `transaction.status` and safeguard-ps's `body.status` + `meta.changes`. */
function status(state: EmulatorState, ctx: RequestContext): Reply {
  const open = state.txns.of(ctx.session!) !== undefined;
  const s = open ? 'open' : 'closed';
  return reply(200, {
    key: 'transaction',
    body: { status: s, commit_message: open ? null : state.txns.lastCommitMessage },
    transaction: { status: s },
    meta: ctx.meta(ctx.path, { changes: '/api/transaction/changes' }),
  });
}

function commit(state: EmulatorState, ctx: RequestContext): Reply {
  const body = ctx.json() as JsonObject | undefined;
  if (typeof body !== 'object' || body === null || Array.isArray(body) || body.status !== 'commit') {
    throw new ApiError(
      400,
      'ValidationError',
      '/status: must be "commit" (send {"status": "commit"} to commit the transaction)',
      {
        issues: [{ path: '/status', message: 'must be "commit"' }],
      },
    );
  }
  const message =
    typeof body.commit_message === 'string'
      ? body.commit_message
      : typeof body.message === 'string'
        ? body.message
        : null;
  state.txns.commit(ctx.session!, message, (working) => {
    const fault = state.faults.commitFault();
    if (fault)
      throw new ApiError(
        fault.status,
        'CommitFailed',
        fault.message ?? 'The commit failed (injected fault); the transaction is still open',
      );
    const issues = [...danglingReferences(state.kinds, working), ...overusedSecrets(state.kinds, working)];
    if (issues.length > 0) {
      const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
      throw new ApiError(
        400,
        'IntegrityError',
        `Commit refused: ${formatIssue(issues[0])}${more}; the transaction is still open`,
        {
          issues: issues.map((i) => ({ object: i.object, path: i.pointer, message: i.message })),
        },
      );
    }
    try {
      state.persist?.(working);
    } catch (e) {
      if (!(e instanceof EmulatorPersistError)) throw e;
      throw new ApiError(500, 'InternalError', 'The configuration could not be saved; nothing was committed');
    }
  });
  state.stats.commits += 1;
  state.faults.onCommit();
  return status(state, ctx);
}

function changes(state: EmulatorState, ctx: RequestContext): Reply {
  const txn = state.txns.of(ctx.session!);
  const list = txn ? state.txns.changes(txn) : [];
  const present = (kindName: (typeof list)[number]['kind'], body: JsonObject | undefined) => {
    const kind = state.kindsByName.get(kindName)!;
    return body && presentBody(kind, body, state.switches, state.hrefOf, undefined, state.extras);
  };
  return reply(200, {
    changes: list.map((c) => {
      const kind = state.kindsByName.get(c.kind)!;
      const href = kind.shape === 'singleton' ? kind.endpoint : `${kind.endpoint}/${c.key}`;
      return {
        type: c.type,
        path: href,
        key: c.key,
        ...(c.oldValue ? { old_value: present(c.kind, c.oldValue)! } : {}),
        ...(c.newValue ? { new_value: present(c.kind, c.newValue)! } : {}),
      };
    }),
    meta: ctx.meta(ctx.path),
  });
}
