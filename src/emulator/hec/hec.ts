/**
 * A Splunk HTTP Event Collector stand-in for tests and demos: HTTPS on loopback, the two endpoints a
 * sender uses (`POST /services/collector/event`, `GET /services/collector/health`), the
 * `Authorization: Splunk <token>` check and HEC's reply shapes (text 0 "Success", 4 "Invalid token",
 * 6 "Invalid data format", 9 "Server is busy"). `fail()` makes it refuse or drop the connection, the
 * way a SIEM that is down or restarting does.
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
  /** Refuse every request this way until `recover()`. */
  fail(fault: HecFault): void;
  recover(): void;
  close(): Promise<void>;
}

const reply = (text: string, code: number) => JSON.stringify({ text, code });

export async function startHec(opts: { token?: string } = {}): Promise<RunningHec> {
  const token = opts.token ?? 'hec-stand-in-token';
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
      const path = (req.url ?? '').split('?')[0];
      if (req.method === 'GET' && path === '/services/collector/health')
        return send(200, reply('HEC is healthy', 17));
      if (req.method !== 'POST' || path !== '/services/collector/event')
        return send(404, reply('Not found', 404));
      if (req.headers.authorization !== `Splunk ${token}`)
        return send(
          req.headers.authorization ? 403 : 401,
          reply(
            req.headers.authorization ? 'Invalid token' : 'Token is required',
            req.headers.authorization ? 4 : 2,
          ),
        );
      const events = parseConcatenated(Buffer.concat(chunks).toString('utf8'));
      if (!events) return send(400, reply('Invalid data format', 6));
      received.push(...events);
      send(200, reply('Success', 0));
    });
  });
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
