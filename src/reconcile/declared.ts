/**
 * Field ownership with memory (Kubernetes server-side apply's field managers): what a document
 * declared at the last apply, object by object, as the shape of each body — its keys, nested, values
 * left out. A field declared then and no longer declared now is released: the next write leaves it
 * out, so the appliance applies its own default. Without a record, a field the document leaves out
 * is simply not managed and kept as it is.
 *
 * The record is kept where the caller keeps what it applied (a CLI `--state` file, Terraform's private
 * state). Objects of one kind mostly share a shape, so shapes are stored once and objects point at them.
 */
import {
  isJsonObject,
  itemSchema,
  propertySchema,
  switchesVariant,
  toPointer,
  type JsonObject,
  type JsonSchema,
  type JsonValue,
  type KindName,
} from '../model';

/** `true`: a value was declared there; an object: its keys were; an array: its items, by position. */
export type Shape = true | { readonly [key: string]: Shape } | readonly Shape[];

/** Shapes, each once, and which object declared which (`<kind>\u0000<name>` → index). */
export interface DeclaredRecord {
  readonly shapes: readonly Shape[];
  readonly objects: Readonly<Record<string, number>>;
}

export type DeclaredBefore = (kind: KindName, name: string) => Shape | undefined;

const objectId = (kind: KindName, name: string): string => `${kind}\u0000${name}`;

export function shapeOf(value: JsonValue): Shape {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (!isJsonObject(value)) return true;
  const out: Record<string, Shape> = {};
  for (const [k, v] of Object.entries(value)) out[k] = shapeOf(v);
  return out;
}

/** What `desired` declares, to record after its apply (its objects, `eachObject(desired)`). */
export function declaredRecordOf(
  declared: Iterable<{
    readonly kind: { readonly name: KindName };
    readonly name: string;
    readonly body: JsonObject;
  }>,
): DeclaredRecord {
  const shapes: Shape[] = [];
  const index = new Map<string, number>();
  const objects: Record<string, number> = {};
  for (const { kind, name, body } of declared) {
    const { name: _name, ...rest } = body;
    void _name;
    const shape = shapeOf(rest);
    const text = JSON.stringify(shape);
    let i = index.get(text);
    if (i === undefined) {
      i = shapes.push(shape) - 1;
      index.set(text, i);
    }
    objects[objectId(kind.name, name)] = i;
  }
  return { shapes, objects };
}

/** A record read back (a file, private state); undefined for anything that is not one. */
export function declaredBeforeOf(record: unknown): DeclaredBefore | undefined {
  if (!isJsonObject(record as JsonValue)) return undefined;
  const { shapes, objects } = record as unknown as DeclaredRecord;
  if (!Array.isArray(shapes) || !isJsonObject(objects as unknown as JsonValue)) return undefined;
  return (kind, name) => {
    const i = objects[objectId(kind, name)];
    return typeof i === 'number' ? shapes[i] : undefined;
  };
}

/**
 * JSON pointers (inside the body) of what `before` declared, `desired` no longer declares and the
 * live body holds: the topmost of each released subtree. Where the document now selects another
 * variant (`selection`, `type`), the nested object is written whole and nothing is released in it.
 */
export function releasedPaths(
  schema: JsonSchema | undefined,
  before: Shape | undefined,
  desired: JsonValue | undefined,
  live: JsonValue | undefined,
  at: string[] = [],
  out: string[] = [],
): string[] {
  if (before === undefined || live === undefined) return out;
  if (desired === undefined) {
    out.push(toPointer(at));
    return out;
  }
  if (before === true) return out;
  if (Array.isArray(before)) {
    if (!Array.isArray(desired) || !Array.isArray(live)) return out;
    const items = itemSchema(schema);
    for (let i = 0; i < Math.min(before.length, desired.length, live.length); i++) {
      at.push(String(i));
      releasedPaths(items, before[i], desired[i], live[i], at, out);
      at.pop();
    }
    return out;
  }
  if (!isJsonObject(desired) || !isJsonObject(live) || switchesVariant(schema, live, desired)) return out;
  for (const [key, shape] of Object.entries(before as Record<string, Shape>)) {
    at.push(key);
    releasedPaths(propertySchema(schema, key), shape, desired[key], live[key], at, out);
    at.pop();
  }
  return out;
}

/** `body` without the released fields (a copy). */
export function withoutReleased(body: JsonObject, released: readonly string[]): JsonObject {
  if (released.length === 0) return body;
  const out = structuredClone(body);
  for (const pointer of released) {
    const segments = pointer
      .slice(1)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let node: JsonValue | undefined = out;
    for (const s of segments.slice(0, -1))
      node = Array.isArray(node) ? node[Number(s)] : isJsonObject(node) ? node[s] : undefined;
    if (isJsonObject(node)) delete node[segments[segments.length - 1]];
  }
  return out;
}
