import type * as wire from '../wire/messages';
import type { ProviderServer } from './context';
import { schemaToWire } from './convert';

/**
 * We plan destroys (proposed null → planned null), so Terraform may call PlanResourceChange for them;
 * MoveResourceState answers for every resource (one that takes no other type's state says so).
 */
export const SERVER_CAPABILITIES: wire.ServerCapabilities = {
  plan_destroy: true,
  get_provider_schema_optional: false,
  move_resource_state: true,
};

export async function getProviderSchema(server: ProviderServer): Promise<wire.GetProviderSchemaResponse> {
  const def = server.definition;
  const resource_schemas: Record<string, wire.Schema> = {};
  for (const r of def.resources) resource_schemas[r.typeName] = schemaToWire(r.schema);
  const data_source_schemas: Record<string, wire.Schema> = {};
  for (const d of def.dataSources) data_source_schemas[d.typeName] = schemaToWire(d.schema);
  return {
    provider: schemaToWire(def.schema),
    resource_schemas,
    data_source_schemas,
    server_capabilities: SERVER_CAPABILITIES,
    diagnostics: [],
  };
}
