/**
 * `resource.sps_document.<id>.document` of cdktf synth output, read as Terraform and the provider read
 * it: the string evaluated as a Terraform template (`${var.NAME}`, `${jsonencode(var.NAME)}`, `$${`),
 * then the text it gives read with the strict document reader (src/source), as the provider reads the
 * attribute.
 *
 * Positions (decision): every finding names its place in the synth output file, where the user can
 * go — `cdk.tf.json:LINE:COLUMN`, the line of the `document` attribute (cdktf writes the string on one
 * line) and the column of the character inside it (a character a variable gave is named at its
 * `${`). The document's own line:column (what `terraform plan` names, as `document:line:column`) is
 * of text that exists only after Terraform evaluated the template. The column assumes the string is
 * escaped as JSON.stringify escapes it, as cdktf writes it; a hand-edited file with other escapes
 * (`\/`, `\u0041`) is named a little off, on the right line.
 */
import type { JsonValue } from '../model';
import { SpsSourceError, parseSourceText, type Position, type SourceDocument } from '../source';
import { evaluateTemplate, type TemplateContext } from './terraform-template';

export interface EmbeddedDocument {
  /** The document as the provider would read it (any JSON value: the model checks its shape). */
  readonly value: unknown;
  /** Where the value at a JSON pointer of the document is in the file. */
  readonly locate: (pointer: string) => Position | undefined;
}

export interface PlacedProblem {
  readonly path: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * The document a `document` attribute holds, or undefined with the problems in `problems`.
 * `at`: where the attribute's string starts in the file (its opening quote).
 */
export function readEmbeddedDocument(
  template: JsonValue | undefined,
  at: Position | undefined,
  ctx: TemplateContext,
  problems: PlacedProblem[],
): EmbeddedDocument | undefined {
  if (typeof template !== 'string') {
    problems.push({
      path: '/document',
      message: 'must be a string: the desired document, YAML or JSON',
      ...at,
    });
    return undefined;
  }
  const column = at && columnsIn(template, at);
  const place = (templateOffset: number) => column?.(templateOffset) ?? {};
  const evaluated = evaluateTemplate(template, ctx);
  if ('problem' in evaluated) {
    problems.push({ path: '/document', message: evaluated.problem, ...place(evaluated.at) });
    return undefined;
  }
  if (typeof evaluated.value !== 'string') {
    problems.push({
      path: '/document',
      message: 'must be a string (the template gives a non-string)',
      ...at,
    });
    return undefined;
  }
  const text = evaluated.value;
  const lineStarts = startsOfLines(text);
  // a position in the evaluated text → its offset there → the template → the file
  const inFile = (p: Position | undefined): Position | undefined => {
    if (!p || !column) return undefined;
    const offset = (lineStarts[p.line - 1] ?? text.length) + p.column - 1;
    return column(evaluated.templateOffset(offset));
  };
  let source: SourceDocument;
  try {
    source = parseSourceText(text, 'document');
  } catch (err) {
    if (!(err instanceof SpsSourceError)) throw err;
    for (const issue of err.issues) {
      const where =
        issue.line === undefined ? undefined : inFile({ line: issue.line, column: issue.column ?? 1 });
      problems.push({ path: '/document', message: issue.message, ...(where ?? at) });
    }
    return undefined;
  }
  return { value: source.value, locate: (pointer) => inFile(source.locate(pointer)) ?? at };
}

function startsOfLines(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Characters between cumulative counts: each lookup escapes at most this many. */
const CHUNK = 1024;

/**
 * The file position of character `offset` of the string (decoded) that starts at `at`: the line of
 * its opening quote, the column after the escaped form of the characters before it.
 */
function columnsIn(decoded: string, at: Position): (offset: number) => Position {
  const escapedBefore: number[] = [0]; // escapedBefore[k]: escaped length of decoded[0, k·CHUNK)
  return (offset) => {
    for (let k = escapedBefore.length; k * CHUNK <= offset; k++)
      escapedBefore.push(escapedBefore[k - 1] + escapedLength(decoded, (k - 1) * CHUNK, k * CHUNK));
    const k = Math.floor(offset / CHUNK);
    const length = escapedBefore[k] + escapedLength(decoded, k * CHUNK, offset);
    return { line: at.line, column: at.column + 1 + length };
  };
}

/** How many characters JSON.stringify writes for decoded[from, to) (the quotes aside). */
function escapedLength(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to && i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c || c === 0x08 || c === 0x0c || c === 0x0a || c === 0x0d || c === 0x09)
      n += 2;
    else if (c < 0x20) n += 6;
    else if (isHigh(c)) n += isLow(s.charCodeAt(i + 1)) ? 1 : 6;
    else if (isLow(c)) n += isHigh(s.charCodeAt(i - 1)) ? 1 : 6;
    else n += 1;
  }
  return n;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
