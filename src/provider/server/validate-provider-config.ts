import type * as wire from '../wire/messages';
import { callHook, newDiagnostics, type ProviderServer } from './context';
import { diagnosticsToWire } from './convert';

export async function validateProviderConfig(
  server: ProviderServer,
  req: { config: wire.DynamicValue | null },
): Promise<wire.WithDiagnostics> {
  const diags = newDiagnostics();
  const def = server.definition;
  const config = server.decode(req.config, def.schema, diags, 'provider configuration');
  if (config !== undefined && def.validateConfig) {
    await callHook(diags, 'Provider configuration validation', () => def.validateConfig!(config, diags));
  }
  return { diagnostics: diagnosticsToWire(diags, def.schema.block) };
}
