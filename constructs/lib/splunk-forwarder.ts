/** SplunkForwarder: session data to Splunk's HTTP Event Collector. Deprecated since SPS 6.4. */
import type { Construct } from 'constructs';
import type * as gen from '../gen/providers/sps';
import { Annotations } from './cdktf';
import { defaultOf } from '../gen/model';
import { parseAddress } from './common';
import { SpsConfiguration } from './configuration';
import type { SpsSecret } from './secret';
import { SpsManagedObject } from './sps-object';

/** TLS towards Splunk. */
export enum SplunkTls {
  /** TLS with certificate verification. */
  SECURE = 'secure',
  /** TLS without certificate verification: encrypted but open to interception. */
  INSECURE = 'insecure',
  /** Plain HTTP: the HEC token travels in clear text. */
  DISABLED = 'disabled',
}

export interface SplunkForwarderProps {
  /** Forward session data.  @default true */
  readonly enabled?: boolean;
  /** The Splunk server: an IP address or a host name. */
  readonly host: string;
  /** The HTTP Event Collector port.  @default - the model's: 8088 */
  readonly port?: number;
  /** The HEC token. */
  readonly token: SpsSecret;
  /** TLS towards Splunk.  @default SplunkTls.SECURE */
  readonly tls?: SplunkTls;
  /** The host name SPS reports as the source of the events.  @default - the SPS host name */
  readonly pamAddress?: string;
  /** How often buffered events are sent, in seconds.  @default - the model's: 600 */
  readonly flushIntervalSeconds?: number;
}

export class SplunkForwarder extends SpsManagedObject {
  readonly kind = 'splunk_forwarder';
  readonly name = 'splunk_forwarder';
  readonly enabled: boolean;
  readonly port: number;
  readonly tls: SplunkTls;
  readonly flushIntervalSeconds: number;
  readonly #host: ReturnType<typeof parseAddress>;
  readonly #pamAddress: ReturnType<typeof parseAddress> | undefined;
  readonly #token: SpsSecret;

  constructor(scope: Construct, id: string, props: SplunkForwarderProps) {
    super(scope, id);
    this.enabled = props.enabled ?? true;
    this.port = props.port ?? (defaultOf('splunk_forwarder', ['port']) as number);
    this.tls = props.tls ?? SplunkTls.SECURE;
    this.flushIntervalSeconds =
      props.flushIntervalSeconds ?? (defaultOf('splunk_forwarder', ['flush_interval']) as number);
    this.#host = parseAddress(props.host);
    this.#pamAddress = props.pamAddress === undefined ? undefined : parseAddress(props.pamAddress);
    this.#token = props.token;
    Annotations.of(this).addWarning(
      'SplunkForwarder is deprecated since SPS 6.4; use UniversalSiemForwarder',
    );
    SpsConfiguration.of(this)._register(this);
  }

  /** @internal */
  _toSps(): gen.configuration.ConfigurationSplunkForwarder {
    return {
      enabled: this.enabled,
      host: this.#host,
      port: this.port,
      token: this.#token._render(),
      ssl: { selection: this.tls },
      pamAddress: this.#pamAddress,
      flushInterval: this.flushIntervalSeconds,
    };
  }
}
