/**
 * proto ⇄ framework conversions shared by the RPC adapters: diagnostics, attribute paths and
 * schemas. (DynamicValue ⇄ TfValue lives in wire/dynamic-value.ts.)
 */
import { AttributePath, Diagnostics, type Diagnostic, type PathStep } from '../tf/diagnostics';
import type { Attribute, Block, NestedBlock, Schema } from '../tf/schema';
import { typeFromJson, typeToJson } from '../tf/types';
import type * as wire from '../wire/messages';
import { locateForTerraform } from './diagnostic-location';

/** With the block the paths are relative to, paths are cut to what Terraform can show (see diagnostic-location.ts). */
export function diagnosticsToWire(diags: Diagnostics, block?: Block): wire.Diagnostic[] {
  return (block ? locateForTerraform(diags, block) : diags).items.map(diagnosticToWire);
}

function diagnosticToWire(d: Diagnostic): wire.Diagnostic {
  return {
    severity: d.severity === 'error' ? 'ERROR' : 'WARNING',
    summary: d.summary,
    detail: d.detail ?? '',
    attribute: d.path && d.path.steps.length ? pathToWire(d.path) : null,
  };
}

export function diagnosticsFromWire(list: readonly wire.Diagnostic[] | undefined): Diagnostics {
  const diags = new Diagnostics();
  for (const d of list ?? []) {
    const path = d.attribute?.steps?.length ? pathFromWire(d.attribute) : undefined;
    if (d.severity === 'WARNING') diags.addWarning(d.summary, d.detail || undefined, path);
    else diags.addError(d.summary, d.detail || undefined, path);
  }
  return diags;
}

export function pathToWire(path: AttributePath): wire.AttributePath {
  return {
    steps: path.steps.map((s): wire.Step => {
      if ('attributeName' in s) return { attribute_name: s.attributeName };
      if ('elementKeyString' in s) return { element_key_string: s.elementKeyString };
      return { element_key_int: s.elementKeyInt };
    }),
  };
}

export function pathFromWire(path: wire.AttributePath): AttributePath {
  return new AttributePath(
    path.steps.map((s): PathStep => {
      const step = s as Record<string, unknown> & { selector?: string };
      switch (step.selector) {
        case 'element_key_string':
          return { elementKeyString: String(step.element_key_string) };
        case 'element_key_int':
          return { elementKeyInt: Number(step.element_key_int) };
        default:
          return { attributeName: String(step.attribute_name) };
      }
    }),
  );
}

// ---- schemas --------------------------------------------------------------------------------

export function schemaToWire(schema: Schema): wire.Schema {
  return { version: schema.version ?? 0, block: blockToWire(schema.block, schema.version ?? 0) };
}

function blockToWire(block: Block, version = 0): wire.SchemaBlock {
  return {
    version,
    attributes: sortedEntries(block.attributes).map(([name, a]) => attributeToWire(name, a)),
    block_types: sortedEntries(block.blockTypes).map(([name, b]) => nestedBlockToWire(name, b)),
    description: block.description ?? '',
    description_kind: block.descriptionKind === 'markdown' ? 'MARKDOWN' : 'PLAIN',
    deprecated: block.deprecated ?? false,
  };
}

function nestedBlockToWire(name: string, nested: NestedBlock): wire.SchemaNestedBlock {
  return {
    type_name: name,
    block: blockToWire(nested.block),
    nesting: nested.nesting.toUpperCase() as wire.SchemaNestedBlock['nesting'],
    min_items: nested.minItems ?? 0,
    max_items: nested.maxItems ?? 0,
  };
}

function attributeToWire(name: string, a: Attribute): wire.SchemaAttribute {
  return {
    name,
    type: a.type ? Buffer.from(JSON.stringify(typeToJson(a.type))) : Buffer.alloc(0),
    nested_type: a.nestedType
      ? {
          attributes: sortedEntries(a.nestedType.attributes).map(([n, x]) => attributeToWire(n, x)),
          nesting: a.nestedType.nesting.toUpperCase() as wire.SchemaObject['nesting'],
        }
      : null,
    description: a.description ?? '',
    description_kind: a.descriptionKind === 'markdown' ? 'MARKDOWN' : 'PLAIN',
    required: a.required ?? false,
    optional: a.optional ?? false,
    computed: a.computed ?? false,
    sensitive: a.sensitive ?? false,
    deprecated: a.deprecated ?? false,
    write_only: a.writeOnly ?? false,
  };
}

/** The inverse of {@link schemaToWire}; the test harness uses it to decode values as Terraform does. */
export function schemaFromWire(schema: wire.Schema): Schema {
  return { version: schema.version, block: blockFromWire(schema.block) };
}

function blockFromWire(block: wire.SchemaBlock): Block {
  const attributes: Record<string, Attribute> = {};
  for (const a of block.attributes ?? []) attributes[a.name] = attributeFromWire(a);
  const blockTypes: Record<string, NestedBlock> = {};
  for (const b of block.block_types ?? []) {
    blockTypes[b.type_name] = {
      nesting: b.nesting.toLowerCase() as NestedBlock['nesting'],
      block: blockFromWire(b.block),
      ...(b.min_items ? { minItems: b.min_items } : {}),
      ...(b.max_items ? { maxItems: b.max_items } : {}),
    };
  }
  return {
    attributes,
    blockTypes,
    ...described(block),
  };
}

function attributeFromWire(a: wire.SchemaAttribute): Attribute {
  const nested = a.nested_type;
  const flags: Record<string, boolean> = {};
  for (const flag of ['required', 'optional', 'computed', 'sensitive'] as const)
    if (a[flag]) flags[flag] = true;
  if (a.write_only) flags.writeOnly = true;
  if (nested && nested.attributes.length) {
    const attributes: Record<string, Attribute> = {};
    for (const x of nested.attributes) attributes[x.name] = attributeFromWire(x);
    return {
      nestedType: { nesting: nested.nesting.toLowerCase() as 'single', attributes },
      ...flags,
      ...described(a),
    };
  }
  return {
    type: typeFromJson(JSON.parse((a.type ?? Buffer.alloc(0)).toString('utf8')), a.name),
    ...flags,
    ...described(a),
  };
}

function described(x: { description?: string; description_kind?: string; deprecated?: boolean }) {
  return {
    ...(x.description ? { description: x.description } : {}),
    ...(x.description_kind === 'MARKDOWN' ? { descriptionKind: 'markdown' as const } : {}),
    ...(x.deprecated ? { deprecated: true } : {}),
  };
}

function sortedEntries<V>(record: Readonly<Record<string, V>> | undefined): [string, V][] {
  return Object.entries(record ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
