/**
 * A tiny scripted HTTPS server on 127.0.0.1 for the client's unit-level tests: each test installs a
 * handler and inspects what arrived (method, path, headers, body). The SPS behaviour itself is
 * exercised against the real emulator in the contract suite.
 */
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { createSelfSignedCertificate } from '../../../src/tls/self-signed';

export interface Seen {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Handler = (req: Seen, res: ServerResponse) => void | Promise<void>;

export interface TinyServer {
  url: string;
  caPem: string;
  seen: Seen[];
  handle(h: Handler): void;
  close(): Promise<void>;
}

export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export function spsError(
  res: ServerResponse,
  status: number,
  type: string,
  message: string,
  details: object = {},
): void {
  json(res, status, { error: { type, message, details }, meta: { href: '/api', parent: null } });
}

export async function startTinyServer(): Promise<TinyServer> {
  const cert = await createSelfSignedCertificate({ commonName: 'tiny-sps' });
  let handler: Handler = (_req, res) => json(res, 404, {});
  const seen: Seen[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer({ cert: cert.certPem, key: cert.keyPem }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry: Seen = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      seen.push(entry);
      Promise.resolve(handler(entry, res)).catch((err: Error) => {
        res.destroy(err);
      });
    });
  });
  server.on('secureConnection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}`,
    caPem: cert.certPem,
    seen,
    handle(h) {
      handler = h;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A handler that implements just enough SPS login: Basic admin:secret-pw → session_id cookie. */
export const LOGIN_OK = { username: 'admin', password: 'secret-pw-123' };
export function isLogin(req: Seen): boolean {
  return req.method === 'GET' && req.path.startsWith('/api/authentication');
}
export function answerLogin(
  req: Seen,
  res: ServerResponse,
  sessionId = 'a1f71d030e657634730b9e887cb59a5e56162860',
): void {
  const expected = 'Basic ' + Buffer.from(`${LOGIN_OK.username}:${LOGIN_OK.password}`).toString('base64');
  if (req.headers.authorization !== expected) {
    spsError(
      res,
      401,
      'AuthenticationFailure',
      'Authenticating the user with the given credentials has failed',
    );
    return;
  }
  json(
    res,
    200,
    { meta: { href: '/api/authentication', parent: '/api' } },
    { 'set-cookie': `session_id=${sessionId}; Path=/; Secure; HttpOnly` },
  );
}
