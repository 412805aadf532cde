import type * as wire from '../wire/messages';
import { callHook, newDiagnostics, type ProviderServer } from './context';
import { diagnosticsToWire } from './convert';
import { refuseUnsupportedWriteOnly } from './write-only';

export async function validateResourceConfig(
  server: ProviderServer,
  req: wire.ConfigRequest,
): Promise<wire.WithDiagnostics> {
  const diags = newDiagnostics();
  const resource = server.resource(req.type_name, diags);
  const config =
    resource && server.decode(req.config, resource.schema, diags, `${req.type_name} configuration`);
  if (resource && config !== undefined)
    refuseUnsupportedWriteOnly(resource.schema.block, config, req.client_capabilities, diags);
  if (resource?.validate && config !== undefined && !diags.hasError()) {
    await callHook(diags, `${req.type_name} validation`, () => resource.validate!(config, diags));
  }
  return { diagnostics: diagnosticsToWire(diags, resource?.schema.block) };
}
