/**
 * The provider-schema breaking-change gate: the current `terraform providers schema -json` document
 * against the last released one.
 *
 * Configuration (what users write in HCL or construct code): every resource's, data source's and
 * the provider's configuration schema becomes JSON Schema, and json-schema-diff decides, set-
 * theoretically, whether a configuration valid before is rejected now. Attribute-level findings
 * (findings.ts) name the place; each one is confirmed by json-schema-diff before it is reported, so
 * a harmless difference (an attribute becoming write-only or Optional+Computed) never fails.
 * Enum narrowing is checked beside it (json-schema-diff cannot see enums; enums.ts says where they
 * come from). A breaking change passes once CHANGELOG.md records its address as breaking.
 *
 * State (what Terraform stores): an attribute removed from, or changed in, a resource's state shape
 * needs a schema version bump, so UpgradeResourceState sees old states by their version. No changelog
 * entry replaces that.
 */
import { diffSchemas } from 'json-schema-diff';
import type { JsonSchema } from '../../src/model';
import { configurationFindings, type Finding } from './findings';
import type { EnumMap } from './enums';
import {
  configurationJsonSchema,
  schemasByAddress,
  stateShape,
  type ProviderSchemasJson,
  type TfSchemaJson,
} from './terraform-schema';

export type { Finding } from './findings';

export interface GateInput {
  readonly released: ProviderSchemasJson;
  readonly releasedEnums: EnumMap;
  readonly current: ProviderSchemasJson;
  readonly currentEnums: EnumMap;
  /** Addresses the release notes record as breaking since the released version. */
  readonly recorded: readonly string[];
}

export interface GateResult {
  /** Breaking configuration changes the release notes do not record: the gate fails. */
  readonly unrecorded: readonly Finding[];
  /** Breaking configuration changes the release notes record. */
  readonly recorded: readonly Finding[];
  /** State shape changes without a schema version bump: the gate fails. */
  readonly state: readonly string[];
  /** Recorded addresses that match no breaking change (a note, not a failure). */
  readonly stale: readonly string[];
}

export async function providerSchemaGate(input: GateInput): Promise<GateResult> {
  const released = schemasByAddress(input.released);
  const current = schemasByAddress(input.current);
  const isRecorded = (address: string) => input.recorded.some((r) => covers(r, address));
  const findings: Finding[] = [];
  const state: string[] = [];

  for (const [address, before] of released) {
    const after = current.get(address);
    if (!after) {
      findings.push({ address, kind: 'removed', detail: 'was removed' });
      continue;
    }
    findings.push(...(await confirmed(address, before, after)));
    if (address.startsWith('resource.')) state.push(...stateProblems(address, before, after));
  }
  findings.push(...narrowedEnums(input, released));

  const unrecorded = findings.filter((f) => !isRecorded(f.address));
  const recorded = findings.filter((f) => isRecorded(f.address));
  const stale = input.recorded.filter((r) => !findings.some((f) => covers(r, f.address)));
  return { unrecorded, recorded, state, stale };
}

/** The messages that fail the gate, one per problem. */
export function gateProblems(result: GateResult): string[] {
  return [...result.unrecorded.map((f) => `${f.address}: ${f.detail} (${f.kind})`), ...result.state];
}

/** Whether a recorded address stands for a finding's: the same attribute, or one it is inside of. */
function covers(recorded: string, address: string): boolean {
  return address === recorded || address.startsWith(`${recorded}.`);
}

/**
 * The attribute-level findings json-schema-diff confirms: with every other finding set aside, a
 * configuration valid before is still rejected because of this one. A rejection no finding
 * explains is reported against the whole schema.
 */
async function confirmed(address: string, before: TfSchemaJson, after: TfSchemaJson): Promise<Finding[]> {
  const source = configurationJsonSchema(before.block);
  const destination = configurationJsonSchema(after.block);
  const rejects = async (setAside: readonly string[]) => {
    const paths = setAside.map((a) => relativePath(address, a));
    const diff = await diffSchemas({
      sourceSchema: withoutPaths(source, paths) as never,
      destinationSchema: withoutPaths(destination, paths) as never,
    });
    return diff.removalsFound ? (diff.removedJsonSchema as JsonSchema) : undefined;
  };
  if (!(await rejects([]))) return [];
  const candidates = configurationFindings(before.block, after.block, address);
  const out: Finding[] = [];
  for (const f of candidates)
    if (await rejects(candidates.filter((o) => o !== f).map((o) => o.address))) out.push(f);
  const unexplained = await rejects(candidates.map((f) => f.address));
  if (unexplained)
    out.push({
      address,
      kind: 'rejected',
      detail: `configurations valid before are now rejected; they match ${JSON.stringify(unexplained)}`,
    });
  return out;
}

function relativePath(schemaAddress: string, address: string): string[] {
  return address === schemaAddress ? [] : address.slice(schemaAddress.length + 1).split('.');
}

/** A configuration schema with the attributes at these paths taken out (from both sides of a diff). */
export function withoutPaths(schema: JsonSchema, paths: readonly (readonly string[])[]): JsonSchema {
  const out = structuredClone(schema);
  for (const path of paths) {
    if (path.length === 0) return {};
    let node: JsonSchema | undefined = out;
    for (const segment of path.slice(0, -1)) node = step(node, segment);
    const last = path[path.length - 1];
    if (!node) continue;
    if (last === '*') {
      if (node.items) node.items = {};
      if (typeof node.additionalProperties === 'object') node.additionalProperties = {};
      continue;
    }
    const props = node.properties as Record<string, JsonSchema> | undefined;
    if (props) delete props[last];
    if (Array.isArray(node.required)) node.required = node.required.filter((r) => r !== last);
  }
  return out;
}

function step(node: JsonSchema | undefined, segment: string): JsonSchema | undefined {
  if (!node) return undefined;
  if (segment === '*') {
    const next = node.items ?? node.additionalProperties;
    return typeof next === 'object' ? (next as JsonSchema) : undefined;
  }
  return (node.properties as Record<string, JsonSchema> | undefined)?.[segment];
}

function narrowedEnums(input: GateInput, released: Map<string, TfSchemaJson>): Finding[] {
  const out: Finding[] = [];
  for (const [address, after] of Object.entries(input.currentEnums)) {
    const before = input.releasedEnums[address];
    if (before) {
      const lost = before.filter((v) => !after.includes(v));
      if (lost.length)
        out.push({
          address,
          kind: 'enum-narrowed',
          detail: `no longer accepts ${lost.map((v) => JSON.stringify(v)).join(', ')}`,
        });
    } else if (wasConfigurable(released, address))
      out.push({
        address,
        kind: 'enum-narrowed',
        detail: `accepted any value, now only ${after.map((v) => JSON.stringify(v)).join(', ')}`,
      });
  }
  return out;
}

/** Whether the released schemas had a configurable attribute at this address. */
function wasConfigurable(released: Map<string, TfSchemaJson>, address: string): boolean {
  for (const [schemaAddress, schema] of released) {
    if (!address.startsWith(`${schemaAddress}.`)) continue;
    let node: JsonSchema | undefined = configurationJsonSchema(schema.block);
    for (const segment of relativePath(schemaAddress, address)) node = step(node, segment);
    return node !== undefined;
  }
  return false;
}

function stateProblems(address: string, before: TfSchemaJson, after: TfSchemaJson): string[] {
  const was = stateShape(before.block);
  const now = stateShape(after.block);
  const changes: string[] = [];
  for (const [path, shape] of was) {
    // one change per subtree: a removed or retyped attribute's children are part of it
    if (changes.some((c) => path.startsWith(`${c.split(' ')[0]}.`))) continue;
    const next = now.get(path);
    if (next === undefined) changes.push(`${path} (removed)`);
    else if (next !== shape) changes.push(`${path} (${shape} → ${next})`);
  }
  if (after.version < before.version)
    return [`${address}: schema version went down (${before.version} → ${after.version})`];
  if (changes.length === 0 || after.version > before.version) return [];
  return [
    `${address}: the state shape changed (${changes.join(', ')}) but the schema version is still ${after.version}: bump it and upgrade old states in UpgradeResourceState`,
  ];
}
