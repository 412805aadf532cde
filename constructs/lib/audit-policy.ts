/**
 * AuditPolicy: encryption, timestamping and signing of audit trails. Timestamping differs by firmware
 * band: `timestampingEnabled` (7.0 LTS) or `timestamping` + `signingAndTimestampingInterval` (8.0
 * LTS); the model refuses a policy that mixes them.
 */
import type { Construct } from 'constructs';
import type * as gen from '../gen/providers/sps';
import { checkName, problems } from './checks';
import { throwIfProblems } from './errors';
import { SpsConfiguration } from './configuration';
import { renderTimestampOid } from './common';
import type { IX509Identity } from './references';
import { SpsImport, SpsManagedObject, type ISpsReferenceable } from './sps-object';

type GenAuditPolicy = gen.configuration.ConfigurationAuditPolicies;

const PEM_CERTIFICATE = /^-----BEGIN CERTIFICATE-----/;

/** One encrypting certificate, optionally paired with a second for joint (4-eyes) encryption. */
export interface EncryptionCertificate {
  /** PEM certificate; replaying an audit trail needs its private key. */
  readonly certificate: string;
  /** Second PEM certificate for 4-eyes encryption: replaying needs both private keys.  @default - none */
  readonly fourEyesCertificate?: string;
}

/** Whether and how audit trails are encrypted. */
export class AuditEncryption {
  /** Audit trails are stored unencrypted (SPS default). */
  static none(): AuditEncryption {
    return new AuditEncryption(false, [], undefined);
  }

  /**
   * Encrypt audit trails with these certificates. Keep the private keys safe: without them the
   * trails cannot be replayed.
   * @param upstream separate certificates for upstream traffic; default - upstream uses the same ones
   */
  static withCertificates(
    certificates: readonly EncryptionCertificate[],
    upstream?: readonly EncryptionCertificate[],
  ): AuditEncryption {
    return new AuditEncryption(true, [...certificates], upstream ? [...upstream] : undefined);
  }

  private constructor(
    readonly enabled: boolean,
    readonly certificates: readonly EncryptionCertificate[],
    readonly upstreamCertificates: readonly EncryptionCertificate[] | undefined,
  ) {}

  /** @internal */
  _problems(): string[] {
    if (!this.enabled) return [];
    const pems = [...this.certificates, ...(this.upstreamCertificates ?? [])].flatMap((c) =>
      c.fourEyesCertificate === undefined ? [c.certificate] : [c.certificate, c.fourEyesCertificate],
    );
    return problems(
      this.certificates.length === 0 ? 'encryption needs at least one certificate' : undefined,
      this.upstreamCertificates?.length === 0
        ? 'upstream encryption needs at least one certificate'
        : undefined,
      pems.some((p) => !PEM_CERTIFICATE.test(p))
        ? 'encryption certificates must be PEM certificates starting with "-----BEGIN CERTIFICATE-----"'
        : undefined,
    );
  }
}

/**
 * Audit trail timestamping as SPS 8.0 LTS holds it in the audit policy (7.0 LTS: `timestampingEnabled`
 * here, the server in the protocol options).
 */
export class AuditTimestamping {
  /** Audit trails are not timestamped. */
  static disabled(): AuditTimestamping {
    return new AuditTimestamping(false, undefined, undefined, undefined);
  }

  /** SPS timestamps the trails itself. */
  static local(): AuditTimestamping {
    return new AuditTimestamping(true, 'local', undefined, undefined);
  }

  /**
   * A remote (RFC 3161) timestamping server.
   * @param options.policyOid request this timestamping policy; default - the server's default policy
   */
  static remote(serverUrl: string, options: { readonly policyOid?: string } = {}): AuditTimestamping {
    return new AuditTimestamping(true, 'remote', serverUrl, options.policyOid);
  }

  private constructor(
    readonly enabled: boolean,
    readonly selection: 'local' | 'remote' | undefined,
    readonly serverUrl: string | undefined,
    readonly policyOid: string | undefined,
  ) {}

  /** @internal */
  _render(): gen.configuration.ConfigurationAuditPoliciesTimestamping {
    if (!this.selection) return { enabled: this.enabled };
    return {
      enabled: this.enabled,
      server: {
        selection: this.selection,
        serverUrl: this.serverUrl,
        oid: renderTimestampOid(this.selection, this.policyOid),
      },
    };
  }
}

export interface AuditPolicyProps {
  /** SPS name of the policy (no whitespace); renaming means delete + create.  @default - the construct id */
  readonly name?: string;
  /** Audit trail encryption.  @default AuditEncryption.none() - trails are not encrypted */
  readonly encryption?: AuditEncryption;
  /**
   * Sign audit trails with this X.509 identity (`X509Identity.fromKey(...)`), so tampering is
   * detectable.  @default - trails are not signed
   */
  readonly signingIdentity?: IX509Identity;
  /**
   * SPS 7.0 LTS: timestamp audit trails (the timestamping server is set in the protocol options).
   * Not on 8.0 LTS: use `timestamping`.  @default - not written (SPS keeps its value; new policies: false)
   */
  readonly timestampingEnabled?: boolean;
  /** SPS 8.0 LTS: who timestamps audit trails.  @default - not written (new policies: disabled) */
  readonly timestamping?: AuditTimestamping;
  /**
   * SPS 8.0 LTS: the interval of signing and timestamping (the guide gives no unit; the default
   * policy has 30).  @default - not written (SPS keeps its value)
   */
  readonly signingAndTimestampingInterval?: number;
}

export interface IAuditPolicy extends ISpsReferenceable {
  readonly auditPolicyName: string;
}

export class AuditPolicy extends SpsManagedObject implements IAuditPolicy {
  /** An audit policy that exists on SPS (e.g. the built-in "default"); never rendered or deleted. */
  static fromName(scope: Construct, id: string, name: string): IAuditPolicy {
    const imported = new (class extends SpsImport implements IAuditPolicy {
      readonly auditPolicyName = name;
    })(scope, id, name);
    throwIfProblems(problems(checkName('audit_policies', name)), imported);
    return imported;
  }

  readonly kind = 'audit_policies';
  readonly name: string;
  readonly encryption: AuditEncryption;
  readonly signingIdentity: IX509Identity | undefined;
  readonly timestampingEnabled: boolean | undefined;
  readonly timestamping: AuditTimestamping | undefined;
  readonly signingAndTimestampingInterval: number | undefined;

  constructor(scope: Construct, id: string, props: AuditPolicyProps = {}) {
    super(scope, id);
    this.name = props.name ?? id;
    this.encryption = props.encryption ?? AuditEncryption.none();
    this.signingIdentity = props.signingIdentity;
    this.timestampingEnabled = props.timestampingEnabled;
    this.timestamping = props.timestamping;
    this.signingAndTimestampingInterval = props.signingAndTimestampingInterval;
    throwIfProblems(problems(this.encryption._problems()), this);
    SpsConfiguration.of(this)._register(this);
  }

  get auditPolicyName(): string {
    return this.name;
  }

  /** @internal */
  override _references(): readonly ISpsReferenceable[] {
    return this.signingIdentity ? [this.signingIdentity] : [];
  }

  /** @internal */
  _toSps(): GenAuditPolicy {
    const e = this.encryption;
    const pair = (c: EncryptionCertificate) => ({
      certificate: c.certificate,
      fourEyesCertificate: c.fourEyesCertificate,
    });
    return {
      encryption: e.enabled
        ? {
            enabled: true,
            certificates: e.certificates.map(pair),
            differentCertificatesForUpstream: e.upstreamCertificates
              ? { enabled: true, certificates: e.upstreamCertificates.map(pair) }
              : { enabled: false },
          }
        : { enabled: false },
      signing: this.signingIdentity
        ? { enabled: true, x509Identity: this.signingIdentity.x509Key }
        : { enabled: false },
      timestampingEnabled: this.timestampingEnabled,
      timestamping: this.timestamping?._render(),
      signingAndTimestampingInterval: this.signingAndTimestampingInterval,
    };
  }
}
