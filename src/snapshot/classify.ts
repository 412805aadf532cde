/**
 * What each walked path is. The API answers a list (`items`) for two different things: a directory
 * of endpoints (`/api/configuration/policies`) and a collection of objects (`…/audit_policies`);
 * nothing in one answer says which (sps-api.md §3.4). The reading below uses, in this order:
 *   1. the model: an endpoint it types as a collection is one;
 *   2. a list whose items are lists themselves is a directory;
 *   3. a list whose items carry their bodies is a collection (8.0 LTS lists do; directories never);
 *   4. an empty list is a collection (a directory always has children);
 *   5. a list naming an endpoint the model types as a singleton is a directory;
 *   6. a list whose keys are all object ids (`-200`, SPS hex ids, UUIDs) is a collection;
 *   7. otherwise its items are named singletons and the list a directory.
 * Rules 3 to 7 are inferences, not documented facts; each record keeps the rule it came from
 * (`evidence`), and a misreading changes only which writes the twin accepts, never what it serves.
 */
import { KINDS } from '../model';
import type { CapturedObject, EndpointRecord } from './format';
import type { Answer } from './walk';

/** Built-ins (`-200`), SPS-style hex ids and UUIDs: keys of objects, never names of endpoints. */
export const OBJECT_ID =
  /^(-\d+|[0-9a-f]{16,}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

const typedAt = (path: string) => KINDS.find((k) => k.endpoint === path);

type ListAnswer = Extract<Answer, { kind: 'list' }>;

export function classifyList(
  path: string,
  list: ListAnswer,
  answers: ReadonlyMap<string, Answer>,
): { shape: 'collection' | 'directory'; evidence: string } {
  const typed = typedAt(path);
  if (typed && typed.shape !== 'singleton') return { shape: 'collection', evidence: 'the model types it' };
  if (list.items.some((i) => answers.get(i.path)?.kind === 'list'))
    return { shape: 'directory', evidence: 'its items are lists' };
  if (list.items.some((i) => i.hasBody)) return { shape: 'collection', evidence: 'its items carry bodies' };
  if (list.items.length === 0)
    return { shape: 'collection', evidence: 'an empty list (a directory always has children)' };
  if (list.items.some((i) => typedAt(i.path)?.shape === 'singleton'))
    return { shape: 'directory', evidence: 'it lists an endpoint the model types as a singleton' };
  if (list.items.every((i) => OBJECT_ID.test(i.key)))
    return { shape: 'collection', evidence: 'its keys are object ids' };
  return { shape: 'directory', evidence: 'its items are named objects: read as singletons' };
}

/** The snapshot's records: one per endpoint; a collection's objects inside its own record. */
export function recordsOf(answers: ReadonlyMap<string, Answer>): Map<string, EndpointRecord> {
  const records = new Map<string, EndpointRecord>();
  const consumed = new Set<string>(); // object paths taken into their collection's record
  for (const [path, answer] of answers) {
    if (answer.kind !== 'list') continue;
    const { shape, evidence } = classifyList(path, answer, answers);
    const allow = answer.allow ? { allow: answer.allow } : {};
    if (shape === 'directory') {
      records.set(path, { answer: 'directory', children: answer.items.map((i) => i.key), ...allow });
      continue;
    }
    const objects: CapturedObject[] = [];
    const unreadable: { key: string; status: number; type?: string }[] = [];
    let itemAllow: readonly string[] | undefined;
    for (const item of answer.items) {
      const got = answers.get(item.path);
      consumed.add(item.path);
      if (got?.kind === 'body') {
        objects.push({ key: item.key, body: got.body });
        itemAllow ??= got.allow;
      } else if (got?.kind === 'error')
        unreadable.push({ key: item.key, status: got.status, ...(got.type ? { type: got.type } : {}) });
    }
    records.set(path, {
      answer: 'collection',
      evidence,
      ...allow,
      ...(itemAllow ? { itemAllow } : {}),
      ...(answer.items.some((i) => i.hasBody) ? { listsBodies: true } : {}),
      objects,
      ...(unreadable.length ? { unreadable } : {}),
    });
  }
  for (const [path, answer] of answers) {
    if (consumed.has(path) || answer.kind === 'list') continue;
    records.set(path, recordOf(answer));
  }
  return new Map([...records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function recordOf(answer: Exclude<Answer, ListAnswer>): EndpointRecord {
  switch (answer.kind) {
    case 'body':
      return {
        answer: 'singleton',
        key: answer.key,
        ...(answer.allow ? { allow: answer.allow } : {}),
        body: answer.body,
      };
    case 'error':
      return {
        answer: 'error',
        status: answer.status,
        ...(answer.type !== undefined ? { type: answer.type } : {}),
        ...(answer.message !== undefined ? { message: answer.message } : {}),
      };
    case 'skipped':
      return { answer: 'not-fetched', reason: answer.reason };
    default:
      return { answer: 'unrecognized', ...(answer.allow ? { allow: answer.allow } : {}), json: answer.json };
  }
}
