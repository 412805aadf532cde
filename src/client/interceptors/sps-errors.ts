/**
 * Turns HTTP error statuses into `SpsApiError`, copying SPS `error.type` / `error.message` /
 * `error.details` verbatim (after redaction). No error type names are interpreted here: the full
 * SPS error table is unconfirmed, so behaviour elsewhere keys on the status only.
 */
import type { JsonObject, JsonValue } from '../../model/types';
import { SpsApiError } from '../core/errors';
import type { Redactor } from '../core/redact';
import type { Interceptor } from '../core/types';

function asObject(v: JsonValue | undefined): JsonObject | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds from now. */
export function parseRetryAfter(value: string | string[] | undefined): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || raw.trim() === '') return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export function spsErrors(redactor: Redactor): Interceptor {
  return (next) => async (req) => {
    const res = await next(req);
    if (res.status < 400) return res;
    const redact = req.secrets?.length ? redactor.with(req.secrets) : redactor;
    const error = asObject(res.json?.error);
    const type = error?.type;
    const message = error?.message;
    const details = asObject(error?.details);
    throw new SpsApiError({
      status: res.status,
      method: req.method,
      path: req.path,
      spsType: typeof type === 'string' ? type : undefined,
      spsMessage: typeof message === 'string' ? redact.text(message) : undefined,
      details: details ? redact.json(details) : undefined,
      retryAfterMs: parseRetryAfter(res.headers['retry-after']),
    });
  };
}
