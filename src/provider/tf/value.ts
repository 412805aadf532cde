/**
 * Framework-native values. A `TfValue` is plain data shaped by a `TfType`:
 * string → string; number → number (or a decimal string when a double cannot hold it exactly);
 * bool → boolean; list/set/tuple → array (set order is meaningless); map/object → plain object
 * (objects always carry every attribute, `null` when unset); anything may be `null` or `Unknown`.
 */
import type { TfType } from './types';

export type TfValue = null | string | number | boolean | Unknown | TfValue[] | { [key: string]: TfValue };

/** What Terraform already knows about an unknown value (cty "refinements"). */
export interface Refinements {
  /** `true`: the value will not be null once known. */
  readonly notNull?: boolean;
  readonly stringPrefix?: string;
  readonly numberLowerBound?: { readonly value: number | string; readonly inclusive: boolean };
  readonly numberUpperBound?: { readonly value: number | string; readonly inclusive: boolean };
  readonly lengthLowerBound?: number;
  readonly lengthUpperBound?: number;
}

/** A value known only after apply ("(known after apply)"). */
export class Unknown {
  constructor(readonly refinements: Refinements = {}) {
    Object.freeze(this);
  }
  get refined(): boolean {
    return Object.values(this.refinements).some((v) => v !== undefined);
  }
}

/** The plain, unrefined unknown. */
export const UNKNOWN = new Unknown();

export function isUnknown(value: TfValue | undefined): value is Unknown {
  return value instanceof Unknown;
}

export function isObjectValue(value: TfValue | undefined): value is { [key: string]: TfValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Unknown);
}

/** True when no unknown appears anywhere inside `value`. */
export function isWhollyKnown(value: TfValue): boolean {
  if (value instanceof Unknown) return false;
  if (Array.isArray(value)) return value.every(isWhollyKnown);
  if (isObjectValue(value)) return Object.values(value).every(isWhollyKnown);
  return true;
}

/**
 * Type-aware equality: sets compare without order, numbers compare numerically whatever their
 * form, and an unknown equals only another unknown (refinements are ignored).
 */
export function valuesEqual(type: TfType, a: TfValue, b: TfValue): boolean {
  if (a instanceof Unknown || b instanceof Unknown) return a instanceof Unknown && b instanceof Unknown;
  if (a === null || b === null) return a === b;
  switch (type.kind) {
    case 'number':
      return (typeof a === 'number' || typeof a === 'string') &&
        (typeof b === 'number' || typeof b === 'string')
        ? numbersEqual(a, b)
        : false;
    case 'string':
    case 'bool':
      return a === b;
    case 'dynamic':
      return JSON.stringify(a) === JSON.stringify(b);
    case 'list':
      return (
        Array.isArray(a) &&
        Array.isArray(b) &&
        a.length === b.length &&
        a.every((x, i) => valuesEqual(type.element, x, b[i]))
      );
    case 'tuple':
      return (
        Array.isArray(a) &&
        Array.isArray(b) &&
        a.length === b.length &&
        a.every((x, i) => valuesEqual(type.elements[i], x, b[i]))
      );
    case 'set': {
      if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
      const unmatched = [...b];
      return a.every((x) => {
        const i = unmatched.findIndex((y) => valuesEqual(type.element, x, y));
        if (i < 0) return false;
        unmatched.splice(i, 1);
        return true;
      });
    }
    case 'map':
    case 'object': {
      if (!isObjectValue(a) || !isObjectValue(b)) return false;
      const keys = Object.keys(a);
      if (keys.length !== Object.keys(b).length) return false;
      return keys.every(
        (k) =>
          k in b &&
          valuesEqual(
            type.kind === 'map' ? type.element : (type.attributes[k] ?? { kind: 'dynamic' }),
            a[k],
            b[k],
          ),
      );
    }
  }
}

function numbersEqual(a: number | string, b: number | string): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b;
  // A decimal string is the exact form; compare canonical decimal text when either side is one.
  return canonicalDecimal(String(a)) === canonicalDecimal(String(b));
}

function canonicalDecimal(text: string): string {
  const n = Number(text);
  if (Number.isSafeInteger(n)) return String(n);
  const m = /^(-?)0*(\d*?)(?:\.(\d*?)0*)?$/.exec(text.trim());
  return m ? `${m[1]}${m[2] || '0'}${m[3] ? `.${m[3]}` : ''}` : text;
}
