/**
 * Value classes shared by several constructs. Union-like classes (private constructor, static
 * factories) so an invalid combination cannot be written; factories record problems, and the
 * construct that receives the value reports them with its own path.
 */
import { addressOf } from '../gen/model';
import { Token } from './cdktf';
import { problems } from './checks';
import type { SpsSecret } from './secret';

/**
 * The timestamping policy a remote timestamping server is asked for (`enabled: false`: its default
 * policy); none for local timestamping. Protocol options (7.0 LTS) and audit policies (8.0 LTS) alike.
 */
export function renderTimestampOid(
  selection: 'local' | 'remote',
  policyOid: string | undefined,
): { enabled: boolean; policyOid?: string } | undefined {
  if (selection !== 'remote') return undefined;
  return policyOid ? { enabled: true, policyOid } : { enabled: false };
}

/** The SPS address form `{selection: ip|fqdn, value}`. */
export interface RenderedAddress {
  readonly selection: 'ip' | 'fqdn';
  readonly value: string;
}

/**
 * A server address given as a string, in the SPS form: IP literals as `ip`, anything else as
 * `fqdn` (the model's rule; it then checks the host name). A token renders as `fqdn`: only a host
 * name can stand behind a value nobody knows yet... or an IP, which the appliance would refuse as a
 * name, so give an IP address as a literal.
 */
export function parseAddress(value: string): RenderedAddress {
  if (Token.isUnresolved(value)) return { selection: 'fqdn', value };
  const { selection } = addressOf(value);
  return { selection, value };
}

/** E-mail notifications about archive or backup events. */
export class Notification {
  /**
   * Notify on every event, optionally listing the files handled.
   * @param options.fileCountLimit at most this many files are listed; default 10240 (the SPS default)
   */
  static all(
    options: { readonly sendFileList?: boolean; readonly fileCountLimit?: number } = {},
  ): Notification {
    const sendFileList = options.sendFileList ?? false;
    return new Notification(
      'all',
      sendFileList,
      options.fileCountLimit,
      problems(
        options.fileCountLimit !== undefined && !sendFileList
          ? 'notification fileCountLimit needs sendFileList: true'
          : undefined,
      ),
    );
  }

  /** Notify only when something fails: the usual choice, a failed backup must not go unnoticed. */
  static errorsOnly(): Notification {
    return new Notification('errors-only', false, undefined, []);
  }

  /** No notification e-mails (the SPS default for new policies). */
  static none(): Notification {
    return new Notification('none', false, undefined, []);
  }

  private constructor(
    readonly type: 'all' | 'errors-only' | 'none',
    readonly sendFileList: boolean,
    readonly fileCountLimit: number | undefined,
    /** @internal */ readonly _problems: readonly string[],
  ) {}
}

/** How SPS logs on to an SMB/CIFS share. */
export class SmbAuthentication {
  /** Log on with a username and a password (the password is a secret). */
  static password(username: string, password: SpsSecret): SmbAuthentication {
    return new SmbAuthentication('password', username, password, []);
  }

  /** Log on anonymously. */
  static anonymous(): SmbAuthentication {
    return new SmbAuthentication('anonymous', undefined, undefined, []);
  }

  private constructor(
    readonly selection: 'password' | 'anonymous',
    readonly username: string | undefined,
    /** @internal */ readonly _password: SpsSecret | undefined,
    /** @internal */ readonly _problems: readonly string[],
  ) {}

  /** @internal */
  _render(): { selection: string; username?: string; password?: string } {
    return this.selection === 'password'
      ? { selection: 'password', username: this.username, password: this._password?._render() }
      : { selection: 'anonymous' };
  }
}

/** SMB fields shared by archive and backup targets. */
export interface SmbTargetOptions {
  /** The server: an IP address or a host name. */
  readonly server: string;
  /** The share and directory, as `share_name/path/to/directory`. */
  readonly share: string;
  /** How SPS logs on to the share. */
  readonly authentication: SmbAuthentication;
  /** The Windows domain of the server.  @default - none */
  readonly domain?: string;
  /** The SMB protocol version, e.g. "3.0".  @default - negotiated by SPS */
  readonly protocolVersion?: string;
}

export interface NfsTargetOptions {
  /** The server: an IP address or a host name. */
  readonly server: string;
  /** The exported directory on the server, e.g. `/exports/sps`. */
  readonly path: string;
}

/** Rendered SMB target fields and their problems (used by ArchiveTarget and BackupTarget). */
/** The SMB/NFS target fields in the generated bindings' (camelCase) form, common to both policy kinds. */
export interface RenderedTarget {
  readonly type: string;
  readonly server: RenderedAddress;
  readonly share?: string;
  readonly path?: string;
  readonly domain?: string;
  readonly protocolVersion?: string;
  readonly authentication?: { selection: string; username?: string; password?: string };
}

export function renderSmb(options: SmbTargetOptions): { fields: RenderedTarget; problems: string[] } {
  return {
    fields: {
      type: 'smb',
      server: parseAddress(options.server),
      share: options.share,
      authentication: options.authentication._render(),
      domain: options.domain,
      protocolVersion: options.protocolVersion,
    },
    problems: [...options.authentication._problems],
  };
}

export function renderNfs(options: NfsTargetOptions): { fields: RenderedTarget; problems: string[] } {
  return { fields: { type: 'nfs', server: parseAddress(options.server), path: options.path }, problems: [] };
}
