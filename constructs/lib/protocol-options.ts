/**
 * Global protocol options: VncOptions, SshOptions, RdpOptions. VNC and SSH share audit
 * (connection-database cleanup, timestamping) and service settings; RDP has its own shape. VNC
 * options of SPS 8.0 LTS have the newer shape (`firmware: '8.0'`): connection-database cleanup at
 * the top, timestamping in the audit policy.
 */
import type { Construct } from 'constructs';
import type * as gen from '../gen/providers/sps';
import { SpsConfiguration } from './configuration';
import { renderTimestampOid } from './common';
import { SpsManagedObject } from './sps-object';
import { SpsValidationError } from './errors';

/** Who timestamps audit trails. */
export class Timestamping {
  /**
   * SPS timestamps the trails itself.
   * @param signingIntervalSeconds seconds between timestamps; default 30 (the SPS default)
   */
  static local(signingIntervalSeconds = 30): Timestamping {
    return new Timestamping('local', signingIntervalSeconds, undefined, undefined);
  }

  /**
   * A remote (RFC 3161) timestamping server.
   * @param options.policyOid request this timestamping policy; default - the server's default policy
   */
  static remote(
    serverUrl: string,
    options: { readonly signingIntervalSeconds?: number; readonly policyOid?: string } = {},
  ): Timestamping {
    return new Timestamping('remote', options.signingIntervalSeconds ?? 30, serverUrl, options.policyOid);
  }

  private constructor(
    readonly selection: 'local' | 'remote',
    readonly signingIntervalSeconds: number,
    readonly serverUrl: string | undefined,
    readonly policyOid: string | undefined,
  ) {}

  /** @internal */
  _render(): gen.configuration.ConfigurationVncOptionsAuditTimestamping {
    return {
      selection: this.selection,
      signingInterval: this.signingIntervalSeconds,
      serverUrl: this.serverUrl,
      oid: renderTimestampOid(this.selection, this.policyOid),
    };
  }
}

export interface ProtocolOptionsProps {
  /** Allow connections of this protocol at all.  @default true */
  readonly serviceEnabled?: boolean;
  /** Logging detail of the connections (SPS levels, 4 is the SPS default).  @default 4 */
  readonly logLevel?: number;
  /**
   * Delete connection metadata after this many days; must exceed the archiving retention.
   * @default - connection metadata is kept (no cleanup)
   */
  readonly channelDatabaseCleanupDays?: number;
  /** Who timestamps audit trails.  @default Timestamping.local(30) */
  readonly timestamping?: Timestamping;
}

export interface VncOptionsProps extends ProtocolOptionsProps {
  /**
   * The firmware band the appliance runs: `'7.0'` renders the 7.0 LTS shape (`audit`), `'8.0'` the
   * newer one (`channel_database_cleanup`; timestamping is then set in each AuditPolicy, so
   * `timestamping` is refused, and `logLevel` is written only when given).  @default '7.0'
   */
  readonly firmware?: '7.0' | '8.0';
}

abstract class AuditedProtocolOptions extends SpsManagedObject {
  readonly serviceEnabled: boolean;
  readonly logLevel: number;
  readonly channelDatabaseCleanupDays: number | undefined;
  readonly timestamping: Timestamping;

  constructor(scope: Construct, id: string, props: ProtocolOptionsProps) {
    super(scope, id);
    this.serviceEnabled = props.serviceEnabled ?? true;
    this.logLevel = props.logLevel ?? 4;
    this.channelDatabaseCleanupDays = props.channelDatabaseCleanupDays;
    this.timestamping = props.timestamping ?? Timestamping.local();
  }

  /** The 7.0 LTS shape VNC and SSH options share. */
  protected _renderCommon(): {
    audit: gen.configuration.ConfigurationVncOptionsAudit;
    service: { enabled: boolean; logLevel: number };
  } {
    const days = this.channelDatabaseCleanupDays;
    return {
      audit: {
        cleanup:
          days === undefined ? { enabled: false } : { enabled: true, channelDatabaseCleanupDays: days },
        timestamping: this.timestamping._render(),
      },
      service: { enabled: this.serviceEnabled, logLevel: this.logLevel },
    };
  }
}

/** Options for all VNC connections. */
export class VncOptions extends AuditedProtocolOptions {
  readonly kind = 'vnc_options';
  readonly name = 'vnc_options';
  readonly firmware: '7.0' | '8.0';
  readonly #logLevelGiven: boolean;

  constructor(scope: Construct, id: string, props: VncOptionsProps = {}) {
    super(scope, id, props);
    this.firmware = props.firmware ?? '7.0';
    this.#logLevelGiven = props.logLevel !== undefined;
    if (this.firmware === '8.0' && props.timestamping)
      throw new SpsValidationError(
        'timestamping is not a VNC option on SPS 8.0 LTS: set it in each AuditPolicy (timestamping, signingAndTimestampingInterval)',
        this,
      );
    SpsConfiguration.of(this)._register(this);
  }

  /** @internal */
  _toSps(): gen.configuration.ConfigurationVncOptions {
    if (this.firmware === '7.0') return this._renderCommon();
    const days = this.channelDatabaseCleanupDays;
    return {
      channelDatabaseCleanup: days === undefined ? { enabled: false } : { enabled: true, days },
      service: { enabled: this.serviceEnabled, logLevel: this.#logLevelGiven ? this.logLevel : undefined },
    };
  }
}

export interface SshOptionsProps extends ProtocolOptionsProps {
  /** Allow GSSAPI (Kerberos) authentication.  @default false */
  readonly gssapiEnabled?: boolean;
}

/** Options for all SSH connections. */
export class SshOptions extends AuditedProtocolOptions {
  readonly kind = 'ssh_options';
  readonly name = 'ssh_options';
  readonly gssapiEnabled: boolean;

  constructor(scope: Construct, id: string, props: SshOptionsProps = {}) {
    super(scope, id, props);
    this.gssapiEnabled = props.gssapiEnabled ?? false;
    SpsConfiguration.of(this)._register(this);
  }

  /** @internal */
  _toSps(): gen.configuration.ConfigurationSshOptions {
    return { ...this._renderCommon(), gssapi: { enabled: this.gssapiEnabled } };
  }
}

export interface RdpOptionsProps {
  /** Allow RDP connections at all.  @default true */
  readonly serviceEnabled?: boolean;
  /** Delete RDP connection metadata after this many days.  @default - kept (no cleanup) */
  readonly channelDatabaseCleanupDays?: number;
}

/** Options for all RDP connections. */
export class RdpOptions extends SpsManagedObject {
  readonly kind = 'rdp_options';
  readonly name = 'rdp_options';
  readonly serviceEnabled: boolean;
  readonly channelDatabaseCleanupDays: number | undefined;

  constructor(scope: Construct, id: string, props: RdpOptionsProps = {}) {
    super(scope, id);
    this.serviceEnabled = props.serviceEnabled ?? true;
    this.channelDatabaseCleanupDays = props.channelDatabaseCleanupDays;
    SpsConfiguration.of(this)._register(this);
  }

  /** @internal */
  _toSps(): gen.configuration.ConfigurationRdpOptions {
    const days = this.channelDatabaseCleanupDays;
    return {
      channelDatabaseCleanup: days === undefined ? { enabled: false } : { enabled: true, days },
      service: { enabled: this.serviceEnabled },
    };
  }
}
