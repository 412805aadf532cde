/** The props of an SpsConfiguration: how Terraform reaches the appliance, and what it renders into. */
import type { SpsSecret } from './secret';

/**
 * The Terraform resource an SpsConfiguration renders into. Both are one SPS transaction per apply,
 * with the same children, validation, provider, plan, drift, import and secret rules.
 * - `configuration` (`sps_configuration`): typed attributes, so `terraform plan` shows each field of
 *   each object, and Terraform checks types at the attribute. Terraform core walks every field of
 *   every object: fine into the low thousands of objects.
 * - `document` (`sps_document`): the document the sps CLI reads, as one JSON string; Terraform holds a
 *   few values whatever the number of objects, so plans cost what the CLI's do (thousands of
 *   objects), and its plan renders a change of the document or of the computed `configuration`
 *   field by field. The same document works with `sps plan|apply`.
 */
export type SpsResourceType = 'configuration' | 'document';

/** How Terraform reaches the appliance. Every field falls back to the provider's SPS_* environment variables. */
export interface SpsConnection {
  /** Base URL of the appliance (the Central Management node in a cluster).  @default - SPS_URL */
  readonly url?: string;
  /** REST user with the REST server privilege.  @default - SPS_USERNAME */
  readonly username?: string;
  /** Password of the user.  @default - SPS_PASSWORD */
  readonly password?: SpsSecret;
  /** PEM file of the CA that signed the appliance certificate.  @default - SPS_CA_FILE, else the system CAs */
  readonly caFile?: string;
  /** Skip TLS verification. Testing only; never against a production appliance.  @default false */
  readonly insecure?: boolean;
  /** How long an apply waits for a configuration lock held by someone else, in seconds.  @default 60 */
  readonly lockTimeoutSeconds?: number;
  /** Stage every plan in an SPS transaction and roll it back, so plans show what SPS accepts.  @default false */
  readonly validateOnPlan?: boolean;
}

export interface SpsConfigurationProps {
  /** The appliance connection.  @default - everything from the SPS_* environment variables */
  readonly connection?: SpsConnection;
  /**
   * Provider alias. Needed only when one stack manages several appliances: each SpsConfiguration
   * then needs its own alias.  @default - the default (unaliased) `sps` provider
   */
  readonly providerAlias?: string;
  /**
   * Allow plans that delete or re-create archive/cleanup policies. Archived data of a deleted
   * policy becomes unreachable, so this is an explicit opt-in.  @default false
   */
  readonly allowArchiveRecreate?: boolean;
  /**
   * The resource to render into: `configuration` for typed HCL and field-level plans,
   * `document` for scale (see SpsResourceType). Switching an existing stack moves the resource
   * without touching the appliance (a `moved` block: `resource.moveFromId(…)`).
   * @default 'configuration'
   */
  readonly resource?: SpsResourceType;
}
