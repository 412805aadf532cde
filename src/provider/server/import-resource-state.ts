import type * as wire from '../wire/messages';
import { callHook, newDiagnostics, type ProviderServer } from './context';
import { diagnosticsToWire } from './convert';

export async function importResourceState(
  server: ProviderServer,
  req: wire.ImportResourceStateRequest,
): Promise<wire.ImportResourceStateResponse> {
  const diags = newDiagnostics();
  const failed = () => ({ imported_resources: [], diagnostics: diagnosticsToWire(diags) });
  const resource = server.resource(req.type_name, diags);
  if (!resource) return failed();
  const results = await callHook(diags, `${req.type_name} import`, () => resource.importState(req.id, diags));
  if (!results || diags.hasError()) return failed();
  const imported: wire.ImportResourceStateResponse['imported_resources'] = [];
  for (const result of results) {
    const state = server.encode(result.state, resource.schema, diags, 'imported state');
    if (!state) return failed();
    imported.push({ type_name: req.type_name, state, private: result.private ?? Buffer.alloc(0) });
  }
  return { imported_resources: imported, diagnostics: diagnosticsToWire(diags) };
}
