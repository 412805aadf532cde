/**
 * A GET whose body is streamed to the caller rather than parsed: audit trails (hundreds of MB) and
 * CSV pages. It carries the session cookie (logging in first when there is none, and once more after
 * a 401, as every other read does); an HTTP error is read (at most 64 KiB) and thrown as SpsApiError
 * with the SPS `error` type and message, redacted like every other error.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type { Session } from '../auth';
import { SpsApiError } from '../core/errors';
import type { Redactor } from '../core/redact';
import type { Transport } from '../transport';

export interface StreamedResponse {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** Read it to the end, or destroy it: the connection is held until then. */
  readonly body: Readable;
}

const ERROR_BODY_LIMIT = 64 * 1024;

export async function openStream(
  transport: Transport,
  session: Session,
  redactor: Redactor,
  path: string,
  signal?: AbortSignal,
): Promise<StreamedResponse> {
  for (let attempt = 0; ; attempt++) {
    const cookie = await session.cookieHeader();
    const res = await transport.openStream(path, cookie ? { cookie } : {}, signal);
    if (res.statusCode === 401 && attempt === 0) {
      await res.body.dump();
      await session.login(); // the session expired: a fresh one, once
      continue;
    }
    if (res.statusCode < 400) return { status: res.statusCode, headers: res.headers, body: res.body };
    const error = parseError(await readCapped(res.body));
    throw new SpsApiError({
      status: res.statusCode,
      method: 'GET',
      path,
      ...(error.type ? { spsType: error.type } : {}),
      ...(error.message ? { spsMessage: redactor.text(error.message) } : {}),
    });
  }
}

async function readCapped(body: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    if (size < ERROR_BODY_LIMIT) chunks.push(chunk);
    size += chunk.length;
  }
  return Buffer.concat(chunks).subarray(0, ERROR_BODY_LIMIT).toString('utf8');
}

function parseError(text: string): { type?: string; message?: string } {
  try {
    const e = (JSON.parse(text) as { error?: { type?: unknown; message?: unknown } }).error;
    return {
      ...(typeof e?.type === 'string' ? { type: e.type } : {}),
      ...(typeof e?.message === 'string' ? { message: e.message } : {}),
    };
  } catch {
    return {};
  }
}
