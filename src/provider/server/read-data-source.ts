import type * as wire from '../wire/messages';
import { AttributePath } from '../tf/diagnostics';
import { schemaType } from '../tf/schema';
import { callHook, newDiagnostics, type ProviderServer } from './context';
import { diagnosticsToWire } from './convert';
import { checkShape, type InvariantViolation } from './plan-invariants';

export async function readDataSource(
  server: ProviderServer,
  req: wire.ConfigRequest,
): Promise<wire.ReadDataSourceResponse> {
  const diags = newDiagnostics();
  const dataSource = server.dataSource(req.type_name, diags);
  const failed = () => ({ diagnostics: diagnosticsToWire(diags, dataSource?.schema.block) });
  const config =
    dataSource && server.decode(req.config, dataSource.schema, diags, `${req.type_name} configuration`);
  if (!dataSource || config === undefined) return failed();
  const state = await callHook(diags, `${req.type_name} read`, () => dataSource.read(config, diags));
  if (state === undefined || diags.hasError()) return failed();
  if (server.checkInvariants) {
    const violations: InvariantViolation[] = [];
    checkShape(schemaType(dataSource.schema), state, new AttributePath(), violations);
    server.reportViolations(violations, diags, 'data source result');
  }
  const encoded = server.encode(state, dataSource.schema, diags, 'data source result');
  return encoded && !diags.hasError()
    ? { state: encoded, diagnostics: diagnosticsToWire(diags, dataSource.schema.block) }
    : failed();
}
