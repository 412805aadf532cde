/**
 * A Splunk HTTP Event Collector stand-in for tests and demos: HTTPS on loopback, the endpoints a
 * sender uses (`POST /services/collector/event`, `GET /services/collector/health`, and with indexer
 * acknowledgement `POST /services/collector/ack`), the `Authorization: Splunk <token>` check and HEC's
 * reply shapes (text 0 "Success", 4 "Invalid token", 6 "Invalid data format", 9 "Server is busy",
 * 10 "Data channel is missing", 11 "Invalid data channel", 14 "ACK is disabled"). `fail()` makes it
 * refuse or drop the connection, the way a SIEM that is down or restarting does.
 *
 * With `ack: true` (a token with indexer acknowledgement on) every request must name a channel (the
 * `X-Splunk-Request-Channel` header or `?channel=`, a GUID); each accepted batch answers an `ackId`,
 * counted per channel from 0, and `POST /services/collector/ack {"acks":[ids]}` answers
 * `{"acks":{"<id>":true|false}}`: true once the batch is indexed — at once, after `ackAfterPolls`
 * queries, or never while `holdAcks(true)` (an indexer that is behind).
 */
import { createServer, type Server } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { createSelfSignedCertificate } from '../../tls/self-signed';

export interface HecEvent {
  readonly time?: number;
  readonly host?: string;
  readonly source?: string;
  readonly sourcetype?: string;
  readonly index?: string;
  readonly event: unknown;
}

export type HecFault = { status: 503 | 500 | 400 } | 'reset';

export interface RunningHec {
  /** `https://127.0.0.1:<port>` */
  readonly url: string;
  readonly token: string;
  readonly caPem: string;
  /** Every event accepted, in arrival order. */
  readonly received: readonly HecEvent[];
  /** How many POSTs arrived (accepted or not). */
  readonly posts: number;
  /** Ack ids answered so far, per channel (ack mode). */
  readonly channels: ReadonlyMap<string, number>;
  /** While true, no batch is acknowledged (indexed) yet. */
  holdAcks(hold: boolean): void;
  /** Refuse every request this way until `recover()`. */
  fail(fault: HecFault): void;
  recover(): void;
  close(): Promise<void>;
}

const reply = (text: string, code: number) => JSON.stringify({ text, code });

export interface HecOptions {
  token?: string;
  /** Indexer acknowledgement on: a channel on every request, delivery confirmed at /ack.  @default false */
  ack?: boolean;
  /** Ack queries a batch takes before it shows as indexed.  @default 0 */
  ackAfterPolls?: number;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function startHec(opts: HecOptions = {}): Promise<RunningHec> {
  const token = opts.token ?? 'hec-stand-in-token';
  const channels = new Map<string, number>();
  /** channel → ack id → polls so far */
  const polls = new Map<string, Map<number, number>>();
  let holding = false;
  const cert = await createSelfSignedCertificate({ commonName: 'hec-stand-in' });
  const received: HecEvent[] = [];
  let posts = 0;
  let fault: HecFault | undefined;
  const sockets = new Set<Socket>();

  const server: Server = createServer({ key: cert.keyPem, cert: cert.certPem }, (req, res) => {
    const send = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    };
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'POST') posts++;
      if (fault === 'reset') return req.socket.destroy();
      if (fault) return send(fault.status, reply('Server is busy', 9));
      const url = new URL(req.url ?? '/', 'https://hec.invalid');
      const path = url.pathname;
      if (req.method === 'GET' && path === '/services/collector/health')
        return send(200, reply('HEC is healthy', 17));
      const isAck = req.method === 'POST' && path === '/services/collector/ack';
      if (!isAck && (req.method !== 'POST' || path !== '/services/collector/event'))
        return send(404, reply('Not found', 404));
      if (req.headers.authorization !== `Splunk ${token}`)
        return send(
          req.headers.authorization ? 403 : 401,
          reply(
            req.headers.authorization ? 'Invalid token' : 'Token is required',
            req.headers.authorization ? 4 : 2,
          ),
        );
      const channel = String(
        req.headers['x-splunk-request-channel'] ?? url.searchParams.get('channel') ?? '',
      );
      if (isAck) {
        if (!opts.ack) return send(400, reply('ACK is disabled', 14));
        return send(
          200,
          JSON.stringify({ acks: acknowledge(channel, Buffer.concat(chunks).toString('utf8')) }),
        );
      }
      if (opts.ack && !channel) return send(400, reply('Data channel is missing', 10));
      if (channel && !GUID.test(channel)) return send(400, reply('Invalid data channel', 11));
      const events = parseConcatenated(Buffer.concat(chunks).toString('utf8'));
      if (!events) return send(400, reply('Invalid data format', 6));
      received.push(...events);
      if (!opts.ack) return send(200, reply('Success', 0));
      const ackId = channels.get(channel) ?? 0;
      channels.set(channel, ackId + 1);
      if (!polls.has(channel)) polls.set(channel, new Map());
      polls.get(channel)!.set(ackId, 0);
      send(200, JSON.stringify({ text: 'Success', code: 0, ackId }));
    });
  });
  /** `{"acks":[0,1]}` → `{"0":true,"1":false}`: indexed once polled `ackAfterPolls` times, unless held. */
  function acknowledge(channel: string, text: string): Record<string, boolean> {
    let ids: unknown;
    try {
      ids = (JSON.parse(text) as { acks?: unknown }).acks;
    } catch {
      ids = undefined;
    }
    const out: Record<string, boolean> = {};
    const seen = polls.get(channel);
    for (const id of Array.isArray(ids) ? ids : []) {
      const n = seen?.get(Number(id));
      if (n === undefined) {
        out[String(id)] = false;
        continue;
      }
      seen!.set(Number(id), n + 1);
      out[String(id)] = !holding && n >= (opts.ackAfterPolls ?? 0);
    }
    return out;
  }
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    token,
    caPem: cert.certPem,
    get received() {
      return received;
    },
    get posts() {
      return posts;
    },
    channels,
    holdAcks: (hold) => {
      holding = hold;
    },
    fail: (f) => {
      fault = f;
    },
    recover: () => {
      fault = undefined;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** HEC's batch format: JSON objects one after another, each with an `event`. */
function parseConcatenated(text: string): HecEvent[] | undefined {
  const out: HecEvent[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && --depth === 0) {
      try {
        const e = JSON.parse(text.slice(start, i + 1)) as HecEvent;
        if (e.event === undefined) return undefined;
        out.push(e);
      } catch {
        return undefined;
      }
    } else if (depth === 0 && !/\s/.test(c)) return undefined;
  }
  return depth === 0 && out.length ? out : undefined;
}
