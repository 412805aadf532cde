/**
 * What a provider built on this framework supplies. Everything here is framework-native
 * (TfValue, Schema, Diagnostics); only private state is opaque bytes. Hooks report user-facing
 * problems through `diags` and return early; a thrown error also becomes an ERROR diagnostic
 * (its message passes through as-is, so it must not contain secrets).
 */
import type { AttributePath, Diagnostics } from '../tf/diagnostics';
import type { Schema } from '../tf/schema';
import type { TfValue } from '../tf/value';

export interface ProviderDefinition {
  /** Provider type name, the prefix of every resource type (`sps` → `sps_configuration`). */
  readonly typeName: string;
  /** Older Terraform versions are refused at ConfigureProvider, naming this one.  @default - any */
  readonly minimumTerraformVersion?: string;
  /** Why the minimum (shown with the refusal). */
  readonly minimumTerraformReason?: string;
  /** Schema of the `provider "<typeName>" {}` block. */
  readonly schema: Schema;
  validateConfig?(config: TfValue, diags: Diagnostics): Promise<void>;
  /** Called once per process before any resource work; may see unknown values during plan. */
  configure(config: TfValue, diags: Diagnostics): Promise<void>;
  /** Terraform asked to stop (Ctrl-C): cancel in-flight work. The process keeps serving. */
  stop?(): Promise<void>;
  readonly resources: readonly ResourceDefinition[];
  readonly dataSources: readonly DataSourceDefinition[];
}

export interface ResourceDefinition {
  readonly typeName: string;
  readonly schema: Schema;
  validate?(config: TfValue, diags: Diagnostics): Promise<void>;
  /**
   * Turns stored state into the current schema's shape. `rawJson` is the parsed state JSON as
   * written by schema version `fromVersion` (Terraform calls this on every refresh, not only
   * after version bumps).
   */
  upgrade(rawJson: unknown, fromVersion: number, diags: Diagnostics): Promise<TfValue>;
  /** Refresh. Return `state: null` when the object is gone (Terraform then plans a create). */
  read(
    req: { state: TfValue; private?: Buffer },
    diags: Diagnostics,
  ): Promise<{ state: TfValue; private?: Buffer }>;
  /** Create/update planning; `prior` is null on create. Destroys never reach this hook. */
  plan(
    req: { config: TfValue; prior: TfValue; proposed: TfValue; priorPrivate?: Buffer },
    diags: Diagnostics,
  ): Promise<{ planned: TfValue; requiresReplace?: AttributePath[]; plannedPrivate?: Buffer }>;
  /** Optional: refuse a destroy at plan time (diagnostics only; the planned state is always null). */
  planDestroy?(req: { prior: TfValue }, diags: Diagnostics): Promise<void>;
  /** Create (prior null), update, or delete (planned null; the returned state is ignored and stored as null). */
  apply(
    req: { prior: TfValue; planned: TfValue; config: TfValue; plannedPrivate?: Buffer },
    diags: Diagnostics,
  ): Promise<{ newState: TfValue; private?: Buffer }>;
  importState(id: string, diags: Diagnostics): Promise<{ state: TfValue; private?: Buffer }[]>;
  /**
   * Optional: `moved { from = <another type> to = <this type> }`. `source` is the stored state JSON of
   * `sourceType` at `sourceVersion`; undefined means this resource cannot take that type's state.
   */
  move?(
    req: { sourceType: string; sourceVersion: number; source: unknown; sourcePrivate?: Buffer },
    diags: Diagnostics,
  ): Promise<{ state: TfValue; private?: Buffer } | undefined>;
}

export interface DataSourceDefinition {
  readonly typeName: string;
  readonly schema: Schema;
  validate?(config: TfValue, diags: Diagnostics): Promise<void>;
  read(config: TfValue, diags: Diagnostics): Promise<TfValue>;
}
