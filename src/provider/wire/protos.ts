/**
 * Loads our reduced .proto files once, with the options every caller relies on: snake_case
 * field names as written (keepCase), bytes as Buffer, int64 as JS number, enums as their names,
 * defaults filled in and the name of the set oneof member exposed (`selector`).
 */
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';

const PROTO_DIR = path.join(__dirname, 'proto');

export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: Number,
  enums: String,
  bytes: Buffer,
  defaults: true,
  oneofs: true,
};

export interface ProtocolServices {
  readonly provider: grpc.ServiceClientConstructor;
  readonly controller: grpc.ServiceClientConstructor;
  readonly stdio: grpc.ServiceClientConstructor;
  readonly health: grpc.ServiceClientConstructor;
}

let cached: ProtocolServices | undefined;

/** Service constructors (their `.service` is what a server registers; `new X(addr, creds)` is a client). */
export function loadProtocolServices(): ProtocolServices {
  if (cached) return cached;
  const definition = protoLoader.loadSync(
    ['tfplugin6.proto', 'go_plugin.proto', 'health.proto'].map((f) => path.join(PROTO_DIR, f)),
    LOADER_OPTIONS,
  );
  const root = grpc.loadPackageDefinition(definition) as unknown as {
    tfplugin6: { Provider: grpc.ServiceClientConstructor };
    plugin: { GRPCController: grpc.ServiceClientConstructor; GRPCStdio: grpc.ServiceClientConstructor };
    grpc: { health: { v1: { Health: grpc.ServiceClientConstructor } } };
  };
  cached = {
    provider: root.tfplugin6.Provider,
    controller: root.plugin.GRPCController,
    stdio: root.plugin.GRPCStdio,
    health: root.grpc.health.v1.Health,
  };
  return cached;
}

/** Terraform-plugin-go's limit: schemas and states of big configurations exceed grpc's 4 MiB default. */
export const MAX_MESSAGE_BYTES = 256 << 20;
