/**
 * sps-iac as a library: the REST client, the reconciler (plan, apply, export) and the model. The
 * commands (`sps`, `sps-emulator`, `terraform-provider-sps`) are the usual way in; this is for
 * programs that embed the engine. Constructs: `sps-iac/constructs`; the emulator: `sps-iac/emulator`.
 */
export { SpsClient, SpsError, rollbackOutcomeOf, type SpsClientOptions } from './client';
export * from './reconcile';
export {
  KINDS,
  MANAGED_KINDS,
  kindOf,
  isKindName,
  type KindDef,
  type KindName,
  type JsonObject,
} from './model';
export { VERSION } from './version';
