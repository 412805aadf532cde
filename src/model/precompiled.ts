/**
 * Validators compiled at build time (`npm run validators:generate`, ajv's standalone code in
 * ./precompiled), so a process that validates does not spend ≈0.5 s compiling the model's schemas:
 * Terraform starts the provider three times per plan, and most of them validate. A validator is
 * found by the fingerprint of the schema it was compiled from, so one that no longer matches the
 * model is never used: that schema is compiled at run time instead (slower, never wrong), and a
 * test says the files need generating again.
 */
import { createHash } from 'node:crypto';
import type { ValidateFunction } from 'ajv';
import type { JsonSchema } from './types';

/** `checks`: every problem, verbose (validateBody, compileValidator); `defaults`: fills defaults. */
export type ValidatorMode = 'checks' | 'defaults';

type Table = Readonly<Record<string, ValidateFunction | undefined>>;
const tables: Partial<Record<ValidatorMode, Table>> = {};

/** The export name of a schema's validator: a digest of the schema, as JSON. */
export function validatorName(schema: JsonSchema): string {
  return `v_${createHash('sha256').update(JSON.stringify(schema)).digest('hex').slice(0, 32)}`;
}

export function precompiledValidator(mode: ValidatorMode, schema: JsonSchema): ValidateFunction | undefined {
  return table(mode)[validatorName(schema)];
}

/** Loaded on first use: a process that never validates (the provider's schema call) never parses them. */
function table(mode: ValidatorMode): Table {
  /* eslint-disable @typescript-eslint/no-require-imports -- lazy on purpose (see above); the files are generated JavaScript */
  return (tables[mode] ??=
    mode === 'checks'
      ? (require('./precompiled/checks.js') as Table)
      : (require('./precompiled/defaults.js') as Table));
  /* eslint-enable @typescript-eslint/no-require-imports */
}
