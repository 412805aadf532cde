/**
 * TypeScript shapes of the tfplugin6 messages as @grpc/proto-loader presents them with our
 * LOADER_OPTIONS (snake_case, Buffer bytes, number int64, enum names). Only what we use.
 * Incoming messages have every field (defaults: true); outgoing ones may omit any.
 */

export interface DynamicValue {
  msgpack?: Buffer;
  json?: Buffer;
}

export type Step =
  | { attribute_name: string; selector?: 'attribute_name' }
  | { element_key_string: string; selector?: 'element_key_string' }
  | { element_key_int: number; selector?: 'element_key_int' };

export interface AttributePath {
  steps: Step[];
}

export interface Diagnostic {
  severity: 'INVALID' | 'ERROR' | 'WARNING';
  summary: string;
  detail?: string;
  attribute?: AttributePath | null;
}

export type StringKind = 'PLAIN' | 'MARKDOWN';

export interface SchemaAttribute {
  name: string;
  type?: Buffer;
  nested_type?: SchemaObject | null;
  description?: string;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  sensitive?: boolean;
  description_kind?: StringKind;
  deprecated?: boolean;
  write_only?: boolean;
}

export interface SchemaObject {
  attributes: SchemaAttribute[];
  nesting: 'INVALID' | 'SINGLE' | 'LIST' | 'SET' | 'MAP';
}

export interface SchemaNestedBlock {
  type_name: string;
  block: SchemaBlock;
  nesting: 'INVALID' | 'SINGLE' | 'LIST' | 'SET' | 'MAP' | 'GROUP';
  min_items?: number;
  max_items?: number;
}

export interface SchemaBlock {
  version?: number;
  attributes: SchemaAttribute[];
  block_types: SchemaNestedBlock[];
  description?: string;
  description_kind?: StringKind;
  deprecated?: boolean;
}

export interface Schema {
  version: number;
  block: SchemaBlock;
}

export interface ServerCapabilities {
  plan_destroy?: boolean;
  get_provider_schema_optional?: boolean;
  move_resource_state?: boolean;
}

export interface WithDiagnostics {
  diagnostics?: Diagnostic[];
}

export interface GetMetadataResponse extends WithDiagnostics {
  server_capabilities: ServerCapabilities;
  data_sources: { type_name: string }[];
  resources: { type_name: string }[];
}

export interface GetProviderSchemaResponse extends WithDiagnostics {
  provider: Schema;
  resource_schemas: Record<string, Schema>;
  data_source_schemas: Record<string, Schema>;
  provider_meta?: Schema;
  server_capabilities: ServerCapabilities;
}

/** What Terraform says it can do (absent from clients older than the field). */
export interface ClientCapabilities {
  deferral_allowed?: boolean;
  write_only_attributes_allowed?: boolean;
}

export interface ConfigRequest {
  type_name: string;
  config: DynamicValue | null;
  client_capabilities?: ClientCapabilities | null;
}

export interface ConfigureProviderRequest {
  terraform_version: string;
  config: DynamicValue | null;
}

export interface UpgradeResourceStateRequest {
  type_name: string;
  version: number;
  raw_state: { json: Buffer; flatmap: Record<string, string> } | null;
}

export interface UpgradeResourceStateResponse extends WithDiagnostics {
  upgraded_state?: DynamicValue;
}

export interface ReadResourceRequest {
  type_name: string;
  current_state: DynamicValue | null;
  private: Buffer;
}

export interface ReadResourceResponse extends WithDiagnostics {
  new_state?: DynamicValue;
  private?: Buffer;
}

export interface PlanResourceChangeRequest {
  type_name: string;
  prior_state: DynamicValue | null;
  proposed_new_state: DynamicValue | null;
  config: DynamicValue | null;
  prior_private: Buffer;
  client_capabilities?: ClientCapabilities | null;
}

export interface PlanResourceChangeResponse extends WithDiagnostics {
  planned_state?: DynamicValue;
  requires_replace?: AttributePath[];
  planned_private?: Buffer;
}

export interface ApplyResourceChangeRequest {
  type_name: string;
  prior_state: DynamicValue | null;
  planned_state: DynamicValue | null;
  config: DynamicValue | null;
  planned_private: Buffer;
}

export interface ApplyResourceChangeResponse extends WithDiagnostics {
  new_state?: DynamicValue;
  private?: Buffer;
}

export interface ImportResourceStateRequest {
  type_name: string;
  id: string;
}

export interface ImportResourceStateResponse extends WithDiagnostics {
  imported_resources: { type_name: string; state: DynamicValue; private?: Buffer }[];
}

export interface MoveResourceStateRequest {
  source_provider_address: string;
  source_type_name: string;
  source_schema_version: number;
  source_state: { json: Buffer } | null;
  target_type_name: string;
  source_private: Buffer;
}

export interface MoveResourceStateResponse extends WithDiagnostics {
  target_state?: DynamicValue;
  target_private?: Buffer;
}

export interface ReadDataSourceResponse extends WithDiagnostics {
  state?: DynamicValue;
}

export interface StopProviderResponse {
  Error: string;
}
