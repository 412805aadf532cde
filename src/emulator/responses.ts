/** Writing answers in the SPS message format: JSON, `Allow`, `Content-Language: en`, `error`+`meta`. */
import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import type { JsonObject } from '../model';
import type { RawBody } from './context';
import type { ApiError } from './errors';
import { parentOf } from './tree';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  allow?: readonly string[],
  headers: Record<string, string> = {},
): void {
  res.end(prepareJson(res, status, body, allow, headers));
}

/** Sets status and headers and returns the serialized body, for `res.end()` once the answer may leave. */
export function prepareJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  allow?: readonly string[],
  headers: Record<string, string> = {},
): string {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json');
  res.setHeader('Content-Language', 'en');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  if (allow) res.setHeader('Allow', allow.join(', '));
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  return text;
}

/**
 * As prepareJson for a non-JSON answer; returns what starts the stream once the answer may leave. A
 * client that goes away mid-stream ends it (pipeline destroys the source).
 */
export function prepareRaw(
  res: ServerResponse,
  status: number,
  raw: RawBody,
  allow?: readonly string[],
  headers: Record<string, string> = {},
): () => void {
  res.statusCode = status;
  res.setHeader('Content-Type', raw.contentType);
  res.setHeader('Content-Language', 'en');
  res.setHeader('Content-Length', raw.length);
  if (allow) res.setHeader('Allow', allow.join(', '));
  for (const [name, value] of Object.entries({ ...headers, ...raw.headers })) res.setHeader(name, value);
  return () => pipeline(raw.open(), res, () => undefined);
}

export function errorBody(err: ApiError, meta: JsonObject): JsonObject {
  return { error: { type: err.type, message: err.message, details: err.details }, meta };
}

/** The minimal meta of an answer that has no richer context (anonymous errors, 404s). */
export function plainMeta(href: string): JsonObject {
  return { href, parent: parentOf(href) };
}
