/**
 * Reading a document file safely, before anything else looks at it: text that is not UTF-8 (a
 * UTF-16 file, stray bytes), JSON with duplicate keys (where the last one would silently win),
 * nesting deep enough to exhaust the stack, YAML alias bombs, absurdly long strings and keys that
 * JavaScript objects cannot hold (`__proto__`) are each refused with the file, the line and the
 * column. Errors never quote the file (it may hold a secret), only say where.
 *
 * Every value also keeps where it came from, so later errors (schema, references) can name
 * `file:line:column` for a JSON pointer (`locate`).
 */
import { readFileSync, statSync } from 'node:fs';
import { LineCounter, isSeq, parseDocument, type Document } from 'yaml';
import { SpsCliError } from './errors';

/** Deeper than any desired document; far below what would exhaust the stack. */
export const MAX_DEPTH = 64;
/** Longer than any name, path, pattern or PEM an SPS body holds. */
export const MAX_STRING_LENGTH = 65_536;
/** A document of tens of thousands of objects fits easily. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** YAML aliases expanded at most this many times (the yaml package's own guard, named). */
const MAX_ALIAS_COUNT = 100;

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface SourceDocument {
  readonly value: unknown;
  /** Where the value at a JSON pointer starts (or the nearest enclosing value that exists). */
  locate(pointer: string): Position | undefined;
}

function refuse(shown: string, at: Position | undefined, message: string): never {
  const where = at ? `:${at.line}:${at.column}` : '';
  throw new SpsCliError(
    'SPS_CLI_INPUT',
    `${shown}${where}: ${message}`,
    [{ path: '', message, ...(at ? { line: at.line, column: at.column } : {}) }],
    shown,
  );
}

export function readSource(file: string, shown: string, format: 'json' | 'yaml'): SourceDocument {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_FILE_BYTES)
      refuse(shown, undefined, `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; split the configuration`);
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof SpsCliError) throw err;
    throw new SpsCliError(
      'SPS_CLI_INPUT',
      `cannot read ${shown} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const text = decodeUtf8(bytes, shown);
  return format === 'json' ? readJson(text, shown) : readYaml(text, shown);
}

function decodeUtf8(bytes: Buffer, shown: string): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    refuse(shown, { line: 1, column: 1 }, 'is UTF-16 encoded; save it as UTF-8');
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3; // UTF-8 byte order mark
  const body = bytes.subarray(start);
  const nul = body.indexOf(0);
  if (nul >= 0)
    refuse(
      shown,
      positionAtByte(body, nul),
      'holds a NUL byte (is it UTF-16 or binary?); save it as UTF-8 text',
    );
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    refuse(shown, positionAtByte(body, firstInvalidUtf8(body)), 'is not valid UTF-8 text; save it as UTF-8');
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b: Buffer): number {
  for (let i = 0; i < b.length;) {
    const c = b[i];
    const n =
      c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (n === 0) return i;
    for (let k = 1; k < n; k++) if (i + k >= b.length || (b[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return b.length;
}

function positionAtByte(b: Buffer, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (b[i] === 0x0a) [line, lineStart] = [line + 1, i + 1];
  // columns count characters; the bytes before the offset on this line are valid UTF-8
  return { line, column: b.subarray(lineStart, offset).toString('utf8').length + 1 };
}

function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

const unsafeKey = (key: string): boolean => key === '__proto__';
const UNSAFE_KEY_MESSAGE =
  'the key "__proto__" cannot be used (it is reserved in the JavaScript runtime this tool runs on); rename the object';

// ---------------------------------------------------------------------------------------------
// JSON: a strict parser (RFC 8259) that refuses duplicate keys and records where each value starts.

function readJson(text: string, shown: string): SourceDocument {
  const starts = new Map<string, number>();
  const p = new JsonParser(text, shown, starts);
  const value = p.document();
  return {
    value,
    locate: (pointer) =>
      nearest(
        pointer,
        (ptr) => starts.get(ptr),
        (o) => positionAt(text, o),
      ),
  };
}

class JsonParser {
  #i = 0;

  constructor(
    private readonly text: string,
    private readonly shown: string,
    private readonly starts: Map<string, number>,
  ) {}

  document(): unknown {
    this.#space();
    const value = this.#value('', 0);
    this.#space();
    if (this.#i < this.text.length) this.#fail('unexpected text after the end of the JSON document');
    return value;
  }

  #fail(message: string, at = this.#i): never {
    refuse(this.shown, positionAt(this.text, at), `not valid JSON: ${message}`);
  }

  #space(): void {
    const t = this.text;
    let i = this.#i;
    for (let c = t.charCodeAt(i); c === 32 || c === 10 || c === 13 || c === 9; c = t.charCodeAt(++i));
    this.#i = i;
  }

  #value(pointer: string, depth: number): unknown {
    if (depth > MAX_DEPTH) this.#fail(`nested deeper than ${MAX_DEPTH} levels`);
    this.starts.set(pointer, this.#i);
    const c = this.text[this.#i];
    if (c === '{') return this.#object(pointer, depth);
    if (c === '[') return this.#array(pointer, depth);
    if (c === '"') return this.#string();
    if (c === 't') return this.#literal('true', true);
    if (c === 'f') return this.#literal('false', false);
    if (c === 'n') return this.#literal('null', null);
    if (c === '-' || (c >= '0' && c <= '9')) return this.#number();
    this.#fail(c === undefined ? 'the document ends too early' : `unexpected character ${JSON.stringify(c)}`);
  }

  #object(pointer: string, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.#i++;
    this.#space();
    if (this.text[this.#i] === '}') {
      this.#i++;
      return out;
    }
    for (;;) {
      if (this.text[this.#i] !== '"') this.#fail('expected a key in double quotes');
      const keyAt = this.#i;
      const key = this.#string();
      if (unsafeKey(key)) this.#fail(UNSAFE_KEY_MESSAGE, keyAt);
      if (Object.prototype.hasOwnProperty.call(out, key))
        this.#fail(`duplicate key ${JSON.stringify(key.slice(0, 80))} (the same object has it twice)`, keyAt);
      this.#space();
      if (this.text[this.#i] !== ':') this.#fail('expected ":" after the key');
      this.#i++;
      this.#space();
      out[key] = this.#value(`${pointer}/${escapePointer(key)}`, depth + 1);
      this.#space();
      const c = this.text[this.#i++];
      if (c === '}') return out;
      if (c !== ',') this.#fail('expected "," or "}"', this.#i - 1);
      this.#space();
    }
  }

  #array(pointer: string, depth: number): unknown[] {
    const out: unknown[] = [];
    this.#i++;
    this.#space();
    if (this.text[this.#i] === ']') {
      this.#i++;
      return out;
    }
    for (;;) {
      out.push(this.#value(`${pointer}/${out.length}`, depth + 1));
      this.#space();
      const c = this.text[this.#i++];
      if (c === ']') return out;
      if (c !== ',') this.#fail('expected "," or "]"', this.#i - 1);
      this.#space();
    }
  }

  #string(): string {
    const t = this.text;
    const start = this.#i;
    let escaped = false;
    let i = start + 1;
    for (;;) {
      const c = t.charCodeAt(i);
      if (Number.isNaN(c)) this.#fail('a string is not closed', start);
      if (c === 34) break;
      if (c < 32) this.#fail('a control character inside a string (write it escaped)', i);
      if (c === 92) {
        escaped = true;
        i += 2;
        continue;
      }
      i++;
    }
    this.#i = i + 1;
    if (i - start - 1 > MAX_STRING_LENGTH)
      this.#fail(`a string longer than ${MAX_STRING_LENGTH} characters`, start);
    if (!escaped) return t.slice(start + 1, i);
    try {
      return JSON.parse(t.slice(start, i + 1)) as string;
    } catch {
      this.#fail('an invalid escape sequence in a string', start);
    }
  }

  #literal<T>(word: string, value: T): T {
    if (this.text.startsWith(word, this.#i)) {
      this.#i += word.length;
      return value;
    }
    this.#fail(`unexpected character ${JSON.stringify(this.text[this.#i])}`);
  }

  #number(): number {
    const m = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
    m.lastIndex = this.#i;
    const found = m.exec(this.text);
    if (!found || found[0] === '-') this.#fail('an invalid number');
    this.#i += found[0].length;
    return Number(found[0]);
  }
}

const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The position of `pointer`, or of its nearest ancestor that has one. */
function nearest(
  pointer: string,
  lookup: (pointer: string) => number | undefined,
  toPosition: (offset: number) => Position,
): Position | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const offset = lookup(p);
    if (offset !== undefined) return toPosition(offset);
    if (p === '') return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// YAML (any other extension; YAML 1.2 is a superset of JSON)

function readYaml(text: string, shown: string): SourceDocument {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const at = e.linePos ? { line: e.linePos[0].line, column: e.linePos[0].col } : undefined;
    // only the first line: the rest is an excerpt of the file, which may hold a secret
    const reason = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    refuse(shown, at, `not valid YAML: ${reason}`);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/alias/i.test(message))
      refuse(
        shown,
        undefined,
        `YAML aliases expand more than ${MAX_ALIAS_COUNT} times (an alias bomb?); write the values out`,
      );
    refuse(shown, undefined, `not valid YAML: ${message.split('\n')[0]}`);
  }
  const locate = (pointer: string): Position | undefined =>
    nearest(
      pointer,
      (ptr) => yamlOffset(doc, ptr),
      (o) => {
        const p = lines.linePos(o);
        return { line: p.line, column: p.col };
      },
    );
  checkShape(value, shown, locate);
  return { value, locate };
}

function yamlOffset(doc: Document, pointer: string): number | undefined {
  const path =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const node =
    path.length === 0
      ? doc.contents
      : doc.getIn(
          path.map((s, i) => (isIndex(doc, path, i) ? Number(s) : s)),
          true,
        );
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range?.[0];
}

/** Whether segment `i` of `path` indexes a sequence (YAML's getIn wants numbers there). */
function isIndex(doc: Document, path: readonly string[], i: number): boolean {
  const parent = i === 0 ? doc.contents : doc.getIn(path.slice(0, i), true);
  return isSeq(parent) && /^\d+$/.test(path[i]);
}

/** The limits JSON's parser enforces as it reads, for a value YAML has built. */
function checkShape(value: unknown, shown: string, locate: (pointer: string) => Position | undefined): void {
  const stack: { v: unknown; pointer: string; depth: number }[] = [{ v: value, pointer: '', depth: 0 }];
  while (stack.length) {
    const { v, pointer, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) refuse(shown, locate(pointer), `nested deeper than ${MAX_DEPTH} levels`);
    if (typeof v === 'string' && v.length > MAX_STRING_LENGTH)
      refuse(shown, locate(pointer), `a string longer than ${MAX_STRING_LENGTH} characters`);
    if (Array.isArray(v))
      v.forEach((x, i) => stack.push({ v: x, pointer: `${pointer}/${i}`, depth: depth + 1 }));
    else if (v !== null && typeof v === 'object') {
      for (const key of Object.keys(v)) {
        const at = `${pointer}/${escapePointer(key)}`;
        if (unsafeKey(key)) refuse(shown, locate(at), UNSAFE_KEY_MESSAGE);
        if (key.length > MAX_STRING_LENGTH)
          refuse(shown, locate(at), `a key longer than ${MAX_STRING_LENGTH} characters`);
        stack.push({ v: (v as Record<string, unknown>)[key], pointer: at, depth: depth + 1 });
      }
    }
  }
}
