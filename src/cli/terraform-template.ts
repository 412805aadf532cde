/**
 * The one part of Terraform's expression language the CLI evaluates in cdktf synth output: string
 * templates whose interpolations are input variables, `${var.NAME}`, read where Terraform reads them
 * (`TF_VAR_NAME`, else the variable's default). A template is evaluated as Terraform does, anywhere
 * in a string: `"10.1.${var.net}.0/24"`, or a pass-through body's JSON string
 * `"{\"ports\":[${var.port}]}"`, which is decoded afterwards, as the provider decodes what Terraform
 * gives it. `$${` and `%%{` are Terraform's escapes for a literal `${` and `%{`.
 */
import { toPointer, type JsonObject, type JsonValue } from '../model';

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

const VARIABLE = /^\$\{\s*var\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}$/;
/**
 * Accepted as written, as the CLI always has: an `${env:NAME}` placeholder written unescaped (not a
 * Terraform expression; `$${env:NAME}` is its Terraform form).
 */
const ENV_PLACEHOLDER = /^\$\{env:[A-Za-z_][A-Za-z0-9_]*\}$/;

/** A string of the synth output as Terraform evaluates it: its template parts, its variables. */
export function evaluateString(text: string, ctx: TemplateContext): Evaluated {
  if (!text.includes('${') && !text.includes('%{')) return { value: text };
  const parts: (string | { expression: string })[] = [];
  let literal = '';
  for (let i = 0; i < text.length;) {
    if (text.startsWith('$${', i) || text.startsWith('%%{', i)) {
      literal += text.slice(i + 1, i + 3);
      i += 3;
    } else if (text.startsWith('${', i) || text.startsWith('%{', i)) {
      const end = closingBrace(text, i + 2);
      const expression = text.slice(i, end + 1);
      if (ENV_PLACEHOLDER.test(expression)) literal += expression;
      else {
        if (literal) parts.push(literal);
        literal = '';
        parts.push({ expression });
      }
      i = end + 1;
    } else literal += text[i++];
  }
  if (literal || parts.length === 0) parts.push(literal);

  // a template that is one interpolation has the variable's own type (a number stays a number)
  if (parts.length === 1 && typeof parts[0] !== 'string') return interpolate(parts[0].expression, ctx);
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const evaluated = interpolate(part.expression, ctx);
    if ('problem' in evaluated) return evaluated;
    const v = evaluated.value;
    if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
      return {
        problem: `${part.expression} is not a string, number or bool, so it cannot be part of a string`,
      };
    out += String(v);
  }
  return { value: out };
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
  if (!variable)
    return {
      problem: `the Terraform expression ${expression} cannot be evaluated outside Terraform (only \${var.NAME} is supported)`,
    };
  return variableValue(variable[1], ctx);
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
      return {
        problem: `Terraform variable "${name}" has type ${type}; outside Terraform only string, number and bool variables can be read from TF_VAR_${name}`,
      };
  }
}

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
