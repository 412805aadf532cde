/**
 * The JSON Schema of the desired-state document for editors and other validators: what `sps schema`
 * prints and the package ships (schema/desired-document.schema.json). It is the model's document
 * schema (desired-schema.ts) with what the engine accepts beside it written into the schema itself:
 * - a secret may be written as `${env:NAME}` (the engine reads it from the environment before it
 *   validates the value, so the value's own rules apply to what the variable holds, not to the text);
 * - the firmware bands are two documented alternatives of the objects that have band fields (one
 *   object mixing both bands' fields is refused by the engine too, mixedBandProblem);
 * - pass-through endpoints: those a typed kind covers and the read-only ones are refused, each
 *   declares `objects` or `singleton`, and connection policies carry their confirmed fields;
 * - annotations only ajv in this project knows become standard or editor ones (`x-message` becomes
 *   `errorMessage`, which VS Code and yaml-language-server show), the rest are dropped.
 * What JSON Schema cannot say stays the engine's: list items unique in one field (SIEM target
 * names), `$ref` targets, and whether an `${env:NAME}` variable is set.
 */
import { KINDS, MANAGED_KINDS } from './index';
import { FIRMWARE_BANDS, bandName, type FirmwareBand } from './firmware';
import { KNOWN_PASS_THROUGH } from './kinds/connection-policies';
import { relativeEndpoint } from './endpoints';
import { READ_ONLY_ENDPOINTS } from './pass-through';
import { desiredDocumentSchema, desiredObjectSchema, secretFields } from './desired-schema';
import type { BodyPath, JsonSchema, KindDef } from './types';

/** What the engine reads from the environment (reconcile/document.ts ENV_REFERENCE). */
export const ENV_PLACEHOLDER_PATTERN = '^\\$\\{env:[A-Za-z_][A-Za-z0-9_]*\\}$';

const ENV_PLACEHOLDER: JsonSchema = {
  type: 'string',
  pattern: ENV_PLACEHOLDER_PATTERN,
  description: 'Read from the environment variable NAME when the document is used: ${env:NAME}.',
};

type Props = Record<string, JsonSchema>;
const propsOf = (s: JsonSchema): Props => (s.properties ?? {}) as Props;

/**
 * `schema` with the property at `path` replaced by `fn` of it (`*` walks `items`), in `properties`
 * and in the conditional branches beside them (`allOf[].then/else.properties`) that add rules to it.
 */
function rewriteAt(schema: JsonSchema, path: BodyPath, fn: (s: JsonSchema) => JsonSchema): JsonSchema {
  if (path.length === 0) return fn(schema);
  const [head, ...rest] = path;
  if (head === '*') return { ...schema, items: rewriteAt(schema.items as JsonSchema, rest, fn) };
  const props = propsOf(schema);
  if (!props[head]) throw new Error(`no property ${head} in the schema of a secret path`);
  const out = { ...schema, properties: { ...props, [head]: rewriteAt(props[head], rest, fn) } };
  if (rest.length > 0 || !Array.isArray(schema.allOf)) return out;
  const branch = (b: unknown) => {
    const rule = b === undefined ? undefined : propsOf(b as JsonSchema)[head];
    // a rule that refuses the field outright (`not: {}`, onlyWhen) refuses a placeholder as well
    if (!rule || 'not' in rule) return b;
    return { ...(b as JsonSchema), properties: { ...propsOf(b as JsonSchema), [head]: fn(rule) } };
  };
  const allOf = (schema.allOf as JsonSchema[]).map((c) => ({
    ...c,
    ...(c.then ? { then: branch(c.then) } : {}),
    ...(c.else ? { else: branch(c.else) } : {}),
  }));
  return { ...out, allOf };
}

/** A secret's schema, or `${env:NAME}`; description and default stay on top where editors look. */
function secretOrPlaceholder(secret: JsonSchema): JsonSchema {
  const { description, default: byDefault, ...rules } = secret;
  return {
    ...(description !== undefined
      ? { description: `${String(description)} May be written as \${env:NAME}.` }
      : {}),
    ...(byDefault !== undefined ? { default: byDefault } : {}),
    anyOf: [rules, ENV_PLACEHOLDER],
  };
}

/** The band fields among an object's properties (the model marks them at the top of a body). */
function bandFields(schema: JsonSchema): Map<FirmwareBand, string[]> {
  const out = new Map<FirmwareBand, string[]>();
  for (const [field, prop] of Object.entries(propsOf(schema))) {
    const band = prop['x-firmware'] as FirmwareBand | undefined;
    if (band) out.set(band, [...(out.get(band) ?? []), field]);
  }
  return out;
}

/** One alternative per band, each refusing the other bands' fields (an object with none fits both). */
function withBandAlternatives(schema: JsonSchema): JsonSchema {
  const fields = bandFields(schema);
  if (fields.size < 2) return schema;
  const alternatives = FIRMWARE_BANDS.map(({ band }) => {
    const others = [...fields].filter(([b]) => b !== band).flatMap(([, f]) => f);
    return {
      title: `SPS ${bandName(band)}`,
      description: `The fields of SPS ${bandName(band)}: ${(fields.get(band) ?? []).join(', ')}.`,
      not: { anyOf: others.map((f) => ({ required: [f] })) },
      errorMessage: `mixes the fields of two firmware bands: write the object for the band the appliance runs`,
    };
  });
  return { ...schema, anyOf: alternatives };
}

/** The document-form schema of one object of a kind, as an editor should see it. */
function editorObjectSchema(kind: KindDef): JsonSchema {
  let schema = desiredObjectSchema(kind);
  for (const field of secretFields(kind)) schema = rewriteAt(schema, field.path, secretOrPlaceholder);
  return withBandAlternatives(schema);
}

/** pass_through: refused endpoints named, one of objects/singleton, connection policies typed. */
function editorPassThroughSchema(base: JsonSchema): JsonSchema {
  const entry = base.additionalProperties as JsonSchema;
  // in a branch of its own, so that its message speaks for this rule only (editors show
  // `errorMessage` for every failure of the schema that carries it)
  const oneShape = {
    ...entry,
    allOf: [
      {
        oneOf: [
          { required: ['objects'], not: { required: ['singleton'] } },
          { required: ['singleton'], not: { required: ['objects'] } },
        ],
        errorMessage: 'declare either "objects" (a collection, by name) or "singleton" (one body), not both',
      },
    ],
  };
  const known: Props = {};
  for (const [endpoint, { title, schema }] of KNOWN_PASS_THROUGH) {
    const { name: _name, ...body } = propsOf(schema);
    void _name;
    const objects = propsOf(entry).objects;
    known[endpoint] = {
      ...oneShape,
      description: `${title}s: their confirmed common fields are checked, every other field is passed through.`,
      properties: {
        ...propsOf(entry),
        objects: { ...objects, additionalProperties: { ...schema, properties: body } },
      },
    };
  }
  const refused = [...KINDS.map((k) => relativeEndpoint(k.endpoint)), ...READ_ONLY_ENDPOINTS.keys()];
  return {
    ...base,
    propertyNames: {
      ...(base.propertyNames as JsonSchema),
      not: { enum: refused.sort() },
      errorMessage:
        'must be a configuration endpoint relative to /api/configuration that no typed kind covers and that is not read-only',
    },
    properties: known,
    additionalProperties: oneShape,
  };
}

/** Annotation keywords of the model, as the shipped schema spells them (undefined: dropped). */
function publicKeyword(keyword: string): string | undefined {
  if (keyword === 'x-message') return 'errorMessage';
  return keyword.startsWith('x-') ? undefined : keyword;
}

/** Keywords whose value maps names to schemas (a property named `x-…` is a name, not a keyword). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions']);
/** Keywords whose value is a value, never a schema: copied as it is. */
const VALUES = new Set(['enum', 'const', 'default', 'examples', 'required']);

function publicAnnotations(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(publicAnnotations);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const name = publicKeyword(key);
    if (v === undefined || name === undefined || (name === 'errorMessage' && 'errorMessage' in out)) continue;
    if (VALUES.has(key)) out[name] = v;
    else if (SCHEMA_MAPS.has(key))
      out[name] = Object.fromEntries(Object.entries(v as Props).map(([n, s]) => [n, publicAnnotations(s)]));
    else out[name] = publicAnnotations(v);
  }
  return out;
}

export const DOCUMENT_SCHEMA_FILE = 'schema/desired-document.schema.json';

/** The desired-state document's JSON Schema (draft-07), for editors and any JSON Schema validator. */
export function documentJsonSchema(version: string): JsonSchema {
  const base = desiredDocumentSchema();
  const properties: Props = { ...propsOf(base) };
  for (const kind of MANAGED_KINDS) {
    const object = editorObjectSchema(kind);
    const current = properties[kind.name];
    properties[kind.name] =
      kind.shape === 'collection' ? { ...current, additionalProperties: object } : object;
  }
  properties.pass_through = editorPassThroughSchema(properties.pass_through);
  return publicAnnotations({
    ...base,
    description:
      `The desired configuration of one One Identity Safeguard for Privileged Sessions appliance, as ` +
      `sps plan / sps apply read it (sps-iac ${version}; generated from the model, printed by sps schema).`,
    properties,
  }) as JsonSchema;
}

/** The schema as the package ships it and `sps schema` prints it: the same bytes. */
export function documentJsonSchemaText(version: string): string {
  return JSON.stringify(documentJsonSchema(version), null, 2) + '\n';
}
