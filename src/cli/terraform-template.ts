/**
 * The one part of Terraform's expression language the CLI evaluates in cdktf synth output: string
 * templates whose interpolations are input variables, `${var.NAME}`, or their JSON,
 * `${jsonencode(var.NAME)}` (what the constructs write for a token in JSON text), read where
 * Terraform reads them (`TF_VAR_NAME`, else the variable's default). A template is evaluated as
 * Terraform does, anywhere in a string: `"10.1.${var.net}.0/24"`, a pass-through body's JSON string
 * `"{\"ports\":[${jsonencode(var.port)}]}"` or sps_document's document, which are decoded afterwards,
 * as the provider decodes what Terraform gives it. `$${` and `%%{` are Terraform's escapes for a
 * literal `${` and `%{`.
 */
import { jsonEncode, toPointer, type JsonObject, type JsonValue } from '../model';

/** A `variable` block of the synth output (what the CLI reads of it). */
interface VariableBlock {
  readonly type?: unknown;
  readonly default?: unknown;
  readonly sensitive?: unknown;
  readonly ephemeral?: unknown;
}

export interface TemplateContext {
  /** The synth output's `variable` blocks, by name. */
  readonly variables: Readonly<Record<string, VariableBlock>>;
  readonly env: NodeJS.ProcessEnv;
  /** Called with every value a sensitive or ephemeral variable (or an undeclared one) gave. */
  readonly onSecret: (value: string) => void;
}

export type Evaluated = { readonly value: JsonValue } | { readonly problem: string };

/**
 * An evaluated template and where each character of its value came from in the template (for
 * positions in the file): a character an interpolation gave maps to its `${`. A problem names the
 * offset of the interpolation it is about.
 */
export type MappedEvaluation =
  | { readonly value: JsonValue; readonly templateOffset: (offset: number) => number }
  | { readonly problem: string; readonly at: number };

const VARIABLE = /^\$\{\s*var\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}$/;
const JSON_OF_VARIABLE = /^\$\{\s*jsonencode\(\s*var\.([A-Za-z_][A-Za-z0-9_-]*)\s*\)\s*\}$/;
/**
 * Accepted as written, as the CLI always has: an `${env:NAME}` placeholder written unescaped (not a
 * Terraform expression; `$${env:NAME}` is its Terraform form).
 */
const ENV_PLACEHOLDER = /^\$\{env:[A-Za-z_][A-Za-z0-9_]*\}$/;

/** A string of the synth output as Terraform evaluates it: its template parts, its variables. */
export function evaluateString(text: string, ctx: TemplateContext): Evaluated {
  const evaluated = evaluateTemplate(text, ctx);
  return 'problem' in evaluated ? { problem: evaluated.problem } : { value: evaluated.value };
}

/** A segment of the value from `out` on comes from the template at `from` (fixed: all of it there). */
interface Anchor {
  readonly out: number;
  readonly from: number;
  readonly fixed: boolean;
}

/** evaluateString, keeping where each character of the value came from. */
export function evaluateTemplate(text: string, ctx: TemplateContext): MappedEvaluation {
  const direct = { value: text, templateOffset: (o: number) => o };
  if (!text.includes('${') && !text.includes('%{')) return direct;
  const parts: ({ literal: string; anchors: Anchor[] } | { expression: string; at: number })[] = [];
  let literal = { literal: '', anchors: [{ out: 0, from: 0, fixed: false }] };
  for (let i = 0; i < text.length;) {
    if (text.startsWith('$${', i) || text.startsWith('%%{', i)) {
      literal.anchors.push({ out: literal.literal.length, from: i + 1, fixed: false });
      literal.literal += text.slice(i + 1, i + 3);
      i += 3;
      literal.anchors.push({ out: literal.literal.length, from: i, fixed: false });
    } else if (text.startsWith('${', i) || text.startsWith('%{', i)) {
      const end = closingBrace(text, i + 2);
      const expression = text.slice(i, end + 1);
      if (ENV_PLACEHOLDER.test(expression)) literal.literal += expression;
      else {
        if (literal.literal) parts.push(literal);
        parts.push({ expression, at: i });
        literal = { literal: '', anchors: [{ out: 0, from: end + 1, fixed: false }] };
      }
      i = end + 1;
    } else literal.literal += text[i++];
  }
  if (literal.literal || parts.length === 0) parts.push(literal);

  // a template that is one interpolation has the variable's own type (a number stays a number)
  if (parts.length === 1 && 'expression' in parts[0]) {
    const { expression, at } = parts[0];
    const evaluated = interpolate(expression, ctx);
    return 'problem' in evaluated
      ? { ...evaluated, at }
      : { value: evaluated.value, templateOffset: () => at };
  }
  let out = '';
  const anchors: Anchor[] = [];
  for (const part of parts) {
    if ('literal' in part) {
      for (const a of part.anchors) anchors.push({ ...a, out: out.length + a.out });
      out += part.literal;
      continue;
    }
    const evaluated = interpolate(part.expression, ctx);
    if ('problem' in evaluated) return { ...evaluated, at: part.at };
    const v = evaluated.value;
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
      return {
        problem: `${part.expression} is not a string, number or bool, so it cannot be part of a string`,
        at: part.at,
      };
    anchors.push({ out: out.length, from: part.at, fixed: true });
    out += String(v);
  }
  return { value: out, templateOffset: (o) => templateOffset(anchors, o) };
}

/** The template offset of character `o` of the value: the last anchor at or before it says. */
function templateOffset(anchors: readonly Anchor[], o: number): number {
  let lo = 0;
  let hi = anchors.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (anchors[mid].out <= o) lo = mid;
    else hi = mid - 1;
  }
  const a = anchors[lo];
  return a.fixed ? a.from : a.from + (o - a.out);
}

/** Index of the `}` closing an interpolation that opens before `from` (the text's end when none). */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length - 1;
}

function interpolate(expression: string, ctx: TemplateContext): Evaluated {
  const variable = VARIABLE.exec(expression);
  if (variable) return variableValue(variable[1], ctx);
  const json = JSON_OF_VARIABLE.exec(expression);
  if (json) {
    const evaluated = variableValue(json[1], ctx);
    return 'problem' in evaluated ? evaluated : { value: jsonEncode(evaluated.value) };
  }
  return {
    problem: `the Terraform expression ${expression} cannot be evaluated outside Terraform (only \${var.NAME} and \${jsonencode(var.NAME)} are supported)`,
  };
}

/** `TF_VAR_NAME` read as the variable's declared type, else its default. */
function variableValue(name: string, ctx: TemplateContext): Evaluated {
  const block = Object.prototype.hasOwnProperty.call(ctx.variables, name) ? ctx.variables[name] : undefined;
  const type = typeof block?.type === 'string' ? block.type : 'string';
  const text = ctx.env[`TF_VAR_${name}`];
  // an undeclared variable (hand-written synth output) is taken for a secret, to be safe
  const secret = block === undefined || block.sensitive === true || block.ephemeral === true;
  if (text === undefined) {
    if (block?.default === undefined || block.default === null)
      return { problem: `Terraform variable "${name}" is not set (set TF_VAR_${name})` };
    if (secret && typeof block.default === 'string') ctx.onSecret(block.default);
    return { value: block.default as JsonValue };
  }
  if (secret) ctx.onSecret(text);
  switch (type) {
    case 'string':
      return { value: text };
    case 'number': {
      const n = Number(text.trim());
      return text.trim() !== '' && Number.isFinite(n)
        ? { value: n }
        : { problem: `TF_VAR_${name} is not a number (variable "${name}" has type number)` };
    }
    case 'bool':
      return text === 'true' || text === 'false'
        ? { value: text === 'true' }
        : { problem: `TF_VAR_${name} is not true or false (variable "${name}" has type bool)` };
    default:
      return collectionValue(name, type, text);
  }
}

/**
 * A list, set or map of strings, numbers or bools from `TF_VAR_NAME`, written as JSON
 * (`["10.1.0.0/16"]`, `{"a": "b"}`: Terraform reads the same text as HCL). Other types, and HCL that
 * is not JSON, are refused: the CLI reads only that subset.
 */
function collectionValue(name: string, type: string, text: string): Evaluated {
  const shape = /^(list|set|map)\((string|number|bool)\)$/.exec(type.replace(/\s+/g, ''));
  if (!shape)
    return {
      problem: `Terraform variable "${name}" has type ${type}; outside Terraform only string, number, bool and list, set or map of those can be read from TF_VAR_${name}`,
    };
  const [, collection, element] = shape;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const items = collection === 'map' ? (isPlainObject(value) ? Object.values(value) : undefined) : value;
  const elementType = element === 'bool' ? 'boolean' : element;
  if (!Array.isArray(items) || !items.every((x) => typeof x === elementType))
    return {
      problem: `TF_VAR_${name} is not a JSON ${collection === 'map' ? 'object' : 'array'} of ${element} values (variable "${name}" has type ${type})`,
    };
  return { value: value as JsonValue };
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every string of `v` evaluated; a problem is reported at its JSON pointer (`at`) and the string kept. */
export function evaluateStrings(
  v: JsonValue,
  at: string,
  ctx: TemplateContext,
  problems: { path: string; message: string }[],
): JsonValue {
  if (Array.isArray(v)) return v.map((x, i) => evaluateStrings(x, `${at}/${i}`, ctx, problems));
  if (v !== null && typeof v === 'object') {
    const out: JsonObject = {};
    for (const [k, x] of Object.entries(v)) out[k] = evaluateStrings(x, at + toPointer([k]), ctx, problems);
    return out;
  }
  if (typeof v !== 'string') return v;
  const evaluated = evaluateString(v, ctx);
  if ('problem' in evaluated) {
    problems.push({ path: at, message: evaluated.problem });
    return v;
  }
  return evaluated.value;
}
