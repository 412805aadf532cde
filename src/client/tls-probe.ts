/**
 * One TLS handshake with the appliance, outside the client's pool, to say what is wrong with its
 * certificate instead of only that it was refused: whether the chain is trusted (with the CA file
 * given, or the system store), whether it is issued for the host name of the URL, and when it
 * expires. Used by `sps doctor`; it never sends a request, so no credential goes over it.
 */
import { isIP } from 'node:net';
import { checkServerIdentity, connect, type DetailedPeerCertificate } from 'node:tls';

export interface ProbedCertificate {
  readonly subject: string;
  readonly issuer: string;
  readonly subjectAltName: string;
  readonly validFrom: Date;
  readonly validTo: Date;
  readonly fingerprint256: string;
  readonly selfSigned: boolean;
}

export type TlsProbe =
  | {
      readonly reached: true;
      /** TCP connect plus the TLS handshake. */
      readonly handshakeMs: number;
      readonly protocol: string | null;
      /** Whether the chain verified against the trusted CAs (the name is checked apart, below). */
      readonly chainTrusted: boolean;
      /** OpenSSL's reason when it did not (`CERT_HAS_EXPIRED`, `DEPTH_ZERO_SELF_SIGNED_CERT`, …). */
      readonly chainError?: string;
      /** Why the certificate does not match the URL's host name, when it does not. */
      readonly nameError?: string;
      readonly certificate: ProbedCertificate;
      /** Subjects from the server certificate up, as the server sent them. */
      readonly chain: readonly string[];
    }
  | { readonly reached: false; readonly code: string; readonly message: string };

const NAME_ERROR = 'ERR_TLS_CERT_ALTNAME_INVALID';

export function probeTls(origin: string, opts: { ca?: string; timeoutMs?: number } = {}): Promise<TlsProbe> {
  const url = new URL(origin);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || 443);
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = connect({
      host,
      port,
      ...(isIP(host) ? {} : { servername: host }),
      ...(opts.ca !== undefined ? { ca: opts.ca } : {}),
      // we report on the certificate rather than refuse it; nothing is sent over this socket
      rejectUnauthorized: false,
      // the name is checked below on its own, so an expired certificate still says whether its name fits
      checkServerIdentity: () => undefined,
    });
    const done = (probe: TlsProbe) => {
      socket.destroy();
      resolve(probe);
    };
    socket.setTimeout(opts.timeoutMs ?? 10_000, () =>
      done({
        reached: false,
        code: 'ETIMEDOUT',
        message: `no TLS handshake within ${opts.timeoutMs ?? 10_000} ms`,
      }),
    );
    socket.once('error', (err: NodeJS.ErrnoException) =>
      done({ reached: false, code: err.code ?? 'unknown', message: err.message }),
    );
    socket.once('secureConnect', () => {
      const peer = socket.getPeerCertificate(true);
      const nameProblem = checkServerIdentity(host, peer);
      const chainError = socket.authorizationError ? String(socket.authorizationError) : undefined;
      done({
        reached: true,
        handshakeMs: performance.now() - started,
        protocol: socket.getProtocol(),
        chainTrusted: socket.authorized,
        ...(chainError ? { chainError } : {}),
        ...(nameProblem ? { nameError: (nameProblem as NodeJS.ErrnoException).code ?? NAME_ERROR } : {}),
        certificate: describe(peer),
        chain: chainOf(peer),
      });
    });
  });
}

function describe(c: DetailedPeerCertificate): ProbedCertificate {
  return {
    subject: nameOf(c.subject),
    issuer: nameOf(c.issuer),
    subjectAltName: c.subjectaltname ?? '',
    validFrom: new Date(c.valid_from),
    validTo: new Date(c.valid_to),
    fingerprint256: c.fingerprint256,
    selfSigned: c.issuerCertificate === c || c.fingerprint256 === c.issuerCertificate?.fingerprint256,
  };
}

function chainOf(leaf: DetailedPeerCertificate): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (
    let c: DetailedPeerCertificate | undefined = leaf;
    c && !seen.has(c.fingerprint256);
    c = c.issuerCertificate
  ) {
    seen.add(c.fingerprint256);
    out.push(nameOf(c.subject));
  }
  return out;
}

function nameOf(n: Record<string, string | string[] | undefined> | undefined): string {
  if (!n) return '';
  return Object.entries(n)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
    .join(', ');
}
