/**
 * Create, update or delete (planned state null). On failure the prior state is reported back,
 * unless the definition returned a partial new state with its errors: Terraform stores whatever
 * comes back, so this is how a rolled-back change leaves the state as it was.
 */
import type * as wire from '../wire/messages';
import { callHook, newDiagnostics, type ProviderServer } from './context';
import { diagnosticsToWire } from './convert';
import { checkAppliedState } from './plan-invariants';

export async function applyResourceChange(
  server: ProviderServer,
  req: wire.ApplyResourceChangeRequest,
): Promise<wire.ApplyResourceChangeResponse> {
  const diags = newDiagnostics();
  const resource = server.resource(req.type_name, diags);
  if (!resource) return { new_state: req.prior_state ?? undefined, diagnostics: diagnosticsToWire(diags) };
  const what = req.type_name;
  const keepPrior = () => ({
    new_state: req.prior_state ?? undefined,
    private: req.planned_private,
    diagnostics: diagnosticsToWire(diags, resource.schema.block),
  });
  const prior = server.decode(req.prior_state, resource.schema, diags, `${what} prior state`);
  const planned = server.decode(req.planned_state, resource.schema, diags, `${what} planned state`);
  const config = server.decode(req.config, resource.schema, diags, `${what} configuration`);
  if (prior === undefined || planned === undefined || config === undefined) return keepPrior();

  const plannedPrivate = req.planned_private.length ? req.planned_private : undefined;
  const result = await callHook(diags, `${what} apply`, () =>
    resource.apply({ prior, planned, config, plannedPrivate }, diags),
  );
  if (planned === null) {
    // Delete: success always stores null; failure keeps the object in state.
    if (diags.hasError()) return keepPrior();
    return {
      new_state: server.encode(null, resource.schema, diags, 'state after apply'),
      diagnostics: diagnosticsToWire(diags),
    };
  }
  if (!result) return keepPrior();
  if (server.checkInvariants && !diags.hasError()) {
    server.reportViolations(
      checkAppliedState(resource.schema, { planned, applied: result.newState }),
      diags,
      'result after apply',
    );
  }
  const new_state = server.encode(result.newState, resource.schema, diags, 'state after apply');
  if (!new_state) return keepPrior();
  return {
    new_state,
    private: result.private ?? req.planned_private,
    diagnostics: diagnosticsToWire(diags, resource.schema.block),
  };
}
