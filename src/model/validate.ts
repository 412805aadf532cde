/**
 * Body validation with ajv (JSON Schema draft-07), translated into one message per problem that
 * names the field by JSON pointer. Also fills schema defaults the way the appliance does, which is
 * what keeps the plan after an apply empty.
 */
import Ajv, { type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import { AJV_SETUP, MODEL_KEYWORDS, precompiledValidator, type ValidatorMode } from './precompiled';
import type { JsonObject, JsonSchema, KindDef } from './types';

export interface ValidationIssue {
  /** JSON pointer inside the body, e.g. `/target/server/value`; `''` for the body itself. */
  readonly path: string;
  readonly message: string;
}

/** The one ajv set-up of each mode (AJV_SETUP); the build-time compiler (scripts/generate-validators.ts) adds `code`. */
export function makeAjv(mode: ValidatorMode, extra: Options = {}): Ajv {
  const ajv = new Ajv({ ...AJV_SETUP[mode], ...extra });
  for (const [keyword, schemaType] of Object.entries(MODEL_KEYWORDS))
    ajv.addKeyword(schemaType ? { keyword, schemaType } : { keyword });
  return ajv;
}

const ajvs: Partial<Record<ValidatorMode, Ajv>> = {};
const compiledChecks = new WeakMap<KindDef, ValidateFunction>();
const compiledDefaults = new WeakMap<KindDef, ValidateFunction>();

/** The build-time validator of `schema` when it is current, else one compiled now. */
function validatorOf(mode: ValidatorMode, schema: JsonSchema): ValidateFunction {
  return precompiledValidator(mode, schema) ?? (ajvs[mode] ??= makeAjv(mode)).compile(schema);
}

function compiled(
  cache: WeakMap<KindDef, ValidateFunction>,
  mode: ValidatorMode,
  kind: KindDef,
): ValidateFunction {
  let fn = cache.get(kind);
  if (!fn) {
    fn = validatorOf(mode, kind.schema);
    cache.set(kind, fn);
  }
  return fn;
}

export function validateBody(kind: KindDef, body: unknown): ValidationIssue[] {
  return issuesOf(compiled(compiledChecks, 'checks', kind), kind.schema, body);
}

/** A reusable validator for any schema built from the model (e.g. the desired-state document). */
export function compileValidator(schema: JsonSchema): (value: unknown) => ValidationIssue[] {
  const fn = validatorOf('checks', schema);
  return (value) => issuesOf(fn, schema, value);
}

function issuesOf(fn: ValidateFunction, schema: JsonSchema, value: unknown): ValidationIssue[] {
  if (fn(value)) return [];
  const seen = new Set<string>();
  const issues: ValidationIssue[] = [];
  // a union that says in one message what it accepts speaks for its branches at the same place
  const unions = new Set(
    (fn.errors ?? [])
      .filter(
        (e) =>
          e.keyword === 'oneOf' &&
          typeof (e.parentSchema as JsonSchema | undefined)?.['x-message'] === 'string',
      )
      .map((e) => e.instancePath),
  );
  for (const err of fn.errors ?? []) {
    if (err.keyword !== 'oneOf' && unions.has(err.instancePath)) continue;
    const issue = translate(schema, err);
    if (!issue) continue;
    const id = `${issue.path}\u0000${issue.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    issues.push(issue);
  }
  return issues;
}

/** Fills schema defaults into `body` itself (the caller owns it) and returns it. */
export function fillDefaultsInPlace(kind: KindDef, body: JsonObject): JsonObject {
  compiled(compiledDefaults, 'defaults', kind)(body);
  return body;
}

function translate(root: JsonSchema, err: ErrorObject): ValidationIssue | undefined {
  // errors raised by `propertyNames` concern a map key: point at the key itself
  const at = err.propertyName !== undefined ? `${err.instancePath}/${err.propertyName}` : err.instancePath;
  const custom = (err.parentSchema as JsonSchema | undefined)?.['x-message'];
  switch (err.keyword) {
    case 'if':
    case 'allOf':
    case 'anyOf':
      return undefined; // the failing branch reports the real problem
    case 'required': {
      const field = (err.params as { missingProperty: string }).missingProperty;
      const condition = conditionOf(root, err.schemaPath);
      return { path: `${at}/${field}`, message: `is required${condition ? ` when ${condition}` : ''}` };
    }
    case 'additionalProperties': {
      const field = (err.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(((err.parentSchema as JsonSchema)?.properties as object) ?? {});
      const near = nearest(field, allowed);
      return {
        path: `${at}/${field}`,
        message: `unknown field${near ? ` (did you mean "${near}"?)` : ''} (allowed: ${allowed.join(', ')})`,
      };
    }
    case 'enum': {
      const allowed = (err.params as { allowedValues: unknown[] }).allowedValues;
      return { path: at, message: `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}` };
    }
    case 'propertyNames':
      return undefined; // reported by the name rule itself, at the same path
    case 'oneOf':
      return { path: at, message: typeof custom === 'string' ? custom : 'does not match any accepted form' };
    case 'type':
      return { path: at, message: `must be ${(err.params as { type: string }).type}` };
    case 'minimum':
    case 'maximum':
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength': {
      if (typeof custom === 'string') return { path: at, message: custom };
      const limit = (err.params as { limit: number }).limit;
      const words: Record<string, string> = {
        minimum: `must be at least ${limit}`,
        maximum: `must be at most ${limit}`,
        minItems: limit === 1 ? 'must list at least one item' : `must list at least ${limit} items`,
        maxItems: `must list at most ${limit} items`,
        minLength: limit === 1 ? 'must not be empty' : `must be at least ${limit} characters long`,
        maxLength: `must be at most ${limit} characters long`,
      };
      return { path: at, message: words[err.keyword] };
    }
    default:
      return { path: at, message: typeof custom === 'string' ? custom : (err.message ?? 'is invalid') };
  }
}

/** For a `required` error raised inside `then`, describe the `if` that triggered it. */
function conditionOf(root: JsonSchema, schemaPath: string): string | undefined {
  const segments = schemaPath.replace(/^#\//, '').split('/');
  const thenAt = segments.lastIndexOf('then');
  if (thenAt < 0) return undefined;
  let node: unknown = root;
  for (const seg of segments.slice(0, thenAt))
    node = (node as Record<string, unknown>)?.[decodeURIComponent(seg)];
  const cond = (node as { if?: { properties?: Record<string, { const?: unknown }> } })?.if?.properties;
  if (!cond) return undefined;
  return Object.entries(cond)
    .map(([f, s]) => `${f} is ${JSON.stringify(s.const)}`)
    .join(' and ');
}

/** The allowed name closest to a misspelt one, when it is close enough to be a typo. */
function nearest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(best.length / 3)) ? best : undefined;
}

/** Levenshtein distance (two rows; field names are short). */
function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
