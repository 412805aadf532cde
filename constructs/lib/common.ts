/**
 * Value classes shared by several constructs. Union-like classes (private constructor, static
 * factories) so an invalid combination cannot be written; factories record problems, and the
 * construct that receives the value reports them with its own path.
 */
import { Token } from './cdktf';
import { checkNonEmpty, checkPositiveInteger, problems } from './checks';
import type { SpsSecret } from './secret';

const IPV4 =
  /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/;
const IPV6 = /^[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}$/;
const HOSTNAME =
  /^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;

/** The SPS address form `{selection: ip|fqdn, value}`. */
export interface RenderedAddress {
  readonly selection: 'ip' | 'fqdn';
  readonly value: string;
}

/**
 * A server address given as a string: IPv4/IPv6 literals render as `ip`, anything else must be a
 * host name and renders as `fqdn`. Returns the rendered form and a problem when it is neither.
 */
export function parseAddress(field: string, value: string): { rendered: RenderedAddress; problem?: string } {
  if (Token.isUnresolved(value)) return { rendered: { selection: 'fqdn', value } };
  if (IPV4.test(value) || IPV6.test(value)) return { rendered: { selection: 'ip', value } };
  const problem = HOSTNAME.test(value)
    ? undefined
    : `${field} must be an IP address or a host name, got ${JSON.stringify(value)}`;
  return { rendered: { selection: 'fqdn', value }, problem };
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
        checkPositiveInteger('notification fileCountLimit', options.fileCountLimit),
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
    return new SmbAuthentication(
      'password',
      username,
      password,
      problems(checkNonEmpty('SMB username', username)),
    );
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
  const server = parseAddress('target server', options.server);
  return {
    fields: {
      type: 'smb',
      server: server.rendered,
      share: options.share,
      authentication: options.authentication._render(),
      domain: options.domain,
      protocolVersion: options.protocolVersion,
    },
    problems: problems(
      server.problem,
      checkNonEmpty('target share', options.share),
      checkNonEmpty('target protocolVersion', options.protocolVersion),
      ...options.authentication._problems,
    ),
  };
}

export function renderNfs(options: NfsTargetOptions): { fields: RenderedTarget; problems: string[] } {
  const server = parseAddress('target server', options.server);
  return {
    fields: { type: 'nfs', server: server.rendered, path: options.path },
    problems: problems(server.problem, checkNonEmpty('target path', options.path)),
  };
}
