/**
 * Request events for the caller's logger: method, path, status, duration and attempt outcome.
 * Deliberately nothing else: no bodies, no headers (cookies and Authorization live there).
 */
import { SpsError } from '../core/errors';
import type { Logger } from '../core/options';
import type { Interceptor } from '../core/types';

export function logRequests(logger: Logger): Interceptor {
  return (next) => async (req) => {
    const started = performance.now();
    const ms = (): number => Math.round(performance.now() - started);
    try {
      const res = await next(req);
      logger({
        level: 'debug',
        msg: 'sps request',
        method: req.method,
        path: req.path,
        status: res.status,
        ms: ms(),
      });
      return res;
    } catch (err) {
      const code = SpsError.is(err) ? err.code : 'ABORTED';
      logger({
        level: 'warn',
        msg: 'sps request failed',
        method: req.method,
        path: req.path,
        code,
        ms: ms(),
      });
      throw err;
    }
  };
}
