/**
 * Where a configuration schema may have broken user code, attribute by attribute: a removed
 * attribute (or one that became computed-only), a changed type or nesting, a new required
 * attribute (or an optional one made required). These name the places to record; json-schema-diff
 * decides whether each really rejects a configuration that was valid before (gate.ts).
 */
import {
  attributeShape,
  isConfigurable,
  typeName,
  type TfAttributeJson,
  type TfBlockJson,
} from './terraform-schema';

export type BreakingKind = 'removed' | 'type-changed' | 'now-required' | 'enum-narrowed' | 'rejected';

export interface Finding {
  /** The attribute's address, as CHANGELOG.md records it. */
  readonly address: string;
  readonly kind: BreakingKind;
  readonly detail: string;
}

const elements = (mode: string) => (mode === 'single' || mode === 'group' ? '' : '.*');

/** Attribute-level differences between two configuration blocks (computed-only attributes ignored). */
export function configurationFindings(
  released: TfBlockJson,
  current: TfBlockJson,
  address: string,
): Finding[] {
  const out: Finding[] = [];
  const configurable = (b: TfBlockJson) =>
    Object.fromEntries(Object.entries(b.attributes ?? {}).filter(([, a]) => isConfigurable(a)));
  const before = configurable(released);
  const after = configurable(current);
  for (const [name, r] of Object.entries(before)) {
    const at = `${address}.${name}`;
    const c = after[name];
    if (!c) {
      const computed = current.attributes?.[name]?.computed;
      out.push({ address: at, kind: 'removed', detail: computed ? 'is computed-only now' : 'was removed' });
      continue;
    }
    out.push(...attributeFindings(r, c, at));
  }
  for (const [name, c] of Object.entries(after)) {
    if (!c.required) continue;
    const r = before[name];
    if (!r)
      out.push({
        address: `${address}.${name}`,
        kind: 'now-required',
        detail: 'is a new required attribute',
      });
    else if (!r.required)
      out.push({
        address: `${address}.${name}`,
        kind: 'now-required',
        detail: 'was optional, is required now',
      });
  }
  for (const [name, r] of Object.entries(released.block_types ?? {})) {
    const at = `${address}.${name}`;
    const c = current.block_types?.[name];
    if (!c) {
      out.push({ address: at, kind: 'removed', detail: 'block was removed' });
      continue;
    }
    if (c.nesting_mode !== r.nesting_mode)
      out.push({
        address: at,
        kind: 'type-changed',
        detail: `block nesting ${r.nesting_mode} → ${c.nesting_mode}`,
      });
    else {
      if ((c.min_items ?? 0) > (r.min_items ?? 0))
        out.push({ address: at, kind: 'now-required', detail: `needs at least ${c.min_items} now` });
      if (c.max_items && (!r.max_items || c.max_items < r.max_items))
        out.push({ address: at, kind: 'type-changed', detail: `allows at most ${c.max_items} now` });
      out.push(...configurationFindings(r.block, c.block, `${at}${elements(r.nesting_mode)}`));
    }
  }
  for (const [name, c] of Object.entries(current.block_types ?? {}))
    if (!released.block_types?.[name] && (c.min_items ?? 0) > 0)
      out.push({ address: `${address}.${name}`, kind: 'now-required', detail: 'is a new required block' });
  return out;
}

function attributeFindings(r: TfAttributeJson, c: TfAttributeJson, at: string): Finding[] {
  const changed = (): Finding => ({
    address: at,
    kind: 'type-changed',
    detail: `${attributeShape(r)} → ${attributeShape(c)}`,
  });
  if (r.nested_type && c.nested_type) {
    if (r.nested_type.nesting_mode !== c.nested_type.nesting_mode) return [changed()];
    return configurationFindings(
      { attributes: r.nested_type.attributes },
      { attributes: c.nested_type.attributes },
      `${at}${elements(r.nested_type.nesting_mode)}`,
    );
  }
  if (r.nested_type || c.nested_type) return [changed()];
  return typeName(r.type) === typeName(c.type) && JSON.stringify(r.type) === JSON.stringify(c.type)
    ? []
    : [changed()];
}
