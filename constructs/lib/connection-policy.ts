/**
 * SshConnectionPolicy, RdpConnectionPolicy: which clients may reach which servers, and who audits
 * and authorizes those connections. Only the fields the SPS guide confirms for every protocol are
 * props; the rest of a connection body is undocumented (above all which field names its audit,
 * channel, settings and authentication policy), so it is written through `fields`, as the appliance's
 * JSON, with references as `SpsObject.ref(...)`. What is not written is kept as it is on SPS.
 */
import type { Construct } from 'constructs';
import { SpsObject, type SpsObjectReference } from './pass-through';
import { SpsValidationError } from './errors';

/** One access policy: a usergroup that may audit and/or authorize the connections. */
export interface ConnectionAccessControl {
  /** The usergroup (local or LDAP) by name. */
  readonly authorizer: string;
  /** What the group may do. */
  readonly permission: 'audit' | 'authorize' | 'audit_and_authorize';
  /**
   * Further fields of the access policy in the appliance's JSON (e.g. the subject, whose key names
   * the guide does not show).  @default - none
   */
  readonly fields?: Record<string, unknown>;
}

export interface ConnectionPolicyProps {
  /** SPS name of the policy (no whitespace).  @default - the construct id */
  readonly name?: string;
  /** false suspends the policy; its settings are kept.  @default - not written (SPS keeps its value) */
  readonly active?: boolean;
  /** Client ("from") addresses.  @default - not written */
  readonly clients?: readonly string[];
  /** Target addresses.  @default - not written */
  readonly targets?: readonly string[];
  /** Target ports.  @default - not written */
  readonly ports?: readonly number[];
  /** Who audits and authorizes the connections.  @default - not written */
  readonly accessControl?: readonly ConnectionAccessControl[];
  /** Index the connections, optionally with an indexing policy and a priority.  @default - not written */
  readonly indexing?: {
    readonly enabled: boolean;
    readonly policy?: SpsObjectReference | string;
    readonly priority?: number;
  };
  /** Log audit trail downloads.  @default - not written */
  readonly logAuditTrailDownloads?: boolean;
  /**
   * Every other field, in the appliance's JSON form (snake_case), written as given; references as
   * `SpsObject.ref(auditPolicy)`. A field here may not repeat a prop.  @default - none
   */
  readonly fields?: Record<string, unknown>;
  /** JSON pointers of secret fields inside `fields`.  @default - none */
  readonly sensitivePaths?: readonly string[];
}

const PROP_FIELDS = ['name', 'active', 'network', 'access_control', 'indexing', 'log_audit_trail_downloads'];

function bodyOf(props: ConnectionPolicyProps): Record<string, unknown> {
  const network = {
    ...(props.clients ? { clients: [...props.clients] } : {}),
    ...(props.targets ? { targets: [...props.targets] } : {}),
    ...(props.ports ? { ports: [...props.ports] } : {}),
  };
  return {
    ...(props.active !== undefined ? { active: props.active } : {}),
    ...(Object.keys(network).length ? { network } : {}),
    ...(props.accessControl
      ? {
          access_control: props.accessControl.map((a) => ({
            authorizer: a.authorizer,
            permission: a.permission,
            ...a.fields,
          })),
        }
      : {}),
    ...(props.indexing
      ? {
          indexing: {
            enabled: props.indexing.enabled,
            ...(props.indexing.policy !== undefined ? { policy: props.indexing.policy } : {}),
            ...(props.indexing.priority !== undefined ? { priority: props.indexing.priority } : {}),
          },
        }
      : {}),
    ...(props.logAuditTrailDownloads !== undefined
      ? { log_audit_trail_downloads: props.logAuditTrailDownloads }
      : {}),
    ...props.fields,
  };
}

/** What SSH and RDP connection policies share: one endpoint per protocol, the same confirmed fields. */
abstract class ConnectionPolicy extends SpsObject {
  protected constructor(scope: Construct, id: string, protocol: 'ssh' | 'rdp', props: ConnectionPolicyProps) {
    super(scope, id, {
      endpoint: `${protocol}/connections`,
      name: props.name ?? id,
      body: bodyOf(props),
      sensitivePaths: props.sensitivePaths,
    });
    const repeated = Object.keys(props.fields ?? {}).filter((f) => PROP_FIELDS.includes(f));
    if (repeated.length)
      throw new SpsValidationError(
        `fields.${repeated[0]} repeats a prop: set it with the prop (${repeated.join(', ')})`,
        this,
      );
  }
}

/** An SSH connection policy (`ssh/connections`). */
export class SshConnectionPolicy extends ConnectionPolicy {
  constructor(scope: Construct, id: string, props: ConnectionPolicyProps = {}) {
    super(scope, id, 'ssh', props);
  }
}

/** An RDP connection policy (`rdp/connections`). */
export class RdpConnectionPolicy extends ConnectionPolicy {
  constructor(scope: Construct, id: string, props: ConnectionPolicyProps = {}) {
    super(scope, id, 'rdp', props);
  }
}
