/**
 * Reading a desired-state document's text safely, before anything else looks at it: text that is not
 * UTF-8 (a UTF-16 file, stray bytes), JSON with duplicate keys (where the last one would silently
 * win), nesting deep enough to exhaust the stack, YAML alias bombs, absurdly long strings and keys
 * that JavaScript objects cannot hold (`__proto__`) are each refused with the place: the file (or
 * attribute), the line and the column. Errors never quote the text (it may hold a secret).
 *
 * Every value also keeps where it came from, so later errors (schema, references) can name
 * `file:line:column` for a JSON pointer (`locate`). The CLI reads files with it, the provider the
 * `document` attribute.
 */
import { readJson } from './json';
import { MAX_TEXT_BYTES, refuse, type Position, type ReadOptions, type SourceDocument } from './text';
import { readYaml } from './yaml';

export { MAX_DEPTH, MAX_STRING_LENGTH, MAX_TEXT_BYTES, SpsSourceError } from './text';
export type { Position, ReadOptions, SourceDocument } from './text';

/** A document from its bytes: JSON when `format` says so, YAML otherwise. */
export function parseSourceBytes(
  bytes: Buffer,
  shown: string,
  format: 'json' | 'yaml',
  options: ReadOptions = {},
): SourceDocument {
  if (bytes.length > MAX_TEXT_BYTES)
    refuse(shown, undefined, `larger than ${MAX_TEXT_BYTES / 1024 / 1024} MiB; split the configuration`);
  const text = decodeUtf8(bytes, shown);
  return format === 'json' ? readJson(text, shown, options) : readYaml(text, shown, options);
}

/** A document from a string (a Terraform attribute): JSON when it starts with `{`, YAML otherwise. */
export function parseSourceText(text: string, shown: string): SourceDocument {
  return parseSourceBytes(Buffer.from(text, 'utf8'), shown, /^\s*\{/.test(text) ? 'json' : 'yaml');
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
