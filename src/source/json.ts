/** JSON: a strict parser (RFC 8259) that refuses duplicate keys and records where each value starts. */
import {
  MAX_DEPTH,
  MAX_STRING_LENGTH,
  UNSAFE_KEY_MESSAGE,
  escapePointer,
  nearest,
  positionAt,
  refuse,
  unsafeKey,
  type ReadOptions,
  type SourceDocument,
} from './text';

export function readJson(text: string, shown: string, options: ReadOptions = {}): SourceDocument {
  const starts = new Map<string, number>();
  const p = new JsonParser(text, shown, starts, options);
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
    private readonly options: ReadOptions,
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
    if (c === '"') return this.#string(this.options.longStringAt?.(pointer) ?? false);
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

  #string(long = false): string {
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
    if (!long && i - start - 1 > MAX_STRING_LENGTH)
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
