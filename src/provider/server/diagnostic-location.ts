/**
 * Terraform can only place an attribute diagnostic on an HCL line while the path walks through
 * nested *blocks* and ends at an attribute, optionally followed by one index into that
 * attribute's map or list (hashicorp/terraform internal/tfdiags/contextual.go). Deeper paths into
 * nested *attributes* (`entries["a"].value`) fall back to the resource header line. So we cut
 * such a path after its first index into an attribute (the map element's line, the closest spot
 * Terraform can show) and keep the full path in the detail text.
 */
import { AttributePath, Diagnostics, type PathStep } from '../tf/diagnostics';
import type { Block, NestedBlock } from '../tf/schema';

export function locateForTerraform(diags: Diagnostics, block: Block): Diagnostics {
  const out = new Diagnostics();
  for (const d of diags.items) {
    const located = d.path ? locatablePath(block, d.path) : undefined;
    if (!d.path || !located || located.steps.length === d.path.steps.length) {
      out.append([d]);
      continue;
    }
    const detail = `${d.detail ? `${d.detail}\n\n` : ''}Attribute: ${d.path.toString()}`;
    out.append([{ ...d, detail, path: located }]);
  }
  return out;
}

/** The longest prefix of `path` that Terraform resolves to a source range. */
export function locatablePath(block: Block, path: AttributePath): AttributePath {
  const steps = path.steps;
  const kept: PathStep[] = [];
  let current: Block | undefined = block;
  for (let i = 0; i < steps.length && current; i++) {
    const step = steps[i];
    if (!('attributeName' in step)) return new AttributePath(kept);
    const nested: NestedBlock | undefined = current.blockTypes?.[step.attributeName];
    kept.push(step);
    if (nested) {
      // A block: single/group step straight in; list/set/map blocks take one index step.
      if (nested.nesting !== 'single' && nested.nesting !== 'group') {
        const next = steps[i + 1];
        if (!next || 'attributeName' in next) return new AttributePath(kept);
        kept.push(next);
        i++;
      }
      current = nested.block;
      continue;
    }
    // An attribute: Terraform can still point at one element of its map or list value.
    const next = steps[i + 1];
    if (next && !('attributeName' in next)) kept.push(next);
    return new AttributePath(kept);
  }
  return new AttributePath(kept);
}
