/**
 * Validators compiled at build time (`npm run validators:generate`, ajv's standalone code in
 * ./precompiled), so a process that validates does not spend ≈0.5 s compiling the model's schemas:
 * Terraform starts the provider three times per plan, and most of them validate. A validator is
 * found by the fingerprint of the schema it was compiled from, so one that no longer matches the
 * model is never used: that schema is compiled at run time instead (slower, never wrong), and a
 * test says the files need generating again.
 */
import { createHash } from 'node:crypto';
import type { Options, ValidateFunction } from 'ajv';
import type { JsonSchema } from './types';

/** `checks`: every problem, verbose (validateBody, compileValidator); `defaults`: fills defaults. */
export type ValidatorMode = 'checks' | 'defaults';

/**
 * How each mode's ajv is set up (src/model/validate.ts makeAjv). Part of every fingerprint, so a
 * validator generated under other options is never taken for a current one.
 */
export const AJV_SETUP = {
  checks: { allErrors: true, verbose: true, useDefaults: false, strict: false },
  defaults: { allErrors: false, verbose: true, useDefaults: true, strict: false },
} as const satisfies Record<ValidatorMode, Options>;

/** Annotation keywords of the model (no validation of their own); `null`: any value. */
export const MODEL_KEYWORDS = {
  'x-message': 'string',
  'x-firmware': 'string',
  'x-firmware-instead': 'string',
  'x-firmware-create': null,
} as const;

type Table = Readonly<Record<string, ValidateFunction | undefined>>;
const tables: Partial<Record<ValidatorMode, Table>> = {};

/** The export name of a schema's validator: a digest of the mode's set-up and the schema, as JSON. */
export function validatorName(mode: ValidatorMode, schema: JsonSchema): string {
  const setup = JSON.stringify({ options: AJV_SETUP[mode], keywords: MODEL_KEYWORDS });
  return `v_${createHash('sha256').update(setup).update(JSON.stringify(schema)).digest('hex').slice(0, 32)}`;
}

export function precompiledValidator(mode: ValidatorMode, schema: JsonSchema): ValidateFunction | undefined {
  return table(mode)[validatorName(mode, schema)];
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
