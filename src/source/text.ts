/**
 * Where a value of a document's text starts, and the refusal every reader of a document's text
 * throws: it names the place (`file:line:column`) and never quotes the text, which may hold a secret.
 */
import { SpsError } from '../client';
import type { DocumentIssue } from '../reconcile/errors';

/** Deeper than any desired document; far below what would exhaust the stack. */
export const MAX_DEPTH = 64;
/** Longer than any name, path, pattern or PEM an SPS body holds. */
export const MAX_STRING_LENGTH = 65_536;
/** A document of tens of thousands of objects fits easily. */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** What a reader may let through that a document may not hold. */
export interface ReadOptions {
  /**
   * Whether the string at this JSON pointer may be longer than MAX_STRING_LENGTH: a document embedded
   * as one string (cdktf synth output's `sps_document`), which is then read with every limit itself.
   */
  readonly longStringAt?: (pointer: string) => boolean;
}

export interface SourceDocument {
  readonly value: unknown;
  /** Where the value at a JSON pointer starts (or the nearest enclosing value that exists). */
  locate(pointer: string): Position | undefined;
}

/** The text of a document cannot be read: not UTF-8, not JSON/YAML, too deep, duplicate keys, … */
export class SpsSourceError extends SpsError {
  readonly code = 'SPS_SOURCE_TEXT';
  readonly retryable = false;
  constructor(
    message: string,
    readonly issues: readonly DocumentIssue[],
    /** The document as shown to the user (a file name, an attribute). */
    readonly source: string,
  ) {
    super(message);
  }
}

export function refuse(shown: string, at: Position | undefined, message: string): never {
  const where = at ? `:${at.line}:${at.column}` : '';
  throw new SpsSourceError(
    `${shown}${where}: ${message}`,
    [{ path: '', message, ...(at ? { line: at.line, column: at.column } : {}) }],
    shown,
  );
}

export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export const unsafeKey = (key: string): boolean => key === '__proto__';
export const UNSAFE_KEY_MESSAGE =
  'the key "__proto__" cannot be used (it is reserved in the JavaScript runtime this tool runs on); rename the object';

export const escapePointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The position of `pointer`, or of its nearest ancestor that has one. */
export function nearest(
  pointer: string,
  lookup: (pointer: string) => number | undefined,
  toPosition: (offset: number) => Position,
): Position | undefined {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const offset = lookup(p);
    if (offset !== undefined) return toPosition(offset);
    if (p === '') return undefined;
  }
}
