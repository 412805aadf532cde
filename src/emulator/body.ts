/** Reading a request body with a size cap (the emulator never needs large bodies). */
import type { IncomingMessage } from 'node:http';
import { ApiError } from './errors';

const MAX_BODY_BYTES = 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new ApiError(413, 'PayloadTooLarge', `Request body exceeds ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON or a 400 that says where parsing failed, without echoing the body (it may hold secrets). */
export function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (e) {
    const where = e instanceof SyntaxError ? e.message.replace(/"[^"]*"/g, '…') : 'unparseable';
    throw new ApiError(400, 'SyntaxError', `The request body is not valid JSON (${where})`);
  }
}
