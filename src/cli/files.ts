/**
 * Files that hold the live configuration (exports, saved plans, state files) are readable by their
 * owner only, and written through a temporary file that is created exclusively (never an existing
 * file, never through a planted symlink) and then renamed into place, so an interrupted write never
 * leaves half a file and a reader never sees one.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync, constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { SpsCliError } from './errors';

const PRIVATE = 0o600;

/** As writeFilePrivately, failing with an SpsCliError that names the file and what it was for. */
export function writePrivateFile(file: string, text: string, what: string): void {
  try {
    writeFilePrivately(file, text);
  } catch (err) {
    throw new SpsCliError(
      'SPS_CLI_OUTPUT',
      `cannot write the ${what} to ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
}

export function writeFilePrivately(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  // O_EXCL fails on any existing path, symlinks included; O_NOFOLLOW makes that explicit
  const fd = openSync(
    tmp,
    constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
    PRIVATE,
  );
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    unlinkSync(tmp);
    throw err;
  }
  closeSync(fd);
  try {
    renameSync(tmp, file); // replaces a symlink at `file` itself, never its target
  } catch (err) {
    unlinkSync(tmp);
    throw err;
  }
}
