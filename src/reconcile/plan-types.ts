/** What a plan is: ordered operations on the appliance's objects, and the options it is made with. */
import type { JsonObject, KindName, KindSet } from '../model';
import type { FieldChange, SecretDecision } from './compare';
import type { DeclaredBefore } from './declared';
import type { LiveState } from './live';
import type { SecretRecords } from './secrets';

export type Action = 'create' | 'update' | 'delete' | 'noop';

export interface PlannedOp {
  readonly kind: KindName;
  /** Object name; for singletons the kind name. */
  readonly name: string;
  readonly action: Action;
  /** SPS key of the live object (absent for creates). */
  readonly key?: string;
  /** Digest of the live body at plan time ('absent' for creates): apply refuses a stale plan with it. */
  readonly liveDigest: string;
  /** As liveDigest, over the body with its secrets left out: what a saved plan file may hold. */
  readonly publicDigest: string;
  readonly changes: readonly FieldChange[];
  /** Live fields the document does not manage, kept as they are (JSON pointers; empty for create/delete). */
  readonly kept: readonly string[];
  /** Fields declared at the last apply and no longer: the write leaves them out (appliance defaults). */
  readonly released: readonly string[];
  /** Whether a body read again inside the transaction is the object as planned (undefined: it did not exist). */
  readonly stillAsPlanned?: (serverBody: JsonObject) => boolean;
  readonly notes: readonly string[];
  /** Desired body (desired form, may hold secrets: never serialize). */
  readonly desired?: JsonObject;
  readonly secrets: ReadonlyMap<string, SecretDecision>;
}

export interface Plan {
  readonly ops: readonly PlannedOp[];
  readonly live: LiveState;
  readonly notes: readonly string[];
  /** The kinds of the document it was made from (its pass-through endpoints as declared). */
  readonly kinds: KindSet;
}

/** Which objects this caller owns (may delete): names from the last applied state, or whole kinds (prune). */
export interface Ownership {
  readonly owned?: Partial<Record<KindName, readonly string[]>>;
  readonly prune?: readonly KindName[];
}

export interface PlanOptions extends Ownership {
  /** The appliance's firmware (GET /api/info): new objects get its band's create values.  @default - none */
  readonly firmware?: string | null;
  readonly secretRecords?: SecretRecords;
  readonly rotateSecrets?: boolean;
  /**
   * The caller keeps the fingerprints the apply records (Terraform private state, a CLI state file):
   * secrets nothing can verify are then planned as written once. Without it they are kept and noted.
   * @default false
   */
  readonly recordsSecrets?: boolean;
  /**
   * Refuse references to objects neither declared nor on the appliance. A caller planning from what
   * it already knows (not a full read) checked them when it planned against the appliance.  @default true
   */
  readonly checkReferences?: boolean;
  /**
   * What the document declared at the last apply (a CLI state file, Terraform's private state): a
   * field it declared and no longer does goes back to the appliance's default.  @default - no record:
   * a field left out is kept
   */
  readonly declaredBefore?: DeclaredBefore;
}
