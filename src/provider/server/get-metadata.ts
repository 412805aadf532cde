import type * as wire from '../wire/messages';
import type { ProviderServer } from './context';
import { SERVER_CAPABILITIES } from './get-provider-schema';

export async function getMetadata(server: ProviderServer): Promise<wire.GetMetadataResponse> {
  return {
    server_capabilities: SERVER_CAPABILITIES,
    resources: server.definition.resources.map((r) => ({ type_name: r.typeName })),
    data_sources: server.definition.dataSources.map((d) => ({ type_name: d.typeName })),
    diagnostics: [],
  };
}
