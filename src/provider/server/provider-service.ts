/**
 * The tfplugin6.Provider gRPC service: maps each RPC to its adapter. An adapter never throws for
 * user-facing problems; anything that still escapes is a provider bug and is answered with an
 * ERROR diagnostic, so Terraform shows it instead of a transport failure.
 */
import type * as grpc from '@grpc/grpc-js';
import { applyResourceChange } from './apply-resource-change';
import { configureProvider } from './configure-provider';
import type { ProviderServer } from './context';
import { getMetadata } from './get-metadata';
import { getProviderSchema } from './get-provider-schema';
import { getResourceIdentitySchemas } from './get-resource-identity-schemas';
import { importResourceState } from './import-resource-state';
import { moveResourceState } from './move-resource-state';
import { planResourceChange } from './plan-resource-change';
import { readDataSource } from './read-data-source';
import { readResource } from './read-resource';
import { stopProvider } from './stop-provider';
import { upgradeResourceState } from './upgrade-resource-state';
import { validateDataResourceConfig } from './validate-data-resource-config';
import { validateProviderConfig } from './validate-provider-config';
import { validateResourceConfig } from './validate-resource-config';

// Each adapter takes the decoded request; `any` is confined to this table (proto-loader is untyped).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Adapter = (server: ProviderServer, request: any) => Promise<object>;

const ADAPTERS: Record<string, Adapter> = {
  GetMetadata: getMetadata,
  GetProviderSchema: getProviderSchema,
  GetResourceIdentitySchemas: getResourceIdentitySchemas,
  ValidateProviderConfig: validateProviderConfig,
  ValidateResourceConfig: validateResourceConfig,
  ValidateDataResourceConfig: validateDataResourceConfig,
  UpgradeResourceState: upgradeResourceState,
  ConfigureProvider: configureProvider,
  ReadResource: readResource,
  PlanResourceChange: planResourceChange,
  ApplyResourceChange: applyResourceChange,
  ImportResourceState: importResourceState,
  MoveResourceState: moveResourceState,
  ReadDataSource: readDataSource,
  StopProvider: stopProvider,
};

export function providerServiceHandlers(
  server: ProviderServer,
  log: (line: string) => void,
): grpc.UntypedServiceImplementation {
  const handlers: grpc.UntypedServiceImplementation = {};
  for (const [rpc, adapter] of Object.entries(ADAPTERS)) {
    handlers[rpc] = (call: grpc.ServerUnaryCall<unknown, object>, callback: grpc.sendUnaryData<object>) => {
      log(`rpc ${rpc}`);
      const started = performance.now();
      adapter(server, call.request).then(
        (response) => {
          log(`rpc ${rpc} answered in ${Math.round(performance.now() - started)} ms`);
          callback(null, response);
        },
        (error: unknown) => {
          const detail = error instanceof Error ? error.message : String(error);
          log(`rpc ${rpc} failed: ${detail}`);
          callback(
            null,
            rpc === 'StopProvider'
              ? { Error: detail }
              : {
                  diagnostics: [{ severity: 'ERROR', summary: `Internal provider error in ${rpc}`, detail }],
                },
          );
        },
      );
    };
  }
  return handlers;
}
