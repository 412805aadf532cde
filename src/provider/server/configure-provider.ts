import type * as wire from '../wire/messages';
import { callHook, newDiagnostics, type ProviderServer } from './context';
import { diagnosticsToWire } from './convert';

export async function configureProvider(
  server: ProviderServer,
  req: wire.ConfigureProviderRequest,
): Promise<wire.WithDiagnostics> {
  const diags = newDiagnostics();
  const def = server.definition;
  const config = server.decode(req.config, def.schema, diags, 'provider configuration');
  if (config !== undefined)
    await callHook(diags, 'Provider configuration', () => def.configure(config, diags));
  return { diagnostics: diagnosticsToWire(diags, def.schema.block) };
}
