/**
 * State and helpers shared by the RPC adapters: the definition, type lookups, value decoding and
 * encoding that report problems as diagnostics, and the catch that turns a thrown hook error into
 * an ERROR diagnostic instead of a crashed call.
 */
import { Diagnostics } from '../tf/diagnostics';
import { schemaType, type Schema } from '../tf/schema';
import type { TfValue } from '../tf/value';
import { fromDynamicValue, toDynamicValue } from '../wire/dynamic-value';
import type * as wire from '../wire/messages';
import type { DataSourceDefinition, ProviderDefinition, ResourceDefinition } from './definition';
import type { InvariantViolation } from './plan-invariants';

export interface ProviderServerOptions {
  /** Check Terraform's plan/apply rules on every response (SPS_PROVIDER_DEBUG=1).  @default false */
  readonly checkInvariants?: boolean;
}

export class ProviderServer {
  readonly checkInvariants: boolean;
  readonly #resources = new Map<string, ResourceDefinition>();
  readonly #dataSources = new Map<string, DataSourceDefinition>();

  constructor(
    readonly definition: ProviderDefinition,
    options: ProviderServerOptions = {},
  ) {
    this.checkInvariants = options.checkInvariants ?? false;
    for (const r of definition.resources) this.#resources.set(r.typeName, r);
    for (const d of definition.dataSources) this.#dataSources.set(d.typeName, d);
  }

  resource(typeName: string, diags: Diagnostics): ResourceDefinition | undefined {
    const found = this.#resources.get(typeName);
    if (!found)
      diags.addError(
        'Unknown resource type',
        `The provider "${this.definition.typeName}" has no resource type "${typeName}".`,
      );
    return found;
  }

  dataSource(typeName: string, diags: Diagnostics): DataSourceDefinition | undefined {
    const found = this.#dataSources.get(typeName);
    if (!found)
      diags.addError(
        'Unknown data source type',
        `The provider "${this.definition.typeName}" has no data source type "${typeName}".`,
      );
    return found;
  }

  /** `undefined` (with an error diagnostic) when the bytes do not fit the schema. */
  decode(
    dv: wire.DynamicValue | null | undefined,
    schema: Schema,
    diags: Diagnostics,
    what: string,
  ): TfValue | undefined {
    try {
      return fromDynamicValue(dv, schemaType(schema));
    } catch (error) {
      diags.addError(
        `Unable to read ${what}`,
        `The ${what} sent by Terraform does not match the schema: ${describe(error)}`,
      );
      return undefined;
    }
  }

  encode(value: TfValue, schema: Schema, diags: Diagnostics, what: string): wire.DynamicValue | undefined {
    try {
      return toDynamicValue(value, schemaType(schema));
    } catch (error) {
      diags.addError(
        `Provider produced an invalid ${what}`,
        `This is a bug in the provider: ${describe(error)}`,
      );
      return undefined;
    }
  }

  reportViolations(violations: readonly InvariantViolation[], diags: Diagnostics, what: string): void {
    for (const v of violations)
      diags.addError(
        `Provider produced an inconsistent ${what}`,
        `This is a bug in the provider: ${v.message}.`,
        v.path,
      );
  }
}

/** Runs a definition hook; a throw becomes an ERROR diagnostic and `undefined`. */
export async function callHook<R>(
  diags: Diagnostics,
  what: string,
  hook: () => Promise<R>,
): Promise<R | undefined> {
  try {
    return await hook();
  } catch (error) {
    diags.addError(`${what} failed`, describe(error));
    return undefined;
  }
}

/** Messages pass through as written by the definition (they must already be free of secrets). */
function describe(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

export function newDiagnostics(): Diagnostics {
  return new Diagnostics();
}
