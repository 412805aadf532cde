/**
 * The services go-plugin expects next to the plugin itself: GRPCController (Shutdown),
 * GRPCStdio (StreamStdio, kept open and silent) and grpc.health.v1 (service "plugin" SERVING).
 */
import * as grpc from '@grpc/grpc-js';

export interface PluginServiceHooks {
  /** Terraform is done with us: answer, then exit. */
  readonly onShutdown: () => void;
}

export function controllerHandlers(hooks: PluginServiceHooks): grpc.UntypedServiceImplementation {
  return {
    Shutdown: (_call: grpc.ServerUnaryCall<unknown, object>, callback: grpc.sendUnaryData<object>) => {
      callback(null, {});
      // Let the reply reach the host before the server goes away.
      setImmediate(hooks.onShutdown);
    },
  };
}

/** Open stdio streams, ended on shutdown so the host sees a clean EOF. */
export class StdioStreams {
  readonly #open = new Set<grpc.ServerWritableStream<unknown, unknown>>();
  handlers(): grpc.UntypedServiceImplementation {
    return {
      StreamStdio: (call: grpc.ServerWritableStream<unknown, unknown>) => {
        this.#open.add(call);
        call.on('cancelled', () => this.#open.delete(call));
      },
    };
  }
  endAll(): void {
    for (const call of this.#open) call.end();
    this.#open.clear();
  }
}

const SERVING_SERVICES = new Set(['', 'plugin']);

export function healthHandlers(): grpc.UntypedServiceImplementation {
  return {
    Check: (
      call: grpc.ServerUnaryCall<{ service: string }, object>,
      callback: grpc.sendUnaryData<object>,
    ) => {
      if (SERVING_SERVICES.has(call.request.service)) callback(null, { status: 'SERVING' });
      else callback({ code: grpc.status.NOT_FOUND, details: `unknown service ${call.request.service}` });
    },
    Watch: (call: grpc.ServerWritableStream<{ service: string }, object>) => {
      call.write({ status: SERVING_SERVICES.has(call.request.service) ? 'SERVING' : 'SERVICE_UNKNOWN' });
    },
  };
}
