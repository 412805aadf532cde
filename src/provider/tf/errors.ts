/**
 * Errors of the framework-native layer. Each has a stable `code`; messages name the path that
 * failed and never include values (a value may be a secret).
 */
const BRAND = Symbol.for('sps-iac.provider-error');

export abstract class TfProviderError extends Error {
  abstract readonly code: 'TF_TYPE' | 'TF_VALUE' | 'TF_SCHEMA';
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    Object.defineProperty(this, BRAND, { value: true });
  }
  static is(x: unknown): x is TfProviderError {
    return typeof x === 'object' && x !== null && BRAND in x;
  }
}

/** A JSON type expression could not be parsed. */
export class TfTypeError extends TfProviderError {
  readonly code = 'TF_TYPE';
}

/** A value does not conform to its type (wrong kind, missing or extra object attribute…). */
export class TfValueError extends TfProviderError {
  readonly code = 'TF_VALUE';
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path || '(root)'}: ${problem}`);
  }
}

/** A schema is malformed (e.g. an attribute with neither `type` nor `nestedType`). */
export class TfSchemaError extends TfProviderError {
  readonly code = 'TF_SCHEMA';
}
