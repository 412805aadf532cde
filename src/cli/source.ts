/**
 * Reading a document file: its bytes, through the strict reader of src/source (positions for every
 * value, every refusal naming file:line:column); a refusal is the CLI's input error.
 */
import { readFileSync, statSync } from 'node:fs';
import {
  MAX_TEXT_BYTES,
  SpsSourceError,
  parseSourceBytes,
  type ReadOptions,
  type SourceDocument,
} from '../source';
import { SpsCliError } from './errors';

export { MAX_DEPTH, MAX_STRING_LENGTH, type Position, type SourceDocument } from '../source';
export const MAX_FILE_BYTES = MAX_TEXT_BYTES;

export function readSource(
  file: string,
  shown: string,
  format: 'json' | 'yaml',
  options: ReadOptions = {},
): SourceDocument {
  let bytes: Buffer;
  try {
    if (statSync(file).size > MAX_FILE_BYTES)
      throw new SpsCliError(
        'SPS_CLI_INPUT',
        `${shown}: larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; split the configuration`,
        [{ path: '', message: `larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; split the configuration` }],
        shown,
      );
    bytes = readFileSync(file);
  } catch (err) {
    if (err instanceof SpsCliError) throw err;
    throw new SpsCliError(
      'SPS_CLI_INPUT',
      `cannot read ${shown} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  try {
    return parseSourceBytes(bytes, shown, format, options);
  } catch (err) {
    if (err instanceof SpsSourceError) throw new SpsCliError('SPS_CLI_INPUT', err.message, err.issues, shown);
    throw err;
  }
}
