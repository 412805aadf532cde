/**
 * Loads our reduced .proto files once, with the options every caller relies on: snake_case
 * field names as written (keepCase), bytes as Buffer, int64 as JS number, enums as their names,
 * defaults filled in and the name of the set oneof member exposed (`selector`).
 *
 * The definitions are parsed from their text, which comes from the files beside this module (the
 * sources, the compiled package and the bundle alike) or, in the standalone provider executable
 * (a Node single executable application), from the assets built into it.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import * as protobuf from 'protobufjs';

const PROTO_DIR = path.join(__dirname, 'proto');
export const PROTO_FILES = ['tfplugin6.proto', 'go_plugin.proto', 'health.proto'] as const;

function protoText(file: string): string {
  const sea = singleExecutable();
  if (sea?.isSea()) return sea.getAsset(file, 'utf8') as string;
  return readFileSync(path.join(PROTO_DIR, file), 'utf8');
}

/** `node:sea` when this Node has it (20.12+), else undefined. */
function singleExecutable():
  { isSea(): boolean; getAsset(key: string, encoding: string): unknown } | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('node:sea');
  } catch {
    return undefined;
  }
}

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
  const parsed = new protobuf.Root();
  for (const file of PROTO_FILES) protobuf.parse(protoText(file), parsed, { keepCase: true });
  const definition = protoLoader.fromJSON(parsed.toJSON(), LOADER_OPTIONS);
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
