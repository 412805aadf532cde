/**
 * Can this machine reach the appliance, and does it trust what answers: the TCP connection and TLS
 * handshake, the certificate chain (against the CA file given, or the system store), the host name,
 * and the validity dates. One handshake outside the client, so a refusal says exactly why.
 */
import { probeTls } from '../client/tls-probe';
import { finding, type Finding } from './findings';

const DAY_MS = 86_400_000;
/** A certificate expiring sooner than this is worth a warning: renewals take time. */
const EXPIRY_WARNING_DAYS = 30;

export interface Trust {
  /** PEM of the CA the user said to trust; undefined: the system store. */
  readonly ca?: string;
  readonly insecure: boolean;
}

export async function connectionFindings(
  url: string,
  trust: Trust,
  now = new Date(),
): Promise<{ findings: Finding[]; usable: boolean }> {
  const host = new URL(url).host;
  const probe = await probeTls(url, { ...(trust.ca !== undefined ? { ca: trust.ca } : {}) });
  if (!probe.reached) {
    return {
      usable: false,
      findings: [
        finding('connectivity', 'error', `cannot reach ${host}: ${probe.code} (${probe.message})`, {
          action:
            'check the URL and port, that management access is enabled on the interface it names, and any firewall or proxy on the way',
        }),
      ],
    };
  }
  const c = probe.certificate;
  const findings: Finding[] = [
    finding(
      'connectivity',
      'ok',
      `${host} answers: TLS handshake in ${Math.round(probe.handshakeMs)} ms (${probe.protocol ?? 'TLS'})`,
    ),
  ];
  const soft = trust.insecure ? 'warning' : 'error';
  const chain = [
    `certificate: ${c.subject}`,
    `issued by: ${c.issuer}`,
    `names: ${c.subjectAltName || '(none)'}`,
  ];
  if (probe.chainTrusted)
    findings.push(finding('tls.chain', 'ok', 'the certificate chain is trusted', { details: chain }));
  else
    findings.push(
      finding(
        'tls.chain',
        soft,
        `the certificate chain is not trusted (${probe.chainError ?? 'unknown reason'})`,
        {
          details: chain,
          action: chainAction(probe.chainError, trust),
        },
      ),
    );
  if (probe.nameError)
    findings.push(
      finding('tls.name', soft, `the certificate is not issued for ${new URL(url).hostname}`, {
        details: [`it names: ${c.subjectAltName || c.subject}`],
        action: `use a URL with a name the certificate lists, or have the appliance certificate reissued for ${new URL(url).hostname}`,
      }),
    );
  else findings.push(finding('tls.name', 'ok', `the certificate is issued for ${new URL(url).hostname}`));
  findings.push(expiryFinding(c.validFrom, c.validTo, now, soft));
  const usable = trust.insecure || (probe.chainTrusted && !probe.nameError);
  return { findings, usable };
}

function chainAction(code: string | undefined, trust: Trust): string {
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID')
    return 'have the appliance certificate renewed (see the validity finding)';
  if (trust.ca === undefined)
    return 'pass the CA certificate that signed the appliance certificate with --ca-file (SPS_CA_FILE)';
  return 'the CA file given did not sign this certificate: pass the CA that did with --ca-file (SPS_CA_FILE)';
}

function expiryFinding(from: Date, to: Date, now: Date, soft: 'warning' | 'error'): Finding {
  const days = Math.floor((to.getTime() - now.getTime()) / DAY_MS);
  const until = to.toISOString().slice(0, 10);
  if (now < from)
    return finding(
      'tls.expiry',
      soft,
      `the certificate is not valid before ${from.toISOString().slice(0, 10)}`,
      {
        action: "check the appliance's clock and this machine's",
      },
    );
  if (now > to)
    return finding('tls.expiry', soft, `the certificate expired on ${until} (${-days} days ago)`, {
      action: 'have the appliance certificate renewed; clients refuse it until then',
    });
  if (days < EXPIRY_WARNING_DAYS)
    return finding('tls.expiry', 'warning', `the certificate expires on ${until}, in ${days} days`, {
      action: 'have the appliance certificate renewed before it expires',
    });
  return finding('tls.expiry', 'ok', `the certificate is valid until ${until} (${days} days)`);
}
