/**
 * Plans create/update through the definition; a destroy (proposed state null) is planned here
 * as null, as Terraform requires, after the optional `planDestroy` check of the resource.
 */
import type * as wire from '../wire/messages';
import { callHook, newDiagnostics, type ProviderServer } from './context';
import { diagnosticsToWire, pathToWire } from './convert';
import { checkPlannedState } from './plan-invariants';
import { refuseUnsupportedWriteOnly } from './write-only';

export async function planResourceChange(
  server: ProviderServer,
  req: wire.PlanResourceChangeRequest,
): Promise<wire.PlanResourceChangeResponse> {
  const diags = newDiagnostics();
  const failed = () => ({ diagnostics: diagnosticsToWire(diags, resource?.schema.block) });
  const resource = server.resource(req.type_name, diags);
  if (!resource) return failed();
  const what = req.type_name;
  const prior = server.decode(req.prior_state, resource.schema, diags, `${what} prior state`);
  const proposed = server.decode(req.proposed_new_state, resource.schema, diags, `${what} proposed state`);
  const config = server.decode(req.config, resource.schema, diags, `${what} configuration`);
  if (prior === undefined || proposed === undefined || config === undefined) return failed();

  if (proposed === null) {
    // the resource may refuse a destroy it cannot carry out, so `terraform plan` says so (not apply)
    if (resource.planDestroy && prior !== null) {
      await callHook(diags, `${what} destroy plan`, () => resource.planDestroy!({ prior }, diags));
      if (diags.hasError()) return failed();
    }
    return {
      planned_state: server.encode(null, resource.schema, diags, 'plan'),
      planned_private: req.prior_private,
      diagnostics: diagnosticsToWire(diags),
    };
  }
  refuseUnsupportedWriteOnly(resource.schema.block, config, req.client_capabilities, diags);
  if (diags.hasError()) return failed();
  const priorPrivate = req.prior_private.length ? req.prior_private : undefined;
  const result = await callHook(diags, `${what} plan`, () =>
    resource.plan({ config, prior, proposed, priorPrivate }, diags),
  );
  if (!result || diags.hasError()) return failed();
  if (server.checkInvariants) {
    server.reportViolations(
      checkPlannedState(resource.schema, { prior, config, planned: result.planned }),
      diags,
      'plan',
    );
  }
  const planned_state = server.encode(result.planned, resource.schema, diags, 'plan');
  if (!planned_state || diags.hasError()) return failed();
  return {
    planned_state,
    requires_replace: (result.requiresReplace ?? []).map(pathToWire),
    planned_private: result.plannedPrivate ?? req.prior_private,
    diagnostics: diagnosticsToWire(diags, resource.schema.block),
  };
}
