/**
 * `serveProvider(definition)`: the one call a provider's main makes. Checks the launch
 * environment, serves tfplugin6 + go-plugin's services on 127.0.0.1 with AutoMTLS, prints the
 * handshake line, and exits on GRPCController.Shutdown, SIGTERM (after stopping in-flight work, as
 * StopProvider does), or when the parent (Terraform) is gone. StopProvider only cancels in-flight
 * work; SIGINT is ignored, as go-plugin servers do, because Terraform handles Ctrl-C itself and then
 * calls StopProvider.
 */
import * as grpc from '@grpc/grpc-js';
import { ProviderServer } from './server/context';
import type { ProviderDefinition } from './server/definition';
import { providerServiceHandlers } from './server/provider-service';
import {
  checkLaunchEnvironment,
  handshakeLine,
  HandshakeError,
  serverTls,
  type LaunchEnvironment,
} from './wire/handshake';
import { controllerHandlers, healthHandlers, StdioStreams } from './wire/plugin-services';
import { loadProtocolServices, MAX_MESSAGE_BYTES } from './wire/protos';

/** Longest wait for in-flight work (an apply rolling back) after SIGTERM. */
const STOP_GRACE_MS = 20_000;
/** Longest wait for in-flight calls at exit; go-plugin kills the process 2 s after Shutdown anyway. */
const SHUTDOWN_GRACE_MS = 1500;

export interface ServeOptions {
  /** @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** How often to check whether the parent process is still there.  @default 1000 */
  readonly parentCheckIntervalMs?: number;
}

export interface RunningProvider {
  readonly port: number;
  /** Stops serving and exits the process with `code`. */
  shutdown(reason: string, code?: number): void;
}

export async function serveProvider(
  definition: ProviderDefinition,
  options: ServeOptions = {},
): Promise<RunningProvider | undefined> {
  const env = options.env ?? process.env;
  const programName = `terraform-provider-${definition.typeName}`;
  const debug = env.SPS_PROVIDER_DEBUG === '1';
  const log = (line: string) => process.stderr.write(`[provider ${definition.typeName}] ${line}\n`);

  let launch: LaunchEnvironment;
  try {
    launch = checkLaunchEnvironment(env, programName);
  } catch (error) {
    if (!(error instanceof HandshakeError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return process.exit(1);
  }

  const tls = await serverTls(launch);
  const services = loadProtocolServices();
  const server = new grpc.Server({
    'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
    'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
  });
  const stdio = new StdioStreams();
  let stopping = false;
  const shutdown = (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    log(`exiting: ${reason}`);
    stdio.endAll();
    // Finish in-flight replies (the Shutdown reply itself) before exiting; never wait long.
    const exit = () => process.exit(code);
    server.tryShutdown(exit);
    setTimeout(() => (server.forceShutdown(), exit()), SHUTDOWN_GRACE_MS);
  };

  const providerServer = new ProviderServer(definition, { checkInvariants: debug });
  server.addService(
    services.provider.service,
    providerServiceHandlers(providerServer, debug ? log : () => {}),
  );
  server.addService(
    services.controller.service,
    controllerHandlers({ onShutdown: () => shutdown('Shutdown requested by Terraform') }),
  );
  server.addService(services.stdio.service, stdio.handlers());
  server.addService(services.health.service, healthHandlers());

  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', tls.credentials, (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );

  process.stdout.write(`${handshakeLine(port, tls.certDer)}\n`);
  // Terraform reads exactly one line from stdout; anything a dependency prints later goes to stderr.
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;

  const parentPid = process.ppid;
  setInterval(() => {
    if (process.ppid !== parentPid) shutdown(`parent process ${parentPid} is gone`);
  }, options.parentCheckIntervalMs ?? 1000).unref();
  // SIGTERM (a cancelled CI job): stop work first, so an apply in flight rolls back and releases the
  // configuration lock, then exit; bounded, because whoever sent it may follow up with SIGKILL
  process.on('SIGTERM', () => {
    log('SIGTERM: stopping in-flight work before exiting');
    const bound = new Promise((resolve) => setTimeout(resolve, STOP_GRACE_MS).unref());
    void Promise.race([definition.stop?.().catch(() => undefined), bound]).then(() => shutdown('SIGTERM'));
  });
  process.on('SIGINT', () => log('ignoring SIGINT; Terraform stops work through StopProvider'));

  log(`serving plugin protocol 6 on 127.0.0.1:${port}${tls.certDer ? ' (mTLS)' : ' (plaintext)'}`);
  return { port, shutdown };
}
