/**
 * A fake Terraform core: launches a provider executable exactly as go-plugin does (magic cookie,
 * PLUGIN_PROTOCOL_VERSIONS=5,6, its own AutoMTLS client certificate), reads the single handshake
 * line, dials grpc-js with mutual TLS, and offers typed calls that encode and decode
 * DynamicValues with the provider's own codec. Every plan and apply result is checked against
 * Terraform's consistency rules; a violation throws, as Terraform would refuse the result.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import * as grpc from '@grpc/grpc-js';
import { diagnosticsFromWire, pathFromWire, schemaFromWire } from '../../src/provider/server/convert';
import {
  checkAppliedState,
  checkPlannedState,
  type InvariantViolation,
} from '../../src/provider/server/plan-invariants';
import {
  schemaType,
  type AttributePath,
  type Diagnostics,
  type Schema,
  type TfValue,
} from '../../src/provider/tf';
import { createSelfSignedCertificate } from '../../src/tls/self-signed';
import { fromDynamicValue, toDynamicValue } from '../../src/provider/wire/dynamic-value';
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE, parseHandshakeLine } from '../../src/provider/wire/handshake';
import type * as wire from '../../src/provider/wire/messages';
import { loadProtocolServices, MAX_MESSAGE_BYTES } from '../../src/provider/wire/protos';
import { proposedNewState } from './proposed-new';

export class InvariantError extends Error {
  constructor(
    readonly rpc: string,
    readonly violations: readonly InvariantViolation[],
  ) {
    super(
      `${rpc}: provider broke Terraform's rules: ${violations.map((v) => `${v.path.toString() || '(root)'}: ${v.message}`).join('; ')}`,
    );
  }
}

export interface LaunchOptions {
  /** Extra environment for the provider process. */
  readonly env?: NodeJS.ProcessEnv;
}

export interface ProcessExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

type Client = grpc.Client &
  Record<string, (req: object, cb: (err: grpc.ServiceError | null, res: any) => void) => void>; // eslint-disable-line @typescript-eslint/no-explicit-any

export class FakeTerraformCore {
  readonly #schemas = new Map<string, Schema>();
  #providerSchema?: Schema;

  private constructor(
    readonly child: ChildProcess,
    readonly handshakeLine: string,
    /** Launch → handshake line, in milliseconds. */
    readonly timeToHandshakeMs: number,
    readonly exited: Promise<ProcessExit>,
    readonly output: { stdoutAfterHandshake: string; stderr: string },
    private readonly provider: Client,
    private readonly controller: Client,
    readonly health: Client,
    readonly stdio: Client,
  ) {}

  static async launch(executable: string, options: LaunchOptions = {}): Promise<FakeTerraformCore> {
    const clientCert = await createSelfSignedCertificate({ commonName: 'localhost' });
    const started = performance.now();
    const child = spawn(executable, [], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ...options.env,
        [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE,
        PLUGIN_PROTOCOL_VERSIONS: '5,6',
        PLUGIN_CLIENT_CERT: clientCert.certPem,
      },
    });
    const output = { stdoutAfterHandshake: '', stderr: '' };
    const exited = new Promise<ProcessExit>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    child.stderr!.setEncoding('utf8').on('data', (text: string) => (output.stderr += text));
    const line = await new Promise<string>((resolve, reject) => {
      let buffered = '';
      let seen = false;
      child.stdout!.setEncoding('utf8').on('data', (text: string) => {
        if (seen) return void (output.stdoutAfterHandshake += text);
        buffered += text;
        const newline = buffered.indexOf('\n');
        if (newline < 0) return;
        seen = true;
        output.stdoutAfterHandshake += buffered.slice(newline + 1);
        resolve(buffered.slice(0, newline));
      });
      void exited.then((e) =>
        reject(new Error(`provider exited before the handshake (${e.code ?? e.signal}): ${output.stderr}`)),
      );
    });
    const timeToHandshakeMs = performance.now() - started;

    const handshake = parseHandshakeLine(line);
    if (
      handshake.coreProtocol !== 1 ||
      handshake.appProtocol !== 6 ||
      handshake.network !== 'tcp' ||
      handshake.protocol !== 'grpc' ||
      !handshake.certDer
    ) {
      child.kill('SIGKILL');
      throw new Error(`unexpected handshake line: ${line}`);
    }
    // As go-plugin: the announced certificate is the only trusted root, for the name "localhost".
    const rootPem = new X509Certificate(handshake.certDer).toString();
    const credentials = grpc.credentials.createSsl(
      Buffer.from(rootPem),
      Buffer.from(clientCert.keyPem),
      Buffer.from(clientCert.certPem),
    );
    const channelOptions = {
      'grpc.ssl_target_name_override': 'localhost',
      'grpc.default_authority': 'localhost',
      'grpc.max_receive_message_length': MAX_MESSAGE_BYTES,
      'grpc.max_send_message_length': MAX_MESSAGE_BYTES,
    };
    const services = loadProtocolServices();
    const make = (ctor: grpc.ServiceClientConstructor) =>
      new ctor(handshake.address, credentials, channelOptions) as unknown as Client;
    return new FakeTerraformCore(
      child,
      line,
      timeToHandshakeMs,
      exited,
      output,
      make(services.provider),
      make(services.controller),
      make(services.health),
      make(services.stdio),
    );
  }

  /** One unary call; gRPC status errors (transport faults) reject. */
  call<R>(client: 'provider' | 'controller' | 'health', rpc: string, request: object): Promise<R> {
    const target =
      client === 'provider' ? this.provider : client === 'controller' ? this.controller : this.health;
    return new Promise((resolve, reject) =>
      target[rpc](request, (error, response) => (error ? reject(error) : resolve(response as R))),
    );
  }

  /** Calls any method path with an empty body and returns the gRPC status code (0 = OK). */
  rawStatus(methodPath: string): Promise<number> {
    return new Promise((resolve) =>
      this.provider.makeUnaryRequest(
        methodPath,
        (b: Buffer) => b,
        (b: Buffer) => b,
        Buffer.alloc(0),
        (e) => resolve(e?.code ?? 0),
      ),
    );
  }

  // ---- schema ---------------------------------------------------------------------------------

  async schema(): Promise<{
    response: wire.GetProviderSchemaResponse;
    provider: Schema;
    resources: Map<string, Schema>;
    dataSources: Map<string, Schema>;
  }> {
    const response = await this.call<wire.GetProviderSchemaResponse>('provider', 'GetProviderSchema', {});
    this.#providerSchema = schemaFromWire(response.provider);
    const resources = new Map<string, Schema>();
    const dataSources = new Map<string, Schema>();
    for (const [name, s] of Object.entries(response.resource_schemas)) resources.set(name, schemaFromWire(s));
    for (const [name, s] of Object.entries(response.data_source_schemas))
      dataSources.set(name, schemaFromWire(s));
    for (const [name, s] of [...resources, ...dataSources]) this.#schemas.set(name, s);
    return { response, provider: this.#providerSchema, resources, dataSources };
  }

  #schemaOf(typeName: string): Schema {
    const schema = typeName === '' ? this.#providerSchema : this.#schemas.get(typeName);
    if (!schema) throw new Error(`no schema for "${typeName}": call schema() first`);
    return schema;
  }
  #encode(typeName: string, value: TfValue): wire.DynamicValue {
    return toDynamicValue(value, schemaType(this.#schemaOf(typeName)));
  }
  #decode(typeName: string, dv: wire.DynamicValue | null | undefined): TfValue {
    return fromDynamicValue(dv, schemaType(this.#schemaOf(typeName)));
  }

  // ---- provider -------------------------------------------------------------------------------

  async validateProvider(config: TfValue): Promise<Diagnostics> {
    const r = await this.call<wire.WithDiagnostics>('provider', 'ValidateProviderConfig', {
      config: this.#encode('', config),
    });
    return diagnosticsFromWire(r.diagnostics);
  }

  /** What this core says it is (Terraform 1.11.4, which supports write-only attributes, by default). */
  terraformVersion = '1.11.4';
  capabilities: wire.ClientCapabilities = { write_only_attributes_allowed: true };
  #providerConfig?: TfValue;

  async configure(config: TfValue): Promise<Diagnostics> {
    this.#providerConfig = config;
    const r = await this.call<wire.WithDiagnostics>('provider', 'ConfigureProvider', {
      terraform_version: this.terraformVersion,
      config: this.#encode('', config),
      client_capabilities: this.capabilities,
    });
    return diagnosticsFromWire(r.diagnostics);
  }

  /**
   * Terraform runs each walk (validate, plan, apply) in provider processes of its own, configured
   * once; this core reuses one process, so each plan starts a walk by configuring it again.
   */
  async #newWalk(): Promise<void> {
    if (this.#providerConfig !== undefined) await this.configure(this.#providerConfig);
  }

  // ---- resources ------------------------------------------------------------------------------

  async validateResource(typeName: string, config: TfValue): Promise<Diagnostics> {
    const r = await this.call<wire.WithDiagnostics>('provider', 'ValidateResourceConfig', {
      type_name: typeName,
      config: this.#encode(typeName, config),
      client_capabilities: this.capabilities,
    });
    return diagnosticsFromWire(r.diagnostics);
  }

  async plan(
    typeName: string,
    req: { prior: TfValue; config: TfValue; priorPrivate?: Buffer },
    opts: { sameWalk?: boolean } = {},
  ): Promise<{
    planned: TfValue;
    proposed: TfValue;
    requiresReplace: AttributePath[];
    plannedPrivate: Buffer;
    diagnostics: Diagnostics;
  }> {
    const schema = this.#schemaOf(typeName);
    const proposed = proposedNewState(schema, req.prior, req.config);
    if (!opts.sameWalk) await this.#newWalk();
    const r = await this.call<Required<wire.PlanResourceChangeResponse>>('provider', 'PlanResourceChange', {
      type_name: typeName,
      prior_state: this.#encode(typeName, req.prior),
      proposed_new_state: this.#encode(typeName, proposed),
      config: this.#encode(typeName, req.config),
      prior_private: req.priorPrivate ?? Buffer.alloc(0),
      client_capabilities: this.capabilities,
    });
    const diagnostics = diagnosticsFromWire(r.diagnostics);
    const planned = diagnostics.hasError() ? null : this.#decode(typeName, r.planned_state);
    if (!diagnostics.hasError()) {
      const violations = checkPlannedState(schema, { prior: req.prior, config: req.config, planned });
      if (violations.length) throw new InvariantError('PlanResourceChange', violations);
    }
    return {
      planned,
      proposed,
      requiresReplace: r.requires_replace.map(pathFromWire),
      plannedPrivate: r.planned_private,
      diagnostics,
    };
  }

  async apply(
    typeName: string,
    req: { prior: TfValue; planned: TfValue; config: TfValue; plannedPrivate?: Buffer },
  ): Promise<{
    newState: TfValue;
    private: Buffer;
    diagnostics: Diagnostics;
  }> {
    const schema = this.#schemaOf(typeName);
    const r = await this.call<Required<wire.ApplyResourceChangeResponse>>('provider', 'ApplyResourceChange', {
      type_name: typeName,
      prior_state: this.#encode(typeName, req.prior),
      planned_state: this.#encode(typeName, req.planned),
      config: this.#encode(typeName, req.config),
      planned_private: req.plannedPrivate ?? Buffer.alloc(0),
    });
    const diagnostics = diagnosticsFromWire(r.diagnostics);
    const newState = this.#decode(typeName, r.new_state);
    if (!diagnostics.hasError()) {
      const violations = checkAppliedState(schema, { planned: req.planned, applied: newState });
      if (violations.length) throw new InvariantError('ApplyResourceChange', violations);
    }
    return { newState, private: r.private, diagnostics };
  }

  async read(
    typeName: string,
    state: TfValue,
    priv?: Buffer,
  ): Promise<{ state: TfValue; private: Buffer; diagnostics: Diagnostics }> {
    const r = await this.call<Required<wire.ReadResourceResponse>>('provider', 'ReadResource', {
      type_name: typeName,
      current_state: this.#encode(typeName, state),
      private: priv ?? Buffer.alloc(0),
    });
    return {
      state: this.#decode(typeName, r.new_state),
      private: r.private,
      diagnostics: diagnosticsFromWire(r.diagnostics),
    };
  }

  async importState(
    typeName: string,
    id: string,
  ): Promise<{
    imported: { typeName: string; state: TfValue; private: Buffer }[];
    diagnostics: Diagnostics;
  }> {
    const r = await this.call<wire.ImportResourceStateResponse>('provider', 'ImportResourceState', {
      type_name: typeName,
      id,
    });
    const imported = r.imported_resources.map((i) => ({
      typeName: i.type_name,
      state: this.#decode(i.type_name, i.state),
      private: i.private ?? Buffer.alloc(0),
    }));
    return { imported, diagnostics: diagnosticsFromWire(r.diagnostics) };
  }

  async upgrade(
    typeName: string,
    version: number,
    rawJson: unknown,
  ): Promise<{ state: TfValue; diagnostics: Diagnostics }> {
    const r = await this.call<wire.UpgradeResourceStateResponse>('provider', 'UpgradeResourceState', {
      type_name: typeName,
      version,
      raw_state: { json: Buffer.from(JSON.stringify(rawJson)) },
    });
    const diagnostics = diagnosticsFromWire(r.diagnostics);
    return { state: diagnostics.hasError() ? null : this.#decode(typeName, r.upgraded_state), diagnostics };
  }

  // ---- data sources ---------------------------------------------------------------------------

  async validateDataSource(typeName: string, config: TfValue): Promise<Diagnostics> {
    const r = await this.call<wire.WithDiagnostics>('provider', 'ValidateDataResourceConfig', {
      type_name: typeName,
      config: this.#encode(typeName, config),
    });
    return diagnosticsFromWire(r.diagnostics);
  }

  async readDataSource(
    typeName: string,
    config: TfValue,
  ): Promise<{ state: TfValue; diagnostics: Diagnostics }> {
    const r = await this.call<wire.ReadDataSourceResponse>('provider', 'ReadDataSource', {
      type_name: typeName,
      config: this.#encode(typeName, config),
    });
    const diagnostics = diagnosticsFromWire(r.diagnostics);
    return { state: diagnostics.hasError() ? null : this.#decode(typeName, r.state), diagnostics };
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  async stop(): Promise<string> {
    return (await this.call<wire.StopProviderResponse>('provider', 'StopProvider', {})).Error;
  }

  /** GRPCController.Shutdown, then waits for the process to exit (as go-plugin does before killing). */
  async shutdown(): Promise<ProcessExit> {
    await this.call('controller', 'Shutdown', {});
    this.close();
    return this.exited;
  }

  close(): void {
    for (const c of [this.provider, this.controller, this.health, this.stdio]) c.close();
  }

  /** Last resort for a failed test: never leave a provider behind. */
  kill(): void {
    this.close();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }
}
