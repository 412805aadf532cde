/**
 * What the appliance serves, against what the model knows: which configuration endpoints the model
 * types, which can be declared as pass-through, which are read-only or unreadable; and which live
 * objects of typed kinds carry fields the model does not know. Read from a snapshot capture.
 */
import {
  MANAGED_KINDS,
  READ_ONLY_ENDPOINTS,
  isJsonObject,
  itemSchema,
  propertySchema,
  relativeEndpoint,
  type JsonSchema,
  type JsonValue,
} from '../model';
import { typedKindAt, type EndpointRecord, type SnapshotFile } from '../snapshot';
import { finding, type Finding } from './findings';

/** At most this many names per detail line (a real appliance has about fifty endpoints: all shown). */
const LIST_MAX = 100;

const listed = (names: readonly string[]): string =>
  names.length <= LIST_MAX
    ? names.join(', ')
    : `${names.slice(0, LIST_MAX).join(', ')}, … (${names.length - LIST_MAX} more)`;

const writable = (r: EndpointRecord): boolean =>
  (r.answer === 'collection' || r.answer === 'singleton') &&
  (r.allow === undefined || r.allow.some((v) => v === 'POST' || v === 'PUT'));

/** Endpoints the model has no kind for that a document may declare under `pass_through`. */
export function passThroughEndpoints(
  s: SnapshotFile,
): { endpoint: string; shape: 'collection' | 'singleton' }[] {
  return Object.entries(s.endpoints).flatMap(([path, r]) =>
    (r.answer === 'collection' || r.answer === 'singleton') &&
    !typedKindAt(path) &&
    writable(r) &&
    !READ_ONLY_ENDPOINTS.has(relativeEndpoint(path))
      ? [{ endpoint: relativeEndpoint(path), shape: r.answer }]
      : [],
  );
}

export function endpointFindings(s: SnapshotFile): Finding[] {
  const typed: string[] = [];
  const readOnly: string[] = [];
  const unreadable: string[] = [];
  const unreadableTyped: string[] = [];
  for (const [path, r] of Object.entries(s.endpoints)) {
    const name = relativeEndpoint(path);
    if (r.answer === 'error')
      (typedKindAt(path) ? unreadableTyped : unreadable).push(`${name} (${r.status})`);
    if (r.answer === 'collection' && r.unreadable?.length)
      unreadable.push(`${r.unreadable.length} object(s) of ${name} (${r.unreadable[0].status})`);
    if (r.answer !== 'collection' && r.answer !== 'singleton') continue;
    if (typedKindAt(path)) typed.push(name);
    else if (!writable(r) || READ_ONLY_ENDPOINTS.has(name)) readOnly.push(name);
  }
  const passThrough = passThroughEndpoints(s).map((e) => e.endpoint);
  const absent = MANAGED_KINDS.filter((k) => !(k.endpoint in s.endpoints)).map((k) =>
    relativeEndpoint(k.endpoint),
  );
  const out: Finding[] = [
    finding(
      'endpoints',
      'info',
      `${typed.length + passThrough.length + readOnly.length} configuration endpoints: ${typed.length} typed by the model, ` +
        `${passThrough.length} to declare under pass_through, ${readOnly.length} read-only, ${unreadable.length + unreadableTyped.length} unreadable`,
      {
        details: [
          `typed: ${listed(typed)}`,
          ...(passThrough.length ? [`pass-through: ${listed(passThrough)}`] : []),
          ...(readOnly.length ? [`read-only: ${listed(readOnly)}`] : []),
          ...(unreadable.length ? [`unreadable: ${listed(unreadable)}`] : []),
        ],
      },
    ),
  ];
  if (unreadableTyped.length)
    out.push(
      finding(
        'endpoints.typed-unreadable',
        'warning',
        `the user cannot read endpoints the model types: ${listed(unreadableTyped)}`,
        {
          action: "a plan touching these kinds fails: give the user's group read privileges for them",
        },
      ),
    );
  if (absent.length)
    out.push(
      finding(
        'endpoints.typed-absent',
        'warning',
        `the appliance does not serve endpoints the model types: ${listed(absent)}`,
        {
          action:
            'a document declaring these kinds cannot be applied here (another firmware?); leave them out of its documents',
        },
      ),
    );
  return out;
}

/** Objects of typed kinds with fields outside the model, and which fields (pointers, `*` for list items). */
export function unknownFieldFindings(s: SnapshotFile): Finding[] {
  let objects = 0;
  let withUnknown = 0;
  const details: string[] = [];
  for (const [path, r] of Object.entries(s.endpoints)) {
    const kind = typedKindAt(path);
    if (!kind || kind.shape === 'read-only') continue;
    const bodies =
      r.answer === 'collection' ? r.objects.map((o) => o.body) : r.answer === 'singleton' ? [r.body] : [];
    const counts = new Map<string, number>();
    for (const body of bodies) {
      objects += 1;
      const found = new Set(unknownPaths(kind.schema, kind.writtenForm(body), ''));
      if (found.size) withUnknown += 1;
      for (const p of found) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    if (counts.size) details.push(`${kind.name}: ${listed([...counts].map(([p, n]) => `${p} (${n})`))}`);
  }
  if (withUnknown === 0)
    return [
      finding(
        'objects.unknown-fields',
        'ok',
        `none of ${objects} objects of typed kinds carries a field the model does not know`,
      ),
    ];
  return [
    finding(
      'objects.unknown-fields',
      'info',
      `${withUnknown} of ${objects} objects of typed kinds carry fields the model does not know; every plan and apply keeps them as they are`,
      {
        details,
        action: 'nothing to do; to have them typed, attach `sps snapshot --anonymize` to an issue',
      },
    ),
  ];
}

function unknownPaths(schema: JsonSchema | undefined, value: JsonValue, at: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => unknownPaths(itemSchema(schema), v, `${at}/*`));
  if (!isJsonObject(value)) return [];
  return Object.entries(value).flatMap(([key, v]) => {
    const sub = propertySchema(schema, key);
    const here = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return sub === undefined ? [here] : unknownPaths(sub, v, here);
  });
}
