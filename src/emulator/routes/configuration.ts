/**
 * Every configuration kind's endpoint, with the verbs its shape allows:
 * collection (list/POST, item GET/PUT/DELETE), singleton (GET/PUT, POST for forwarders per switch),
 * create-only (POST, item GET), read-only (GET). Writes go into the session's transaction.
 */
import { validateBody, type JsonObject, type KindDef } from '../../model';
import { ApiError, notFound } from '../errors';
import { danglingReferences, formatIssue, referrersOf } from '../integrity';
import { presentBody, restoreMaskedSecrets } from '../present';
import { describeObject, isBuiltinKey, newKey, singletonKey } from '../store';
import { reply, type Method, type Reply, type RequestContext, type Route } from '../context';
import { bandIssues, withBandDefaults } from '../firmware-shapes';
import type { Transaction } from '../transactions';
import type { EmulatorState } from '../state';

const FORWARDERS = new Set(['splunk_forwarder', 'universal_siem_forwarder']);

export function configurationRoute(state: EmulatorState, path: string): Route | undefined {
  const hit = locate(state.kinds, path);
  if (!hit) return undefined;
  const { kind, key } = hit;
  const route = (allow: Method[], handle: (ctx: RequestContext) => Reply): Route => ({ allow, handle });

  if (kind.shape === 'singleton') {
    const m = state.switches.forwarderMethod;
    const allow: Method[] = !FORWARDERS.has(kind.name)
      ? ['GET', 'PUT']
      : m === 'both'
        ? ['GET', 'PUT', 'POST']
        : m === 'post'
          ? ['GET', 'POST']
          : ['GET', 'PUT'];
    return route(allow, (ctx) =>
      ctx.method === 'GET' ? getOne(state, ctx, kind, singletonKey(kind)) : putSingleton(state, ctx, kind),
    );
  }
  if (key === undefined) {
    const allow: Method[] =
      kind.shape === 'collection' ? ['GET', 'POST'] : kind.shape === 'create-only' ? ['POST'] : ['GET'];
    return route(allow, (ctx) => (ctx.method === 'POST' ? create(state, ctx, kind) : list(state, ctx, kind)));
  }
  const allow: Method[] = kind.shape === 'collection' ? ['GET', 'PUT', 'DELETE'] : ['GET'];
  return route(allow, (ctx) => {
    if (ctx.method === 'PUT') return replace(state, ctx, kind, key);
    if (ctx.method === 'DELETE') return remove(state, ctx, kind, key);
    return getOne(state, ctx, kind, key);
  });
}

function locate(kinds: readonly KindDef[], path: string): { kind: KindDef; key?: string } | undefined {
  for (const kind of kinds) {
    if (path === kind.endpoint) return { kind };
    if (kind.shape === 'singleton' || !path.startsWith(kind.endpoint + '/')) continue;
    const key = path.slice(kind.endpoint.length + 1);
    if (key && !key.includes('/')) return { kind, key: decodeURIComponent(key) };
  }
  return undefined;
}

function list(state: EmulatorState, ctx: RequestContext, kind: KindDef): Reply {
  const view = state.txns.view(ctx.session!);
  const objects = view.get(kind.name) ?? new Map<string, JsonObject>();
  // a twin of an appliance whose lists carry the bodies (8.0 LTS) lists them so too
  const bodies = state.twin?.listsBodies(kind.endpoint) === true;
  const items = [...objects].map(([key, stored]) => ({
    ...(bodies ? { body: presentBody(kind, stored, state.switches, state.hrefOf, view, state.extras) } : {}),
    key,
    meta: { href: `${kind.endpoint}/${key}` },
  }));
  return reply(200, { items, meta: ctx.meta(ctx.path) });
}

function getOne(state: EmulatorState, ctx: RequestContext, kind: KindDef, key: string): Reply {
  const view = state.txns.view(ctx.session!);
  const stored = view.get(kind.name)?.get(key);
  if (!stored) throw notFound(ctx.path);
  return reply(200, {
    key,
    body: presentBody(kind, stored, state.switches, state.hrefOf, view, state.extras),
    meta: ctx.meta(ctx.path),
  });
}

function create(state: EmulatorState, ctx: RequestContext, kind: KindDef): Reply {
  const txn = beginWrite(state, ctx);
  const key = newKey(kind);
  const body = acceptBody(state, ctx, txn, kind, key, undefined);
  state.txns.write(txn, kind.name, key, body);
  countWrite(state, ctx);
  const href = `${kind.endpoint}/${key}`;
  return reply(201, { key, meta: ctx.meta(href) });
}

function replace(state: EmulatorState, ctx: RequestContext, kind: KindDef, key: string): Reply {
  const txn = beginWrite(state, ctx);
  const current = txn.working.get(kind.name)?.get(key);
  if (!current) throw notFound(ctx.path);
  state.txns.write(txn, kind.name, key, acceptBody(state, ctx, txn, kind, key, current));
  countWrite(state, ctx);
  return reply(200, { key, meta: ctx.meta(ctx.path) });
}

function putSingleton(state: EmulatorState, ctx: RequestContext, kind: KindDef): Reply {
  const txn = beginWrite(state, ctx);
  const key = singletonKey(kind);
  const current = txn.working.get(kind.name)?.get(key);
  state.txns.write(txn, kind.name, key, acceptBody(state, ctx, txn, kind, key, current));
  countWrite(state, ctx);
  return reply(200, { key, meta: ctx.meta(ctx.path) });
}

function remove(state: EmulatorState, ctx: RequestContext, kind: KindDef, key: string): Reply {
  const txn = beginWrite(state, ctx);
  const current = txn.working.get(kind.name)?.get(key);
  if (!current) throw notFound(ctx.path);
  const what = describeObject(kind, key, current);
  if (isBuiltinKey(key))
    throw new ApiError(409, 'BuiltinObject', `Cannot delete ${what}: built-in objects cannot be deleted`, {
      key,
    });
  const users = referrersOf(state.kinds, txn.working, kind.name, key);
  if (users.length > 0) {
    const names = users.map((u) => `${describeObject(u.from, u.fromKey, u.fromBody)} at ${u.pointer}`);
    throw new ApiError(409, 'ObjectInUse', `Cannot delete ${what}: it is referenced by ${names.join(', ')}`, {
      key,
      referenced_by: users.map((u) => ({ kind: u.from.name, key: u.fromKey, path: u.pointer })),
    });
  }
  state.txns.write(txn, kind.name, key, undefined);
  countWrite(state, ctx);
  return reply(200, { meta: ctx.meta(ctx.path) });
}

/** A write went through; the drop-transaction fault may now discard the transaction (as an expiry would). */
function countWrite(state: EmulatorState, ctx: RequestContext): void {
  state.stats.writes += 1;
  if (state.faults.onWrite()) state.txns.rollback(ctx.session!.id);
}

/** The transaction a write goes into (lock and no-transaction rules live in Transactions). */
function beginWrite(state: EmulatorState, ctx: RequestContext): Transaction {
  const { txn, opened } = state.txns.forWrite(
    ctx.session!,
    state.switches.noTransactionWrites === 'auto-open',
  );
  if (opened) state.stats.transactionsOpened += 1;
  return txn;
}

/** Request body → canonical stored body, or a 400 naming the field. Nothing is written on failure. */
function acceptBody(
  state: EmulatorState,
  ctx: RequestContext,
  txn: Transaction,
  kind: KindDef,
  key: string,
  current: JsonObject | undefined,
): JsonObject {
  const raw = ctx.json();
  if (raw === undefined) throw invalid(kind, [{ path: '', message: 'a JSON object body is required' }]);
  const body =
    state.switches.secrets === 'masked' && isObject(raw) ? restoreMaskedSecrets(kind, raw, current) : raw;
  // fields only the appliance knows are checked for their shape, then kept apart from the model's check
  const extras = state.switches.unmodelledFields === 'on' && isObject(body);
  const split = extras ? state.extras.split(kind, body as JsonObject) : { body, issues: [] };
  // the firmware's own shape first: a field this band does not have is unknown whatever the model says
  const band = isObject(split.body) ? bandIssues(state.band, kind.name, split.body) : [];
  const unknown = new Set(band.map((i) => i.path));
  const issues = [
    ...split.issues,
    ...band,
    ...validateBody(kind, split.body).filter((i) => !unknown.has(i.path)),
  ];
  if (issues.length > 0) throw invalid(kind, issues);
  const modelled = withBandDefaults(state.band, kind.name, kind.canonicalize(split.body as JsonObject));
  const canonical = extras ? state.extras.merge(kind, modelled, body as JsonObject) : modelled;

  if (kind.identity === 'name') {
    for (const [otherKey, other] of txn.working.get(kind.name) ?? []) {
      if (otherKey !== key && other.name === canonical.name) {
        throw invalid(kind, [
          {
            path: '/name',
            message: `must be unique: ${describeObject(kind, otherKey, other)} already has this name`,
          },
        ]);
      }
    }
  }
  if (state.switches.referenceCheck === 'write') {
    const probe = new Map(txn.working);
    probe.set(kind.name, new Map(txn.working.get(kind.name)).set(key, canonical));
    const dangling = danglingReferences(state.kinds, probe, { kind, key });
    if (dangling.length > 0) {
      throw new ApiError(400, 'IntegrityError', formatIssue(dangling[0]), {
        issues: dangling.map((i) => ({ object: i.object, path: i.pointer, message: i.message })),
      });
    }
  }
  return canonical;
}

function invalid(kind: KindDef, issues: ReadonlyArray<{ path: string; message: string }>): ApiError {
  const text = issues.map((i) => `${i.path || '(body)'}: ${i.message}`).join('; ');
  return new ApiError(400, 'ValidationError', `Invalid ${kind.title}: ${text}`, {
    path: issues[0].path,
    message: issues[0].message,
    issues: issues.map((i) => ({ path: i.path, message: i.message })),
  });
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
