/**
 * The schemas whose validators are compiled at build time (src/model/precompiled.ts): every kind's
 * body schema in both modes and the desired document. Pass-through kinds, registered at run time,
 * compile at run time, and so do the desired-object schemas the constructs check (their bundle,
 * constructs/gen/model.js, leaves the build-time validators out to stay small).
 */
import { KINDS } from './index';
import { desiredDocumentSchema } from './desired-schema';
import type { ValidatorMode } from './precompiled';
import type { JsonSchema } from './types';

export function schemasToPrecompile(): Record<ValidatorMode, JsonSchema[]> {
  const bodies = KINDS.map((k) => k.schema);
  return {
    checks: [...bodies, desiredDocumentSchema()],
    defaults: bodies,
  };
}
