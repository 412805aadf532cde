/**
 * Fields an object carries that the model does not know, and what a write does to them. Two
 * sources: the emulator's own invented table (appliance-fields.ts), and — for a twin — whatever the
 * captured appliance had (any field outside the model's schema). Either way a write is a full
 * replacement: the fields it sends are kept (shape-checked where the table knows the shape), a field
 * it leaves out is reset (to the table's default, or — nobody knows a captured field's default —
 * dropped).
 */
import { isJsonObject, itemSchema, knownView, propertySchema } from '../model';
import type { JsonObject, JsonSchema, JsonValue, KindDef } from '../model';
import { hideApplianceFields, withApplianceFields, withoutApplianceFields } from './appliance-fields';

export interface ExtraFields {
  /** A written body without the extra fields (what the model validates), and problems with them. */
  split(kind: KindDef, body: JsonObject): { body: JsonObject; issues: { path: string; message: string }[] };
  /** The body to store: the canonical modelled body with the extra fields `written` had. */
  merge(kind: KindDef, canonical: JsonObject, written: JsonObject): JsonObject;
  /** A stored body as served with the `unmodelledFields` switch off. */
  hide(kind: KindDef, body: JsonObject): JsonObject;
}

/** The emulator's invented fields (appliance-fields.ts), by kind. */
export const INVENTED_FIELDS: ExtraFields = {
  split: (kind, body) => withoutApplianceFields(kind.name, body),
  merge: (kind, canonical, written) => withApplianceFields(kind.name, canonical, written),
  hide: (kind, body) => hideApplianceFields(kind.name, body),
};

/** A twin's: every field outside the kind's schema is the captured appliance's own. */
export const CAPTURED_FIELDS: ExtraFields = {
  split: (kind, body) => ({ body: knownView(kind.schema, body) as JsonObject, issues: [] }),
  merge: (kind, canonical, written) => withUnknownFields(kind.schema, canonical, written) as JsonObject,
  hide: (kind, body) => knownView(kind.schema, body) as JsonObject,
};

/** `canonical` with every field of `written` the schema does not know, at any depth (list items by position). */
function withUnknownFields(
  schema: JsonSchema | undefined,
  canonical: JsonValue,
  written: JsonValue,
): JsonValue {
  if (Array.isArray(canonical) && Array.isArray(written)) {
    const items = itemSchema(schema);
    return canonical.map((c, i) => (i < written.length ? withUnknownFields(items, c, written[i]) : c));
  }
  if (!isJsonObject(canonical) || !isJsonObject(written)) return canonical;
  const out: JsonObject = { ...canonical };
  for (const [key, value] of Object.entries(written)) {
    const sub = propertySchema(schema, key);
    if (sub === undefined) out[key] = structuredClone(value);
    else if (Object.prototype.hasOwnProperty.call(out, key))
      out[key] = withUnknownFields(sub, out[key], value);
  }
  return out;
}
