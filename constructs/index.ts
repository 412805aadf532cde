/**
 * CDKTF constructs for One Identity Safeguard for Privileged Sessions (SPS). One SpsConfiguration
 * per appliance; policies, forwarders and options are its children and render into the single
 * `sps_configuration` resource. The generated L1 bindings are available as `gen`.
 */
export * from './lib/configuration';
export * from './lib/errors';
export * from './lib/secret';
export * from './lib/common';
export * from './lib/references';
export * from './lib/audit-policy';
export * from './lib/archive-cleanup-policy';
export * from './lib/backup-policy';
export * from './lib/content-policy';
export * from './lib/time-policy';
export * from './lib/splunk-forwarder';
export * from './lib/universal-siem-forwarder';
export * from './lib/protocol-options';
export * from './lib/system-backup';
export { SpsManagedObject, type ISpsReferenceable, type SpsKind } from './lib/sps-object';
export { SpsObject, type SpsObjectProps, type SpsObjectReference } from './lib/pass-through';
export * from './lib/connection-policy';
export * as gen from './gen/providers/sps';
/** The cdktf classes an app needs, re-exported so apps depend on cdktf through this package only. */
export { App, Annotations, TerraformStack, TerraformVariable, Testing } from './lib/cdktf';
