/**
 * Terraform core's consistency rules for plans and apply results (after hashicorp/terraform
 * internal/plans/objchange: AssertPlanValid, AssertObjectCompatible), as pure functions over
 * framework values. The test harness runs them on every plan/apply; the server runs them too when
 * SPS_PROVIDER_DEBUG=1, so a violation shows up as a diagnostic naming the attribute instead of
 * Terraform's "Provider produced invalid plan". Messages never contain values (they may be secret).
 *
 * Known simplification: set elements are checked by count only, not matched one by one.
 */
import { AttributePath } from '../tf/diagnostics';
import { attributeType, blockType, type Attribute, type Block, type Schema } from '../tf/schema';
import type { TfType } from '../tf/types';
import { isObjectValue, isWhollyKnown, Unknown, valuesEqual, type TfValue } from '../tf/value';
import { writeOnlyValuesSet } from './write-only';

export interface InvariantViolation {
  readonly path: AttributePath;
  readonly message: string;
}

/** PlanResourceChange: the planned state against config and prior state. */
export function checkPlannedState(
  schema: Schema,
  values: { prior: TfValue; config: TfValue; planned: TfValue },
): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  const root = new AttributePath();
  if (values.config === null) {
    if (values.planned !== null) out.push({ path: root, message: 'destroy must plan a null state' });
    return out;
  }
  checkShape(blockType(schema.block), values.planned, root, out);
  if (out.length === 0)
    checkPlannedBlock(schema.block, values.prior, values.config, values.planned, root, out);
  return out;
}

/** ApplyResourceChange: the new state against the planned state. */
export function checkAppliedState(
  schema: Schema,
  values: { planned: TfValue; applied: TfValue },
): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  const root = new AttributePath();
  if (values.planned === null) {
    if (values.applied !== null) out.push({ path: root, message: 'destroy must return a null state' });
    return out;
  }
  const type = blockType(schema.block);
  checkShape(type, values.applied, root, out);
  if (out.length) return out;
  if (!isWhollyKnown(values.applied))
    out.push({ path: root, message: 'new state after apply contains unknown values' });
  for (const at of writeOnlyValuesSet(schema.block, values.applied))
    out.push({ path: at, message: 'a write-only attribute holds a value after apply (it must be null)' });
  checkCompatible(type, values.planned, values.applied, root, out);
  return out;
}

/** Every object carries exactly its schema's attributes (all keys present, none extra). */
export function checkShape(
  type: TfType,
  value: TfValue,
  path: AttributePath,
  out: InvariantViolation[],
): void {
  if (value === null || value instanceof Unknown) return;
  switch (type.kind) {
    case 'object':
      if (!isObjectValue(value)) return void out.push({ path, message: 'expected an object' });
      for (const k of Object.keys(value))
        if (!(k in type.attributes)) out.push({ path: path.attribute(k), message: 'unexpected attribute' });
      for (const [k, t] of Object.entries(type.attributes)) {
        if (!(k in value))
          out.push({
            path: path.attribute(k),
            message: 'attribute missing (all attributes must be present, null when unset)',
          });
        else checkShape(t, value[k], path.attribute(k), out);
      }
      return;
    case 'map':
      if (isObjectValue(value))
        for (const [k, v] of Object.entries(value)) checkShape(type.element, v, path.key(k), out);
      return;
    case 'list':
    case 'set':
      if (Array.isArray(value)) value.forEach((v, i) => checkShape(type.element, v, path.index(i), out));
      return;
    default:
      return;
  }
}

function checkPlannedBlock(
  block: Block,
  prior: TfValue,
  config: TfValue,
  planned: TfValue,
  path: AttributePath,
  out: InvariantViolation[],
): void {
  if (!isObjectValue(config)) return;
  if (!isObjectValue(planned))
    return void out.push({ path, message: 'planned value for a configured object must be a known object' });
  const priorObj = isObjectValue(prior) ? prior : {};
  for (const [name, attribute] of Object.entries(block.attributes ?? {})) {
    checkPlannedAttribute(
      attribute,
      priorObj[name] ?? null,
      config[name] ?? null,
      planned[name] ?? null,
      path.attribute(name),
      out,
    );
  }
  for (const [name, nested] of Object.entries(block.blockTypes ?? {})) {
    const p = path.attribute(name);
    const c = config[name] ?? null;
    const pl = planned[name] ?? null;
    const pr = priorObj[name] ?? null;
    if (pl instanceof Unknown && !(c instanceof Unknown)) {
      out.push({
        path: p,
        message:
          'a nested block must not be planned as unknown itself; plan its attributes as unknown instead',
      });
      continue;
    }
    checkNestedCollection(
      nested.nesting,
      (pv, cv, plv, ep) => checkPlannedBlock(nested.block, pv, cv, plv, ep, out),
      pr,
      c,
      pl,
      p,
      out,
    );
  }
}

function checkPlannedAttribute(
  a: Attribute,
  prior: TfValue,
  config: TfValue,
  planned: TfValue,
  path: AttributePath,
  out: InvariantViolation[],
): void {
  const type = attributeType(a);
  if (a.writeOnly) {
    if (planned !== null)
      out.push({ path, message: 'planned a value for a write-only attribute (it must be null)' });
    return;
  }
  if (valuesEqual(type, planned, config)) return;
  // The provider may keep the prior value when it is functionally equal to the config.
  if (prior !== null && config !== null && valuesEqual(type, planned, prior)) return;
  if (a.computed && !a.optional) return;
  if (config === null && a.computed) return;
  if (config === null && planned !== null)
    return void out.push({
      path,
      message: 'planned a value for a non-computed attribute that is not configured',
    });
  if (a.nestedType && !(config instanceof Unknown)) {
    if (planned instanceof Unknown || planned === null)
      return void out.push({ path, message: 'planned value does not match config value' });
    const nestedBlock: Block = { attributes: a.nestedType.attributes };
    checkNestedCollection(
      a.nestedType.nesting,
      (pv, cv, plv, ep) => checkPlannedBlock(nestedBlock, pv, cv, plv, ep, out),
      prior,
      config,
      planned,
      path,
      out,
    );
    return;
  }
  out.push({
    path,
    message:
      prior === null
        ? 'planned value does not match config value'
        : 'planned value does not match config value nor prior value',
  });
}

type ElementCheck = (prior: TfValue, config: TfValue, planned: TfValue, path: AttributePath) => void;

function checkNestedCollection(
  nesting: string,
  check: ElementCheck,
  prior: TfValue,
  config: TfValue,
  planned: TfValue,
  path: AttributePath,
  out: InvariantViolation[],
): void {
  if (config instanceof Unknown || config === null) return;
  switch (nesting) {
    case 'single':
    case 'group':
      return check(prior, config, planned, path);
    case 'list':
    case 'set': {
      if (!Array.isArray(config) || !Array.isArray(planned)) return;
      if (config.length !== planned.length)
        return void out.push({
          path,
          message: `count in plan (${planned.length}) disagrees with count in config (${config.length})`,
        });
      if (nesting === 'set') return;
      const priorList = Array.isArray(prior) ? prior : [];
      config.forEach((c, i) => check(priorList[i] ?? null, c, planned[i], path.index(i)));
      return;
    }
    case 'map': {
      if (!isObjectValue(config) || !isObjectValue(planned)) return;
      const priorMap = isObjectValue(prior) ? prior : {};
      for (const k of Object.keys(planned))
        if (!(k in config))
          out.push({ path: path.key(k), message: 'planned an element that is not in the config' });
      for (const [k, c] of Object.entries(config)) {
        if (!(k in planned))
          out.push({ path: path.key(k), message: 'configured element missing from the plan' });
        else check(priorMap[k] ?? null, c, planned[k], path.key(k));
      }
      return;
    }
  }
}

/** Every known planned value survives apply unchanged; unknowns may become anything. */
function checkCompatible(
  type: TfType,
  planned: TfValue,
  actual: TfValue,
  path: AttributePath,
  out: InvariantViolation[],
): void {
  if (planned instanceof Unknown) return;
  if (planned === null || actual === null || actual instanceof Unknown) {
    if (planned !== actual)
      out.push({ path, message: 'was planned one way, but is now another after apply' });
    return;
  }
  switch (type.kind) {
    case 'object':
      if (isObjectValue(planned) && isObjectValue(actual)) {
        for (const [k, t] of Object.entries(type.attributes))
          checkCompatible(t, planned[k] ?? null, actual[k] ?? null, path.attribute(k), out);
      }
      return;
    case 'map':
      if (!isObjectValue(planned) || !isObjectValue(actual)) return;
      if (Object.keys(planned).sort().join('\0') !== Object.keys(actual).sort().join('\0')) {
        return void out.push({ path, message: 'map keys changed after apply' });
      }
      for (const k of Object.keys(planned))
        checkCompatible(type.element, planned[k], actual[k], path.key(k), out);
      return;
    case 'list':
      if (!Array.isArray(planned) || !Array.isArray(actual)) return;
      if (planned.length !== actual.length)
        return void out.push({ path, message: 'list length changed after apply' });
      planned.forEach((p, i) => checkCompatible(type.element, p, actual[i], path.index(i), out));
      return;
    case 'set':
      if (!Array.isArray(planned) || !Array.isArray(actual)) return;
      // Unknown elements may coalesce once known, so only a fully known set has a fixed size.
      if (isWhollyKnown(planned) ? !valuesEqual(type, planned, actual) : actual.length > planned.length) {
        out.push({ path, message: 'set changed after apply' });
      }
      return;
    default:
      if (!valuesEqual(type, planned, actual))
        out.push({ path, message: 'was planned one way, but is now another after apply' });
  }
}
