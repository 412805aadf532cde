/**
 * go-plugin's launch contract, as Terraform drives it (facts: docs/terraform-and-cdktf.md §3.5):
 * Terraform execs the plugin with a magic cookie, the protocol versions it speaks and, with
 * AutoMTLS, its client certificate; the plugin answers with ONE stdout line
 * `1|6|tcp|127.0.0.1:PORT|grpc|<base64 RawStd DER of the server cert>` and serves gRPC over TLS.
 */
import * as grpc from '@grpc/grpc-js';
import { createSelfSignedCertificate } from '../../tls/self-signed';

export const MAGIC_COOKIE_KEY = 'TF_PLUGIN_MAGIC_COOKIE';
export const MAGIC_COOKIE_VALUE = 'd602bf8f470bc67ca7faa0386276bbdd4330efaf76d1a219cb4d6991ca9872b2';
/** go-plugin's own protocol version (field 1 of the handshake line). */
export const CORE_PROTOCOL_VERSION = 1;
/** Terraform plugin protocol major version (field 2). */
export const APP_PROTOCOL_VERSION = 6;

export class HandshakeError extends Error {
  constructor(
    readonly code:
      'PLUGIN_NOT_LAUNCHED_BY_TERRAFORM' | 'PLUGIN_PROTOCOL_UNSUPPORTED' | 'PLUGIN_CLIENT_CERT_INVALID',
    message: string,
  ) {
    super(message);
    this.name = 'HandshakeError';
  }
}

export interface LaunchEnvironment {
  /** PEM of the certificate Terraform will present; absent when AutoMTLS is off. */
  readonly clientCertPem?: string;
}

/** Refuses to start unless launched by a go-plugin host that speaks protocol 6. */
export function checkLaunchEnvironment(env: NodeJS.ProcessEnv, programName: string): LaunchEnvironment {
  if (env[MAGIC_COOKIE_KEY] !== MAGIC_COOKIE_VALUE) {
    throw new HandshakeError(
      'PLUGIN_NOT_LAUNCHED_BY_TERRAFORM',
      `${programName} is a Terraform provider plugin: Terraform starts it, it is not meant to be run directly.\n` +
        'Use it from a Terraform (or CDKTF) configuration instead; see the provider documentation.',
    );
  }
  const offered = (env.PLUGIN_PROTOCOL_VERSIONS ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  if (offered.length && !offered.includes(String(APP_PROTOCOL_VERSION))) {
    throw new HandshakeError(
      'PLUGIN_PROTOCOL_UNSUPPORTED',
      `${programName} speaks Terraform plugin protocol ${APP_PROTOCOL_VERSION}, but the host offered ${offered.join(', ')}. ` +
        'Use Terraform 1.0 or later.',
    );
  }
  const clientCertPem = env.PLUGIN_CLIENT_CERT?.trim();
  if (
    clientCertPem !== undefined &&
    clientCertPem !== '' &&
    !clientCertPem.includes('-----BEGIN CERTIFICATE-----')
  ) {
    throw new HandshakeError(
      'PLUGIN_CLIENT_CERT_INVALID',
      'PLUGIN_CLIENT_CERT is set but holds no PEM certificate.',
    );
  }
  return clientCertPem ? { clientCertPem } : {};
}

export interface ServerTls {
  readonly credentials: grpc.ServerCredentials;
  /** DER of our certificate, announced in the handshake line; absent without AutoMTLS. */
  readonly certDer?: Buffer;
}

/**
 * With a client certificate: a fresh self-signed server certificate (SAN localhost, its own CA,
 * as go-plugin's client pins it as the root) and mutual TLS that only admits the host's cert.
 */
export async function serverTls(launch: LaunchEnvironment): Promise<ServerTls> {
  if (!launch.clientCertPem) return { credentials: grpc.ServerCredentials.createInsecure() };
  const cert = await createSelfSignedCertificate({ commonName: 'localhost', days: 30 });
  const credentials = grpc.ServerCredentials.createSsl(
    Buffer.from(launch.clientCertPem),
    [{ cert_chain: Buffer.from(cert.certPem), private_key: Buffer.from(cert.keyPem) }],
    true,
  );
  return { credentials, certDer: cert.certDer };
}

export function handshakeLine(port: number, certDer?: Buffer): string {
  // go-plugin decodes the certificate with base64.RawStdEncoding: standard alphabet, no padding.
  const cert = certDer ? certDer.toString('base64').replace(/=+$/, '') : '';
  return `${CORE_PROTOCOL_VERSION}|${APP_PROTOCOL_VERSION}|tcp|127.0.0.1:${port}|grpc|${cert}`;
}

export interface ParsedHandshake {
  readonly coreProtocol: number;
  readonly appProtocol: number;
  readonly network: string;
  readonly address: string;
  readonly protocol: string;
  readonly certDer?: Buffer;
}

/** The host side of the handshake (used by our test harness, as go-plugin's client does). */
export function parseHandshakeLine(line: string): ParsedHandshake {
  const parts = line.trim().split('|');
  if (parts.length < 6)
    throw new HandshakeError(
      'PLUGIN_PROTOCOL_UNSUPPORTED',
      `malformed handshake line (${parts.length} fields)`,
    );
  const [core, app, network, address, protocol, cert] = parts;
  return {
    coreProtocol: Number(core),
    appProtocol: Number(app),
    network,
    address,
    protocol,
    ...(cert ? { certDer: Buffer.from(cert, 'base64') } : {}),
  };
}
