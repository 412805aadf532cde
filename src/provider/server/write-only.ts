/**
 * Write-only attributes (Terraform ≥ 1.11) keep secrets out of plan and state. A client that does
 * not announce them would treat such an attribute as a plain one and store the secret in its state,
 * so a configuration that sets one is refused there, naming the version it needs.
 */
import type { Attribute, Block } from '../tf/schema';
import type { Diagnostics } from '../tf/diagnostics';
import { AttributePath } from '../tf/diagnostics';
import { Unknown, isObjectValue, type TfValue } from '../tf/value';
import type * as wire from '../wire/messages';

export const WRITE_ONLY_MINIMUM_TERRAFORM = '1.11.0';

/** Paths of the write-only attributes `value` sets (non-null, known or not). */
export function writeOnlyValuesSet(block: Block, value: TfValue): AttributePath[] {
  const out: AttributePath[] = [];
  walkAttributes(block.attributes ?? {}, value, new AttributePath(), out);
  return out;
}

function walkAttributes(
  attributes: Readonly<Record<string, Attribute>>,
  value: TfValue,
  path: AttributePath,
  out: AttributePath[],
): void {
  if (!isObjectValue(value)) return;
  for (const [name, attribute] of Object.entries(attributes)) {
    const v = value[name] ?? null;
    if (v === null) continue;
    const at = path.attribute(name);
    if (attribute.writeOnly) {
      out.push(at);
      continue;
    }
    const nested = attribute.nestedType;
    if (!nested || v instanceof Unknown) continue;
    if (nested.nesting === 'single') walkAttributes(nested.attributes, v, at, out);
    else if (nested.nesting === 'map' && isObjectValue(v))
      for (const [k, x] of Object.entries(v)) walkAttributes(nested.attributes, x, at.key(k), out);
    else if (Array.isArray(v)) v.forEach((x, i) => walkAttributes(nested.attributes, x, at.index(i), out));
  }
}

/** An error per write-only value set, when the client cannot keep it out of its state. */
export function refuseUnsupportedWriteOnly(
  block: Block,
  config: TfValue,
  capabilities: wire.ClientCapabilities | null | undefined,
  diags: Diagnostics,
): void {
  if (capabilities?.write_only_attributes_allowed) return;
  for (const path of writeOnlyValuesSet(block, config))
    diags.addError(
      `Terraform ${WRITE_ONLY_MINIMUM_TERRAFORM} or newer is needed`,
      `This attribute is write-only: its value is never stored in the plan or the state. This Terraform does not support write-only attributes and would store it in clear; use Terraform ≥ ${WRITE_ONLY_MINIMUM_TERRAFORM} (or OpenTofu ≥ 1.11).`,
      path,
    );
}

/** `1.10.5` < `1.11.0`; a version that does not parse is not judged (undefined). */
export function isOlderThan(version: string, minimum: string): boolean | undefined {
  const parse = (v: string) => /^v?(\d+)\.(\d+)\.(\d+)/.exec(v)?.slice(1).map(Number);
  const a = parse(version);
  const b = parse(minimum);
  if (!a || !b) return undefined;
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] < b[i];
  return false;
}
