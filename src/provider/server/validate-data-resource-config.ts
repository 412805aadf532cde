import type * as wire from '../wire/messages';
import { callHook, newDiagnostics, type ProviderServer } from './context';
import { diagnosticsToWire } from './convert';

export async function validateDataResourceConfig(
  server: ProviderServer,
  req: wire.ConfigRequest,
): Promise<wire.WithDiagnostics> {
  const diags = newDiagnostics();
  const dataSource = server.dataSource(req.type_name, diags);
  const config =
    dataSource && server.decode(req.config, dataSource.schema, diags, `${req.type_name} configuration`);
  if (dataSource?.validate && config !== undefined) {
    await callHook(diags, `${req.type_name} validation`, () => dataSource.validate!(config, diags));
  }
  return { diagnostics: diagnosticsToWire(diags, dataSource?.schema.block) };
}
