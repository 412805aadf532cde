/** DynamicValue codec: msgpack/JSON forms of cty values, with golden bytes where they are short. */
import { decode, encode } from '@msgpack/msgpack';
import { T, Unknown, UNKNOWN, TfValueError, attributeType, type TfValue } from '../../src/provider/tf';
import {
  decodeJson,
  decodeMsgpack,
  encodeMsgpack,
  fromDynamicValue,
  toDynamicValue,
} from '../../src/provider/wire/dynamic-value';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('unknown values', () => {
  test('a plain unknown is written as ext 0 d4 00 00, and read back', () => {
    expect(hex(encodeMsgpack(UNKNOWN, T.string))).toBe('d40000');
    expect(decodeMsgpack(Buffer.from('d40000', 'hex'), T.string)).toBeInstanceOf(Unknown);
  });

  test('any extension code is unknown, including a zero-length one', () => {
    expect(decodeMsgpack(Buffer.from('c70005', 'hex'), T.number)).toBeInstanceOf(Unknown); // ext8, len 0, type 5
    expect(decodeMsgpack(Buffer.from('d40700', 'hex'), T.list(T.string))).toBeInstanceOf(Unknown);
  });

  test('ext 12 refinements are decoded (cty golden: not null + prefix "ab")', () => {
    // c7 07 0c | 82 | 01 c2 | 02 a2 61 62  = ext8 len 7 type 12: {1: false, 2: "ab"}
    const value = decodeMsgpack(Buffer.from('c7070c8201c202a26162', 'hex'), T.string) as Unknown;
    expect(value.refinements).toEqual({ notNull: true, stringPrefix: 'ab' });
    expect(hex(encodeMsgpack(value, T.string))).toBe('c7070c8201c202a26162');
  });

  test('number and length bounds round-trip; refinements that do not fit the type are dropped', () => {
    const n = new Unknown({
      numberLowerBound: { value: 1, inclusive: true },
      numberUpperBound: { value: 9.5, inclusive: false },
    });
    expect((decodeMsgpack(encodeMsgpack(n, T.number), T.number) as Unknown).refinements).toEqual(
      n.refinements,
    );
    const l = new Unknown({ notNull: true, lengthLowerBound: 1, lengthUpperBound: 3 });
    expect(
      (decodeMsgpack(encodeMsgpack(l, T.list(T.string)), T.list(T.string)) as Unknown).refinements,
    ).toEqual(l.refinements);
    // A string prefix on a number is meaningless: never write ext 12 with an empty map.
    expect(hex(encodeMsgpack(new Unknown({ stringPrefix: 'x' }), T.number))).toBe('d40000');
  });
});

describe('known values', () => {
  const noteType = T.object({
    id: T.string,
    n: T.number,
    ok: T.bool,
    tags: T.set(T.string),
    m: T.map(T.number),
  });

  test('objects carry every attribute; null is nil (golden bytes)', () => {
    const bytes = encodeMsgpack({ id: 'x', n: 1, ok: null, tags: [], m: {} }, noteType);
    // fixmap(5) "id":"x" "m":{} "n":1 "ok":nil "tags":[]  (keys sorted, as cty writes them)
    expect(hex(bytes)).toBe('85a26964a178a16d80a16e01a26f6bc0a47461677390');
    expect(decodeMsgpack(bytes, noteType)).toEqual({ id: 'x', n: 1, ok: null, tags: [], m: {} });
  });

  test('a missing or extra attribute is an error naming the path, never a silent null', () => {
    expect(() => encodeMsgpack({ id: 'x' }, noteType)).toThrow(
      new TfValueError('n', 'attribute missing (set it to null instead)'),
    );
    expect(() => decodeMsgpack(encode({ id: 'x' }), noteType)).toThrow(TfValueError);
    expect(() => encodeMsgpack({ id: 'x', n: 1, ok: true, tags: [], m: {}, extra: 1 }, noteType)).toThrow(
      /extra: unsupported attribute/,
    );
    expect(() => encodeMsgpack({ id: 'x', n: 'NaN', ok: true, tags: [], m: {} }, noteType)).toThrow(/^n: /);
  });

  test('numbers: int, float, big int64 and decimal strings keep their exact value', () => {
    expect(decodeMsgpack(encode(3.25), T.number)).toBe(3.25);
    expect(decodeMsgpack(Buffer.from('cf7fffffffffffffff', 'hex'), T.number)).toBe('9223372036854775807');
    expect(decodeMsgpack(encode('12345678901234567890.5'), T.number)).toBe('12345678901234567890.5');
    expect(decodeMsgpack(encode('42'), T.number)).toBe(42);
    expect(hex(encodeMsgpack('12345678901234567890', T.number))).toBe(hex(encode('12345678901234567890')));
  });

  test('dynamic is [JSON type bytes, value] in msgpack and {"value","type"} in JSON', () => {
    const bytes = encodeMsgpack({ a: [1, 'x'] }, T.dynamic);
    expect(decodeMsgpack(bytes, T.dynamic)).toEqual({ a: [1, 'x'] });
    const [typeBytes] = decode(bytes) as [Uint8Array, unknown];
    expect(JSON.parse(Buffer.from(typeBytes).toString())).toEqual([
      'object',
      { a: ['tuple', ['number', 'string']] },
    ]);
    expect(decodeMsgpack(encode(null), T.dynamic)).toBeNull();
    expect(decodeJson('{"value":["a","b"],"type":["list","string"]}', T.dynamic)).toEqual(['a', 'b']);
  });

  test('nested attribute modes map to object / list / set / map of objects', () => {
    const attrs = { v: { type: T.string, required: true } };
    const cases: ['single' | 'list' | 'set' | 'map', TfValue][] = [
      ['single', { v: 'a' }],
      ['list', [{ v: 'a' }, { v: 'b' }]],
      ['set', [{ v: 'a' }]],
      ['map', { k: { v: 'a' } }],
    ];
    for (const [nesting, value] of cases) {
      const type = attributeType({ nestedType: { nesting, attributes: attrs } });
      expect(type.kind).toBe(nesting === 'single' ? 'object' : nesting);
      expect(decodeMsgpack(encodeMsgpack(value, type), type)).toEqual(value);
    }
  });

  test('JSON input is accepted, replies are always msgpack, and an empty DynamicValue is null', () => {
    expect(
      fromDynamicValue(
        { json: Buffer.from('{"id":"x","n":2,"ok":true,"tags":["a"],"m":{"z":1}}') },
        noteType,
      ),
    ).toEqual({ id: 'x', n: 2, ok: true, tags: ['a'], m: { z: 1 } });
    expect(Object.keys(toDynamicValue('x', T.string))).toEqual(['msgpack']);
    expect(fromDynamicValue({ msgpack: Buffer.alloc(0), json: Buffer.alloc(0) }, T.string)).toBeNull();
    expect(() => decodeJson('{"nope":1}', noteType)).toThrow(/nope: unsupported attribute/);
    expect(decodeJson('{"id":"x","nope":1}', noteType, { ignoreUndefinedAttributes: true })).toMatchObject({
      id: 'x',
      n: null,
    });
  });
});
