/**
 * Schemas for the provider configuration, resources and data sources, in framework terms.
 * Names are the keys of `attributes` / `blockTypes`; the implied value type of a block is an
 * object with one attribute per attribute and per nested block (all always present).
 */
import { TfSchemaError } from './errors';
import type { TfType } from './types';

export type DescriptionKind = 'plain' | 'markdown';

export interface Described {
  readonly description?: string;
  /** @default 'plain' */
  readonly descriptionKind?: DescriptionKind;
  readonly deprecated?: boolean;
}

export interface Attribute extends Described {
  /** Exactly one of `type` and `nestedType`. */
  readonly type?: TfType;
  readonly nestedType?: NestedAttributes;
  readonly required?: boolean;
  readonly optional?: boolean;
  /** Set by the provider (alone: read-only; with `optional`: defaulted by the provider). */
  readonly computed?: boolean;
  /** Redacted by Terraform in plans and output. */
  readonly sensitive?: boolean;
  /**
   * Given in the configuration only: always null in plan and state (Terraform ≥ 1.11). Never
   * computed; change detection is the provider's (a fingerprint in private state).
   */
  readonly writeOnly?: boolean;
}

/** Attributes whose value is an object, or a list/set/map of objects (protocol 6 nested attributes). */
export interface NestedAttributes {
  readonly nesting: 'single' | 'list' | 'set' | 'map';
  readonly attributes: Readonly<Record<string, Attribute>>;
}

export interface Block extends Described {
  readonly attributes?: Readonly<Record<string, Attribute>>;
  readonly blockTypes?: Readonly<Record<string, NestedBlock>>;
}

export interface NestedBlock {
  readonly nesting: 'single' | 'list' | 'set' | 'map' | 'group';
  readonly block: Block;
  readonly minItems?: number;
  readonly maxItems?: number;
}

export interface Schema {
  /** Bump with every state-shape change, and teach `upgrade()` the previous shape.  @default 0 */
  readonly version?: number;
  readonly block: Block;
}

export function blockType(block: Block): TfType {
  const attributes: Record<string, TfType> = {};
  for (const [name, attribute] of Object.entries(block.attributes ?? {}))
    attributes[name] = attributeType(attribute, name);
  for (const [name, nested] of Object.entries(block.blockTypes ?? {}))
    attributes[name] = nestedBlockType(nested);
  return { kind: 'object', attributes };
}

export function attributeType(attribute: Attribute, name = 'attribute'): TfType {
  if (attribute.type && attribute.nestedType)
    throw new TfSchemaError(`${name}: has both type and nestedType`);
  if (attribute.type) return attribute.type;
  if (!attribute.nestedType) throw new TfSchemaError(`${name}: has neither type nor nestedType`);
  const objectType = nestedObjectType(attribute.nestedType.attributes);
  return collectionOf(attribute.nestedType.nesting, objectType);
}

export function nestedObjectType(attributes: Readonly<Record<string, Attribute>>): TfType {
  const types: Record<string, TfType> = {};
  for (const [name, attribute] of Object.entries(attributes)) types[name] = attributeType(attribute, name);
  return { kind: 'object', attributes: types };
}

function nestedBlockType(nested: NestedBlock): TfType {
  return collectionOf(nested.nesting, blockType(nested.block));
}

function collectionOf(nesting: NestedBlock['nesting'], objectType: TfType): TfType {
  switch (nesting) {
    case 'single':
    case 'group':
      return objectType;
    case 'list':
    case 'set':
    case 'map':
      return { kind: nesting, element: objectType };
  }
}

/** The implied value type of a whole schema (what every DynamicValue of it decodes to). */
export function schemaType(schema: Schema): TfType {
  return blockType(schema.block);
}
