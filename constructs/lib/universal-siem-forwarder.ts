/** UniversalSiemForwarder: audited-session data as syslog messages to SIEMs (Splunk, ArcSight, ...). */
import type { Construct } from 'constructs';
import type * as gen from '../gen/providers/sps';
import { problems } from './checks';
import { parseAddress } from './common';
import { SpsConfiguration } from './configuration';
import { throwIfProblems } from './errors';
import type { ITrustedCaList } from './references';
import { SpsManagedObject, type ISpsReferenceable } from './sps-object';

/** Message body format. */
export enum SiemFormat {
  CEF = 'cef',
  JSON = 'json',
  JSON_CIM = 'json_cim',
}

/** Transport security towards a SIEM. */
export class SiemTls {
  /** TLS, the SIEM certificate validated against a trusted CA list on SPS. */
  static secure(trustedCaList: ITrustedCaList): SiemTls {
    return new SiemTls('secure', trustedCaList);
  }

  /** TLS without certificate validation: encrypted but open to interception. */
  static insecure(): SiemTls {
    return new SiemTls('insecure', undefined);
  }

  /** No TLS: session metadata travels in clear text. */
  static disabled(): SiemTls {
    return new SiemTls('disabled', undefined);
  }

  private constructor(
    readonly selection: 'secure' | 'insecure' | 'disabled',
    readonly trustedCaList: ITrustedCaList | undefined,
  ) {}
}

export interface SiemTarget {
  /** Name of the target (unique within the forwarder). */
  readonly name: string;
  /** Message body format. */
  readonly format: SiemFormat;
  /** The SIEM: an IP address or a host name. */
  readonly address: string;
  /** The syslog port of the SIEM. */
  readonly port: number;
  /** Transport security; validated TLS unless you have a reason.  */
  readonly tls: SiemTls;
}

export interface UniversalSiemForwarderProps {
  /** Forward session data.  @default true */
  readonly enabled?: boolean;
  /** The SIEMs that receive the messages; at least one when enabled. */
  readonly targets: readonly SiemTarget[];
  /** Prefix added to every JSON key (JSON formats only), e.g. "sps_".  @default '' - none */
  readonly prefix?: string;
}

export class UniversalSiemForwarder extends SpsManagedObject {
  readonly kind = 'universal_siem_forwarder';
  readonly name = 'universal_siem_forwarder';
  readonly enabled: boolean;
  readonly prefix: string;
  readonly #targets: SiemTarget[];

  constructor(scope: Construct, id: string, props: UniversalSiemForwarderProps) {
    super(scope, id);
    this.enabled = props.enabled ?? true;
    this.prefix = props.prefix ?? '';
    this.#targets = [...props.targets];
    throwIfProblems(
      problems(
        this.enabled && this.#targets.length === 0
          ? 'targets must list at least one SIEM when enabled'
          : undefined,
      ),
      this,
    );
    SpsConfiguration.of(this)._register(this);
  }

  /** The targets (a copy). */
  get targets(): SiemTarget[] {
    return [...this.#targets];
  }

  /** @internal */
  override _references(): readonly ISpsReferenceable[] {
    return this.#targets.flatMap((t) => (t.tls.trustedCaList ? [t.tls.trustedCaList] : []));
  }

  /** @internal */
  _toSps(): gen.configuration.ConfigurationUniversalSiemForwarder {
    return {
      enabled: this.enabled,
      prefix: this.prefix,
      targets: this.#targets.map((t) => ({
        name: t.name,
        format: t.format,
        protocol: {
          selection: 'syslog',
          value: {
            address: parseAddress(t.address),
            port: t.port,
            tls: { selection: t.tls.selection, trustedCaListRef: t.tls.trustedCaList?.trustedCaListName },
          },
        },
      })),
    };
  }
}
