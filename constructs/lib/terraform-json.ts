/**
 * JSON text that Terraform evaluates as a string template: a pass-through body of `sps_configuration`
 * and the whole document of `sps_document` are such strings. Terraform evaluates every `${…}` in
 * them before the provider (or the sps CLI, reading synth output) parses the JSON, so:
 *
 * - a value that is one token — a variable's `stringValue`, `numberValue`, `booleanValue` or
 *   `listValue`, a resource attribute — renders as `${jsonencode(…)}`: Terraform writes it as JSON of
 *   its own type, escaped (a string holding `"` or `\`, a number, a bool, a list);
 * - literal text is escaped for Terraform (`$${` and `%%{`), so `${` and `%{` reach the provider as
 *   written instead of being read as an interpolation;
 * - a token inside longer literal text (`"10.1.${var.net}.0/24"`) stays a plain interpolation: its
 *   value is inserted as it is, so it must need no JSON escaping (no `"`, `\` or control character;
 *   the provider otherwise refuses the document at its line:column). cdktf cannot render such a
 *   string inside a function call correctly (it leaves `"` unescaped there), so there is no
 *   jsonencode for it.
 *
 * Why not JSON.stringify: it writes a boolean token as `"<unresolved-token>"`, a list token not at all
 * (cdktf throws), and leaves literal `${` for Terraform to interpolate.
 */
import { Fn, Token, Tokenization } from './cdktf';

/** JSON text written into the output as it is (a secret's placeholder). */
export class RawJson {
  constructor(readonly text: string) {}
}

export interface TerraformJsonOptions {
  /** Spaces per level (0: compact, as JSON.stringify writes).  @default 0 */
  readonly indent?: number;
  /** Sort every object's keys (in code-unit order: the same text everywhere).  @default false */
  readonly sortKeys?: boolean;
}

/** `value` as JSON text for Terraform to evaluate (see the module comment); undefined members are left out. */
export function terraformJson(value: unknown, options: TerraformJsonOptions = {}): string {
  const indent = options.indent ?? 0;
  const write = (v: unknown, depth: number): string => {
    if (v instanceof RawJson) return v.text;
    if (v === null || v === undefined) return 'null';
    if (typeof v === 'string') return stringJson(v);
    if (typeof v === 'boolean') return String(v);
    if (typeof v === 'number') return Token.isUnresolved(v) ? Fn.jsonencode(v) : JSON.stringify(v);
    // a list token (a one-element array), a boolean token, any other resolvable
    if (Token.isUnresolved(v)) return Fn.jsonencode(v);
    const inner = indent ? '\n' + ' '.repeat(indent * (depth + 1)) : '';
    const outer = indent ? '\n' + ' '.repeat(indent * depth) : '';
    if (Array.isArray(v))
      return v.length ? `[${v.map((x) => inner + write(x, depth + 1)).join(',')}${outer}]` : '[]';
    if (typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      if (options.sortKeys) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const colon = indent ? ': ' : ':';
      const members = entries.map(([k, x]) => inner + stringJson(k) + colon + write(x, depth + 1));
      return members.length ? `{${members.join(',')}${outer}}` : '{}';
    }
    throw new TypeError(`a ${typeof v} cannot be rendered as JSON`);
  };
  return write(value, 0);
}

/** A string (or an object key) as JSON text for Terraform. */
function stringJson(s: string): string {
  if (Token.isUnresolved(s)) {
    const fragments = Tokenization.reverseString(s);
    if (fragments.length === 1 && fragments.firstToken !== undefined) return Fn.jsonencode(s);
  }
  // cdktf's token markers (`${TfToken[…]}`) are the only `${` left unescaped: cdktf resolves them
  return JSON.stringify(s)
    .replace(/\$\{(?!TfToken\[)/g, () => '$${')
    .replace(/%\{/g, () => '%%{');
}

/**
 * `value` with what the JSON pointer names replaced (copies along the path only: tokens and other
 * objects elsewhere stay as they are); unchanged when nothing is there.
 */
export function replacedAt(value: unknown, pointer: string, replacement: unknown): unknown {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const at = (v: unknown, i: number): unknown => {
    if (i === segments.length) return replacement;
    const seg = segments[i];
    if (Array.isArray(v)) {
      const n = Number(seg);
      if (!Number.isInteger(n) || n < 0 || n >= v.length) return v;
      return v.map((x, k) => (k === n ? at(x, i + 1) : x));
    }
    if (v === null || typeof v !== 'object' || !Object.prototype.hasOwnProperty.call(v, seg)) return v;
    return { ...(v as Record<string, unknown>), [seg]: at((v as Record<string, unknown>)[seg], i + 1) };
  };
  return at(value, 0);
}
