/**
 * The schemas whose validators are compiled at build time (src/model/precompiled.ts): every kind's
 * body schema in both modes, the desired document, and each managed kind's desired-object schema
 * (what the constructs check). Pass-through kinds, registered at run time, compile at run time.
 */
import { KINDS, MANAGED_KINDS } from './index';
import { desiredDocumentSchema, desiredObjectSchema } from './desired-schema';
import type { ValidatorMode } from './precompiled';
import type { JsonSchema } from './types';

export function schemasToPrecompile(): Record<ValidatorMode, JsonSchema[]> {
  const bodies = KINDS.map((k) => k.schema);
  return {
    checks: [...bodies, desiredDocumentSchema(), ...MANAGED_KINDS.map((k) => desiredObjectSchema(k))],
    defaults: bodies,
  };
}
