/**
 * One self-signed certificate helper for the whole project: the emulator serves HTTPS with it, and
 * the Terraform provider's AutoMTLS reuses it, which is why the certificate is both a CA (so it can
 * be pinned as its own trust root) and valid for server and client authentication.
 */
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';
import { generate } from 'selfsigned';

export interface SelfSignedCertificateOptions {
  /** Subject common name, e.g. `sps-emulator`. */
  readonly commonName: string;
  /** Extra DNS names; `localhost` is always included. */
  readonly dnsNames?: readonly string[];
  /** Extra IP addresses; `127.0.0.1` is always included. */
  readonly ipAddresses?: readonly string[];
  /** Validity in days, from `validFrom`.  @default 365 */
  readonly days?: number;
  /** Start of validity (a past one gives an expired certificate, for tests).  @default - one hour ago (tolerates small clock skew) */
  readonly validFrom?: Date;
  /** Only the names given, without localhost and 127.0.0.1 (a certificate for another host, in tests). */
  readonly onlyGivenNames?: boolean;
}

export interface SelfSignedCertificate {
  readonly certPem: string;
  /** PKCS#8 PEM; keep it out of logs and errors. */
  readonly keyPem: string;
  readonly certDer: Buffer;
}

export class CertificateOptionError extends Error {
  readonly code = 'CERT_INVALID_OPTION';
  constructor(message: string) {
    super(message);
    this.name = 'CertificateOptionError';
  }
}

const HOUR_MS = 3600_000;

export async function createSelfSignedCertificate(
  opts: SelfSignedCertificateOptions,
): Promise<SelfSignedCertificate> {
  const days = opts.days ?? 365;
  if (!opts.commonName) throw new CertificateOptionError('invalid commonName: must be a non-empty string');
  if (!Number.isInteger(days) || days < 1)
    throw new CertificateOptionError(`invalid days: ${days} (must be a positive integer)`);
  const ips = unique([...(opts.onlyGivenNames ? [] : ['127.0.0.1']), ...(opts.ipAddresses ?? [])]);
  for (const ip of ips)
    if (!isIP(ip)) throw new CertificateOptionError(`invalid ipAddresses entry: ${JSON.stringify(ip)}`);
  const dns = unique([...(opts.onlyGivenNames ? [] : ['localhost']), ...(opts.dnsNames ?? [])]);

  const notBeforeDate = opts.validFrom ?? new Date(Date.now() - HOUR_MS);
  const notAfterDate = new Date(notBeforeDate.getTime() + days * 24 * HOUR_MS);
  const pems = await generate([{ name: 'commonName', value: opts.commonName }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true, clientAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...dns.map((value) => ({ type: 2 as const, value })),
          ...ips.map((ip) => ({ type: 7 as const, ip })),
        ],
      },
    ],
  });
  return {
    certPem: pems.cert,
    keyPem: pems.private,
    certDer: Buffer.from(new X509Certificate(pems.cert).raw),
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
