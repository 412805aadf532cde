/** Types, schema conversions and diagnostic locations. */
import {
  diagnosticsFromWire,
  diagnosticsToWire,
  schemaFromWire,
  schemaToWire,
} from '../../src/provider/server/convert';
import { locatablePath } from '../../src/provider/server/diagnostic-location';
import {
  AttributePath,
  Diagnostics,
  schemaToJson,
  T,
  typeFromJson,
  typeToJson,
  type Schema,
} from '../../src/provider/tf';
import { toyProvider } from './fixtures/toy-definition';

test('cty JSON types round-trip, and optional-attribute markers of constraints are accepted', () => {
  const type = T.object({ a: T.list(T.map(T.number)), b: T.tuple([T.bool, T.dynamic]), c: T.set(T.string) });
  const json = typeToJson(type);
  expect(json).toEqual([
    'object',
    { a: ['list', ['map', 'number']], b: ['tuple', ['bool', 'dynamic']], c: ['set', 'string'] },
  ]);
  expect(typeFromJson(JSON.parse(JSON.stringify(json)))).toEqual(type);
  expect(typeFromJson(['object', { x: 'string' }, ['x']])).toEqual(T.object({ x: T.string }));
  expect(() => typeFromJson(['list'])).toThrow(/expected a type name/);
  expect(() => typeFromJson('integer')).toThrow(/unknown primitive type "integer"/);
});

test('schemas survive the trip to proto and back', () => {
  const schema: Schema = {
    version: 3,
    block: {
      description: 'd',
      descriptionKind: 'markdown',
      attributes: {
        a: { type: T.string, required: true, sensitive: true, deprecated: true },
        n: {
          optional: true,
          computed: true,
          nestedType: { nesting: 'set', attributes: { x: { type: T.number, optional: true } } },
        },
      },
      blockTypes: {
        rule: {
          nesting: 'list',
          minItems: 1,
          maxItems: 2,
          block: { attributes: { y: { type: T.bool, optional: true } }, blockTypes: {} },
        },
      },
    },
  };
  const wire = schemaToWire(schema);
  expect(wire.block.version).toBe(3);
  expect(wire.block.attributes.map((a) => a.name)).toEqual(['a', 'n']);
  expect(JSON.parse(wire.block.attributes[0].type!.toString())).toBe('string');
  expect(schemaFromWire(wire)).toEqual(schema);
});

test('diagnostics keep severity, summary, detail and path across the wire', () => {
  const diags = new Diagnostics();
  diags.addError('Bad', 'why', AttributePath.root('items').index(2).attribute('name'));
  diags.addWarning('Careful');
  const back = diagnosticsFromWire(
    diagnosticsToWire(diags).map(
      (d) =>
        ({
          ...d,
          attribute: d.attribute && {
            steps: d.attribute.steps.map((s) => ({ ...s, selector: Object.keys(s)[0] })),
          },
        }) as never,
    ),
  );
  expect(back.items.map((d) => [d.severity, d.summary, d.detail, d.path?.toString()])).toEqual([
    ['error', 'Bad', 'why', 'items[2].name'],
    ['warning', 'Careful', undefined, undefined],
  ]);
});

test('paths are cut to what Terraform can locate: through blocks, then one index into an attribute', () => {
  const block = {
    attributes: {
      entries: { nestedType: { nesting: 'map' as const, attributes: { value: { type: T.string } } } },
    },
    blockTypes: {
      rule: { nesting: 'list' as const, block: { attributes: { tags: { type: T.map(T.string) } } } },
    },
  };
  const cut = (p: AttributePath) => locatablePath(block, p).toString();
  expect(cut(AttributePath.root('entries').key('a').attribute('value'))).toBe('entries["a"]');
  expect(cut(AttributePath.root('entries'))).toBe('entries');
  expect(cut(AttributePath.root('rule').index(1).attribute('tags').key('k'))).toBe('rule[1].tags["k"]');
  const diags = new Diagnostics();
  diags.addError(
    'Empty',
    'An entry value must not be empty.',
    AttributePath.root('entries').key('a').attribute('value'),
  );
  const [wire] = diagnosticsToWire(diags, block);
  expect(wire.attribute!.steps).toEqual([{ attribute_name: 'entries' }, { element_key_string: 'a' }]);
  expect(wire.detail).toBe('An entry value must not be empty.\n\nAttribute: entries["a"].value');
});

test('the toy provider has the schema document terraform prints (checked against terraform in terraform.test.ts)', () => {
  const doc = schemaToJson(toyProvider, { namespace: 'example' }) as {
    provider_schemas: Record<string, { resource_schemas: Record<string, unknown> }>;
  };
  const toy = doc.provider_schemas['registry.terraform.io/example/toy'];
  expect(toy.resource_schemas.toy_note).toMatchObject({
    version: 1,
    block: {
      attributes: { secret: { type: 'string', optional: true, sensitive: true, description_kind: 'plain' } },
    },
  });
});
