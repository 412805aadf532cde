/**
 * Downloading an audit trail (`GET /api/audit/sessions/<id>/audit_trail`, `?format=srs` for follow
 * mode; seeds/001) to a file: streamed to disk as it arrives (never held in memory: trails run to
 * hundreds of MB), into a temporary file beside the target (0600: a trail records what an
 * administrator typed and saw) that is renamed into place only when every byte arrived, so the target
 * is never half a trail. When the appliance refuses, the session's own record says why: not recorded,
 * still active, archived where the appliance cannot reach it, or no permission.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  createWriteStream,
  existsSync,
  fsyncSync,
  linkSync,
  openSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { SpsClient } from '../client';
import { SpsApiError } from '../core/errors';
import { SpsSessionSearchError } from './errors';
import { fieldOf } from './query';

export interface TrailOptions {
  /** `srs` downloads an ongoing session for follow mode.  @default 'zat' */
  readonly format?: 'zat' | 'srs';
  /** Replace an existing file.  @default false */
  readonly overwrite?: boolean;
  readonly onProgress?: (done: number, total: number | undefined) => void;
  readonly signal?: AbortSignal;
}

/** The ID as the REST API takes it: log messages write `svc/…/ssh_demo2:2`, REST calls `svc-…-ssh_demo2-2`. */
export function restSessionId(id: string): string {
  return id.trim().replace(/[^A-Za-z0-9_-]/g, '-');
}

export async function downloadTrail(
  client: SpsClient,
  id: string,
  file: string,
  opts: TrailOptions = {},
): Promise<{ readonly bytes: number }> {
  const key = restSessionId(id);
  const path = `/api/audit/sessions/${encodeURIComponent(key)}/audit_trail${opts.format === 'srs' ? '?format=srs' : ''}`;
  let res;
  try {
    res = await client.stream(path, opts.signal ? { signal: opts.signal } : {});
  } catch (err) {
    if (err instanceof SpsApiError) throw await explain(client, key, opts.format ?? 'zat', err);
    throw err;
  }
  const length = Number(res.headers['content-length']);
  const total = Number.isFinite(length) ? length : undefined;
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.part`);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  let fd: number;
  try {
    if (!opts.overwrite) refuseExisting(file);
    fd = openSync(tmp, flags, 0o600);
  } catch (err) {
    res.body.destroy();
    throw err;
  }
  let bytes = 0;
  const count = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      opts.onProgress?.(bytes, total);
      done(null, chunk);
    },
  });
  try {
    await pipeline(res.body, count, createWriteStream('', { fd, autoClose: false }));
    if (total !== undefined && bytes !== total)
      throw new SpsSessionSearchError(
        'trail',
        `the download of ${key} ended after ${bytes} of ${total} bytes`,
      );
    fsyncSync(fd);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  } finally {
    closeQuietly(fd);
  }
  if (opts.overwrite) renameSync(tmp, file);
  else {
    // a link fails on any existing path: the target appears whole, and nothing there is replaced
    try {
      linkSync(tmp, file);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw exists(file);
      throw err;
    } finally {
      rmSync(tmp, { force: true });
    }
  }
  return { bytes };
}

function refuseExisting(file: string): void {
  if (existsSync(file)) throw exists(file);
}

const exists = (file: string) =>
  new SpsSessionSearchError('trail', `${file} exists; choose another file or replace it (--force)`);

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

/** Why a trail cannot be had, from the session's own record (the refusal's status alone does not say). */
async function explain(client: SpsClient, key: string, format: string, err: SpsApiError): Promise<Error> {
  const said = err.spsMessage ? ` (${err.spsMessage})` : '';
  const fail = (why: string) =>
    new SpsSessionSearchError('trail', `the audit trail of ${key} ${why}`, err.status, { cause: err });
  if (err.status === 401 || err.status === 403)
    return fail(`cannot be downloaded by this user: HTTP ${err.status}${said}`);
  const record = await client.readPath(`/api/audit/sessions/${encodeURIComponent(key)}`);
  if (record.status === 404) return fail(`cannot be downloaded: the appliance has no session ${key}`);
  const body = record.json?.body;
  if (record.status === 200 && body) {
    if (fieldOf(body, 'active') === true && format !== 'srs')
      return fail(
        'is not complete: the session is still active; download it in follow mode with --format srs',
      );
    if (fieldOf(body, 'recording.audit_trail') === undefined)
      return fail('does not exist: the session was not recorded (no audit trail)');
    if (fieldOf(body, 'recording.archived') === true)
      return fail(`is archived, and the appliance cannot reach the archive it is in${said}`);
  }
  return fail(`cannot be downloaded: HTTP ${err.status}${said}`);
}
