/**
 * Terraform core's ProposedNew (internal/plans/objchange): the config with every computed
 * attribute the user left null taken from the prior state. The fake core sends this as
 * `proposed_new_state`, as Terraform does. Set elements are proposed without prior matching.
 */
import {
  isObjectValue,
  Unknown,
  type Attribute,
  type Block,
  type Schema,
  type TfValue,
} from '../../src/provider/tf';

export function proposedNewState(schema: Schema, prior: TfValue, config: TfValue): TfValue {
  return proposedBlock(schema.block, prior, config);
}

function proposedBlock(block: Block, prior: TfValue, config: TfValue): TfValue {
  if (config === null || config instanceof Unknown || !isObjectValue(config)) return config;
  const before = isObjectValue(prior) ? prior : {};
  const out: { [k: string]: TfValue } = {};
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    out[name] = proposedAttribute(attribute, before[name] ?? null, config[name] ?? null);
  }
  for (const [name, nested] of Object.entries(block.blockTypes ?? {})) {
    out[name] = proposedCollection(
      nested.nesting,
      (p, c) => proposedBlock(nested.block, p, c),
      before[name] ?? null,
      config[name] ?? null,
    );
  }
  return out;
}

function proposedAttribute(attribute: Attribute, prior: TfValue, config: TfValue): TfValue {
  if (attribute.writeOnly) return null; // never proposed: only the configuration holds it
  if (attribute.computed && config === null) return prior;
  if (!attribute.nestedType) return config;
  const inner: Block = { attributes: attribute.nestedType.attributes };
  return proposedCollection(
    attribute.nestedType.nesting,
    (p, c) => proposedBlock(inner, p, c),
    prior,
    config,
  );
}

function proposedCollection(
  nesting: string,
  each: (prior: TfValue, config: TfValue) => TfValue,
  prior: TfValue,
  config: TfValue,
): TfValue {
  if (config === null || config instanceof Unknown) return config;
  switch (nesting) {
    case 'list':
      return Array.isArray(config)
        ? config.map((c, i) => each(Array.isArray(prior) ? (prior[i] ?? null) : null, c))
        : config;
    case 'set':
      return Array.isArray(config) ? config.map((c) => each(null, c)) : config;
    case 'map': {
      if (!isObjectValue(config)) return config;
      const out: { [k: string]: TfValue } = {};
      for (const [k, c] of Object.entries(config))
        out[k] = each(isObjectValue(prior) ? (prior[k] ?? null) : null, c);
      return out;
    }
    default:
      return each(prior, config);
  }
}
