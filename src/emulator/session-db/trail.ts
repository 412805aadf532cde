/**
 * One recorded session: its body (`GET /api/audit/sessions/<key>`, the shape of the guide's sample in
 * seeds/002), its audit trail (`…/audit_trail`, `?format=srs` for follow mode) and the search in its
 * content (`…/content?q=`). The trail is generated, not stored: the same bytes for the same key and
 * size every time (a 64 KiB block from the key's digest, repeated), streamed with backpressure, so a
 * 200 MB trail costs the emulator no more memory than a small one.
 *
 * Trails that cannot be downloaded answer 404 NotFound with the reason (the guide gives no status for
 * these; emulator choices): a session that was not recorded, an active one asked for without
 * `format=srs`, an archived one whose archive the appliance cannot reach.
 */
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { JsonObject } from '../../model';
import { ApiError, notFound } from '../errors';
import type { Reply, RequestContext } from '../context';
import type { EmulatorState } from '../state';
import { sessionDatabaseOf } from './database';
import { isoOf, type SessionRecord } from './records';

const BLOCK = 64 * 1024;

/** The 64 KiB a trail of `key` repeats. */
function blockOf(key: string): Buffer {
  const out = Buffer.alloc(BLOCK);
  let digest = createHash('sha256').update(key).digest();
  for (let at = 0; at < BLOCK; at += digest.length) {
    digest.copy(out, at);
    digest = createHash('sha256').update(digest).digest();
  }
  return out;
}

/** The trail's bytes as a stream that makes each chunk only when the reader wants it. */
export function trailStream(key: string, size: number): Readable {
  const block = blockOf(key);
  let sent = 0;
  return new Readable({
    highWaterMark: BLOCK,
    read() {
      if (sent >= size) return void this.push(null);
      const n = Math.min(BLOCK, size - sent);
      sent += n;
      this.push(n === BLOCK ? block : block.subarray(0, n));
    },
  });
}

/** SHA-256 of the trail a session of `key` and `size` serves (for tests comparing a download). */
export function trailDigest(key: string, size: number): string {
  const block = blockOf(key);
  const hash = createHash('sha256');
  for (let sent = 0; sent < size; sent += BLOCK) hash.update(block.subarray(0, Math.min(BLOCK, size - sent)));
  return hash.digest('hex');
}

export function sessionOf(state: EmulatorState, path: string, key: string): SessionRecord {
  const r = sessionDatabaseOf(state).get(key);
  if (!r) throw notFound(path);
  return r;
}

export function trailReply(state: EmulatorState, ctx: RequestContext, key: string): Reply {
  const r = sessionOf(state, ctx.path, key);
  const srs = ctx.query.get('format') === 'srs';
  const refuse = (message: string) => new ApiError(404, 'NotFound', message, { path: ctx.path });
  if (r.trailBytes === null) throw refuse('The session has no audit trail (it was not recorded)');
  if (r.end === null && !srs)
    throw refuse('The session is still active: download its audit trail in follow mode (format=srs)');
  if (r.archived && !r.archiveReachable)
    throw refuse('The audit trail is archived and the archive is not reachable from this appliance');
  const size = r.trailBytes;
  return {
    status: 200,
    body: {},
    raw: {
      contentType: 'application/octet-stream',
      length: size,
      headers: { 'Content-Disposition': `attachment; filename="${r.key}.${srs ? 'srs' : 'zat'}"` },
      open: () => trailStream(r.key, size),
    },
  };
}

/** `…/content?q=`: the events of one session's indexed content that match; no q, no items. */
export function contentReply(state: EmulatorState, ctx: RequestContext, key: string): Reply {
  const r = sessionOf(state, ctx.path, key);
  const terms = (ctx.query.get('q') ?? '')
    .split(/\s+/)
    .map((t) => t.replace(/^"|"$/g, ''))
    .filter(Boolean)
    .map(
      (t) =>
        new RegExp(
          `^${t
            .replace(/[.+^${}()|[\]\\]/g, '\\$&')
            .replace(/\*/g, '.*')
            .replace(/\?/g, '.')}$`,
          'i',
        ),
    );
  const items: JsonObject[] = [];
  (r.content ?? []).forEach((word, i) => {
    if (!terms.some((t) => t.test(word))) return;
    const at = r.start + (i + 1) * 1000;
    items.push({
      'channel.id': 1,
      end_time: isoOf(at + 500),
      rank: 1 / (i + 1),
      record_id: { begin: 100 + i * 10, end: 102 + i * 10, for_screenshot: 100 + i * 10 },
      start_time: isoOf(at),
      trail_id: '1',
    });
  });
  return { status: 200, body: { items, meta: meta(state, ctx, ctx.path) } };
}

/** The session as `GET /api/audit/sessions/<key>` shows it (the guide's sample, seeds/002). */
export function recordReply(state: EmulatorState, ctx: RequestContext, key: string): Reply {
  const r = sessionOf(state, ctx.path, key);
  const href = `/api/audit/sessions/${r.key}`;
  const link = (what: string) => ({ href: `${href}/${what}` });
  const end = r.end ?? Date.now();
  return {
    status: 200,
    body: {
      body: {
        active: r.end === null,
        alerts: link('alerts'),
        analytics: {
          interesting_events: [],
          scripted: false,
          scripted_results: {},
          similar_sessions: [],
          tags: [],
        },
        channels: link('channels'),
        client: { ip: r.client.ip, name: r.client.ip, port: r.client.port },
        creation_time: new Date(r.start).toISOString(),
        duration: Math.floor((end - r.start) / 1000),
        end_time: r.end === null ? null : isoOf(r.end),
        events: link('events'),
        hidden: false,
        indexing: link('indexing'),
        node_id: state.node.id,
        origin: 'RECORDING',
        phantom: false,
        protocol: r.protocol.toUpperCase(),
        recording: {
          archived: r.archived,
          ...(r.trailBytes === null
            ? {}
            : {
                audit_trail: {
                  archive: r.archived ? { reachable: r.archiveReachable } : null,
                  download: link('audit_trail'),
                },
              }),
          auth_method: r.authMethod,
          channel_policy: r.channelPolicy,
          command_extracted: false,
          connection_policy: r.policy.name,
          connection_policy_id: r.policy.key,
          content_reference_id: r.seq,
          has_accepted_channel: true,
          index_status: r.content === null ? 'NOT_INDEXED' : 'INDEXED',
          server_local: { ip: r.local.ip, name: r.local.ip, port: r.local.port },
          session_id: r.sessionId,
          target: { ip: r.target.ip, name: r.target.ip, port: r.target.port },
          verdict: 'Accepted',
          window_title_extracted: false,
        },
        revision: 1,
        server: { ip: r.target.ip, name: r.target.ip, port: r.target.port },
        start_time: isoOf(r.start),
        user: { id: r.gatewayUser, name: r.gatewayUser, server_username: r.serverUser },
        verdict: 'ACCEPT',
      },
      key: r.key,
      meta: meta(state, ctx, href),
    },
  };
}

function meta(state: EmulatorState, ctx: RequestContext, href: string): JsonObject {
  return {
    href,
    parent: href.slice(0, href.lastIndexOf('/')),
    ...(ctx.session ? { remaining_seconds: state.sessions.remainingSeconds(ctx.session) } : {}),
  };
}
