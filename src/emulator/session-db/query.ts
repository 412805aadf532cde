/**
 * The `?q=` filter language of `/api/audit/sessions` (seeds/001 "Filtering"): `field:value`, quoted
 * values with backslash escapes, `*` and `?` wildcards on strings, AND / OR / NOT and `AND NOT`,
 * parentheses for groups and for several values of one field (`protocol:(ssh rdp)`), and ranges on
 * numbers and dates with `[` `]` (inclusive) and `{` `}` (exclusive) and `*` for an open end
 * (`start_time:[* TO 1461654799]`: dates in a range are epoch seconds or ISO 8601). Terms side by side
 * without an operator are OR'ed, as in Lucene, whose syntax the guide points to. `screen.content:`
 * searches the indexed screen content. Strings match without regard to case (an emulator choice).
 * A malformed query, an unknown field or a range over strings is a QueryError: 400 InvalidQuery.
 */
import type { FieldContext, FieldDef } from './fields';
import type { SessionRecord } from './records';

export class QueryError extends Error {}

type Test<A extends unknown[]> = (...args: A) => boolean;
export type Predicate = Test<[SessionRecord, FieldContext]>;
type ValueTest = Test<[unknown]>;

const CONTENT_FIELD = 'screen.content';

export function parseQuery(text: string, fields: ReadonlyMap<string, FieldDef>): Predicate {
  const p = new Parser(text, fields);
  const pred = p.expression();
  p.skipSpace();
  if (!p.atEnd()) throw new QueryError(`unexpected "${text.slice(p.pos, p.pos + 10)}" in the query`);
  return pred;
}

class Parser {
  pos = 0;
  constructor(
    readonly text: string,
    readonly fields: ReadonlyMap<string, FieldDef>,
  ) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  skipSpace(): void {
    while (!this.atEnd() && /\s/.test(this.text[this.pos])) this.pos++;
  }

  keyword(word: string): boolean {
    this.skipSpace();
    const end = this.pos + word.length;
    if (this.text.slice(this.pos, end) !== word) return false;
    if (end < this.text.length && !/[\s(]/.test(this.text[end])) return false;
    this.pos = end;
    return true;
  }

  startsOperand(): boolean {
    this.skipSpace();
    if (this.atEnd() || this.text[this.pos] === ')') return false;
    const rest = this.text.slice(this.pos);
    return !/^(AND|OR)(\s|\(|$)/.test(rest);
  }

  expression(): Predicate {
    return this.disjunction(() => this.unary());
  }

  /** a OR b, and operands side by side (Lucene's default operator). */
  disjunction<A extends unknown[]>(operand: () => Test<A>): Test<A> {
    let left = this.conjunction(operand);
    while (this.keyword('OR') || this.startsOperand()) {
      const a = left;
      const b = this.conjunction(operand);
      left = (...args: A) => a(...args) || b(...args);
    }
    return left;
  }

  conjunction<A extends unknown[]>(operand: () => Test<A>): Test<A> {
    let left = this.negation(operand);
    while (this.keyword('AND')) {
      const a = left;
      const b = this.negation(operand);
      left = (...args: A) => a(...args) && b(...args);
    }
    return left;
  }

  negation<A extends unknown[]>(operand: () => Test<A>): Test<A> {
    if (this.keyword('NOT')) {
      const inner = this.negation(operand);
      return (...args: A) => !inner(...args);
    }
    return operand();
  }

  unary(): Predicate {
    this.skipSpace();
    if (this.text[this.pos] === '(') {
      this.pos++;
      const inner = this.expression();
      this.expect(')');
      return inner;
    }
    const name = /^[A-Za-z0-9_.]+/.exec(this.text.slice(this.pos))?.[0];
    if (!name) throw new QueryError(`expected field:value at "${this.text.slice(this.pos, this.pos + 10)}"`);
    this.pos += name.length;
    if (this.text[this.pos] !== ':') throw new QueryError(`"${name}" needs a value: ${name}:<value>`);
    this.pos++;
    if (name === CONTENT_FIELD) {
      const test = this.values('string');
      return (r) => r.content !== null && r.content.some(test);
    }
    const def = this.fields.get(name);
    if (!def?.filter) throw new QueryError(`unknown filter field "${name}"`);
    this.skipSpace();
    // a range over a date compares epoch seconds: no date is formatted and parsed again per record
    if (def.order && (this.text[this.pos] === '[' || this.text[this.pos] === '{')) {
      const inRange = this.range(def.type, true);
      return (r) => inRange(def.order!(r));
    }
    const test = this.values(def.type);
    return (r, ctx) => {
      const v = def.value(r, ctx);
      return Array.isArray(v) ? v.some(test) : test(v);
    };
  }

  /** One value, or a parenthesised group of them, for a field of `type`. */
  values(type: FieldDef['type']): ValueTest {
    this.skipSpace();
    if (this.text[this.pos] === '(') {
      this.pos++;
      const group = this.disjunction(() => this.values(type));
      this.expect(')');
      return group;
    }
    const open = this.text[this.pos];
    if (open === '[' || open === '{') return this.range(type);
    return valueTest(type, this.word());
  }

  /** `epoch`: the values tested are already numbers (a date's epoch seconds), not strings. */
  range(type: FieldDef['type'], epoch = false): ValueTest {
    if (type !== 'int' && type !== 'date') throw new QueryError('ranges work on numbers and dates only');
    const inclusiveLow = this.text[this.pos++] === '[';
    const low = bound(this.word(), type);
    if (!this.keyword('TO')) throw new QueryError('a range needs TO: [low TO high]');
    const high = bound(this.word(), type);
    this.skipSpace();
    const close = this.text[this.pos++];
    if (close !== ']' && close !== '}') throw new QueryError('a range ends with ] or }');
    const inclusiveHigh = close === ']';
    return (v) => {
      const n = type === 'date' && !epoch ? dateSeconds(v) : typeof v === 'number' ? v : NaN;
      if (Number.isNaN(n)) return false;
      if (low !== undefined && (inclusiveLow ? n < low : n <= low)) return false;
      if (high !== undefined && (inclusiveHigh ? n > high : n >= high)) return false;
      return true;
    };
  }

  /** A quoted phrase or a bare word (backslash escapes the next character); ends at space, ) ] or }. */
  word(): string {
    this.skipSpace();
    let out = '';
    if (this.text[this.pos] === '"') {
      this.pos++;
      while (!this.atEnd() && this.text[this.pos] !== '"') {
        if (this.text[this.pos] === '\\') this.pos++;
        out += this.text[this.pos++] ?? '';
      }
      if (this.atEnd()) throw new QueryError('a quoted value is not closed');
      this.pos++;
      return out;
    }
    while (!this.atEnd() && !/[\s)\]}]/.test(this.text[this.pos])) {
      if (this.text[this.pos] === '\\') this.pos++;
      out += this.text[this.pos++] ?? '';
    }
    if (out === '') throw new QueryError('a value is missing');
    return out;
  }

  expect(c: string): void {
    this.skipSpace();
    if (this.text[this.pos] !== c) throw new QueryError(`expected "${c}"`);
    this.pos++;
  }
}

function valueTest(type: FieldDef['type'], word: string): ValueTest {
  switch (type) {
    case 'bool': {
      const want = word.toLowerCase();
      if (want !== 'true' && want !== 'false') throw new QueryError(`"${word}" is not true or false`);
      return (v) => v === (want === 'true');
    }
    case 'int': {
      const n = Number(word);
      if (!Number.isFinite(n)) throw new QueryError(`"${word}" is not a number`);
      return (v) => v === n;
    }
    case 'date': {
      if (/^\d+(\.\d+)?$/.test(word)) return (v) => Math.floor(dateSeconds(v)) === Math.floor(Number(word));
      const glob = globOf(word);
      return (v) => typeof v === 'string' && glob.test(v);
    }
    default: {
      const glob = globOf(word);
      return (v) => typeof v === 'string' && glob.test(v);
    }
  }
}

function bound(word: string, type: 'int' | 'date'): number | undefined {
  if (word === '*') return undefined;
  const n = type === 'date' && !/^\d+(\.\d+)?$/.test(word) ? Date.parse(word) / 1000 : Number(word);
  if (!Number.isFinite(n)) throw new QueryError(`"${word}" is not a ${type === 'date' ? 'date' : 'number'}`);
  return n;
}

function dateSeconds(v: unknown): number {
  return typeof v === 'string' ? Date.parse(v) / 1000 : NaN;
}

function globOf(word: string): RegExp {
  const escaped = word
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'i');
}
