/** YAML (YAML 1.2 is a superset of JSON), read with the limits the JSON parser enforces as it reads. */
import { LineCounter, isSeq, parseDocument, type Document } from 'yaml';
import {
  MAX_DEPTH,
  MAX_STRING_LENGTH,
  UNSAFE_KEY_MESSAGE,
  escapePointer,
  nearest,
  refuse,
  unsafeKey,
  type Position,
  type ReadOptions,
  type SourceDocument,
} from './text';

/** YAML aliases expanded at most this many times (the yaml package's own guard, named). */
const MAX_ALIAS_COUNT = 100;

export function readYaml(text: string, shown: string, options: ReadOptions = {}): SourceDocument {
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
  checkShape(value, shown, locate, options);
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
function checkShape(
  value: unknown,
  shown: string,
  locate: (pointer: string) => Position | undefined,
  options: ReadOptions,
): void {
  const stack: { v: unknown; pointer: string; depth: number }[] = [{ v: value, pointer: '', depth: 0 }];
  while (stack.length) {
    const { v, pointer, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) refuse(shown, locate(pointer), `nested deeper than ${MAX_DEPTH} levels`);
    if (typeof v === 'string' && v.length > MAX_STRING_LENGTH && !options.longStringAt?.(pointer))
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
