import type * as wire from '../wire/messages';
import { callHook, newDiagnostics, type ProviderServer } from './context';
import { diagnosticsToWire } from './convert';

export async function validateResourceConfig(
  server: ProviderServer,
  req: wire.ConfigRequest,
): Promise<wire.WithDiagnostics> {
  const diags = newDiagnostics();
  const resource = server.resource(req.type_name, diags);
  const config =
    resource && server.decode(req.config, resource.schema, diags, `${req.type_name} configuration`);
  if (resource?.validate && config !== undefined) {
    await callHook(diags, `${req.type_name} validation`, () => resource.validate!(config, diags));
  }
  return { diagnostics: diagnosticsToWire(diags, resource?.schema.block) };
}
