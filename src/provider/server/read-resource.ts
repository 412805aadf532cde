/** Refresh. On failure the current state is returned unchanged, so Terraform never reads an error as "gone". */
import type * as wire from '../wire/messages';
import { callHook, newDiagnostics, type ProviderServer } from './context';
import { diagnosticsToWire } from './convert';
import { checkShape, type InvariantViolation } from './plan-invariants';
import { AttributePath } from '../tf/diagnostics';
import { schemaType } from '../tf/schema';

export async function readResource(
  server: ProviderServer,
  req: wire.ReadResourceRequest,
): Promise<wire.ReadResourceResponse> {
  const diags = newDiagnostics();
  const resource = server.resource(req.type_name, diags);
  const unchanged = () => ({
    new_state: req.current_state ?? undefined,
    private: req.private,
    diagnostics: diagnosticsToWire(diags, resource?.schema.block),
  });
  const state =
    resource && server.decode(req.current_state, resource.schema, diags, `${req.type_name} state`);
  if (!resource || state === undefined) return unchanged();
  const result = await callHook(diags, `${req.type_name} read`, () =>
    resource.read({ state, private: req.private.length ? req.private : undefined }, diags),
  );
  if (!result || diags.hasError()) return unchanged();
  if (server.checkInvariants) {
    const violations: InvariantViolation[] = [];
    checkShape(schemaType(resource.schema), result.state, new AttributePath(), violations);
    server.reportViolations(violations, diags, 'state after read');
  }
  const new_state = server.encode(result.state, resource.schema, diags, 'state after read');
  if (!new_state || diags.hasError()) return unchanged();
  return {
    new_state,
    private: result.private ?? req.private,
    diagnostics: diagnosticsToWire(diags, resource.schema.block),
  };
}
