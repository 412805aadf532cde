/** Pure building blocks of the client: options, redaction, cookie jar, semaphore, error brand. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CookieJar } from '../../src/client/core/cookie-jar';
import { resolveOptions, type SpsClientOptions } from '../../src/client/core/options';
import { Redactor } from '../../src/client/core/redact';
import { Semaphore } from '../../src/client/core/semaphore';
import { SpsClient, SpsError, SpsInvalidOptionError, SpsApiError } from '../../src/client';
import { parseTransactionStatus } from '../../src/client/transaction';
import { parseRetryAfter } from '../../src/client/interceptors/sps-errors';

const base: SpsClientOptions = { url: 'https://127.0.0.1:9', username: 'admin', password: 'pw-secret' };

function optionError(opts: Partial<SpsClientOptions>): SpsInvalidOptionError {
  try {
    new SpsClient({ ...base, ...opts } as SpsClientOptions);
  } catch (err) {
    expect(err).toBeInstanceOf(SpsInvalidOptionError);
    return err as SpsInvalidOptionError;
  }
  throw new Error('expected SpsInvalidOptionError');
}

describe('options', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sps-client-opts-'));
  const caFile = join(dir, 'ca.pem');
  writeFileSync(caFile, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');

  it('fills documented defaults', () => {
    const r = resolveOptions(base);
    expect(r).toMatchObject({
      origin: 'https://127.0.0.1:9',
      insecure: false,
      concurrency: 8,
      requestTimeoutMs: 30000,
      connectTimeoutMs: 10000,
      retries: 2,
    });
    expect(r.userAgent).toMatch(/^sps-iac\/\d+\.\d+\.\d+ \(node\)$/);
  });

  it.each<[Partial<SpsClientOptions>, string, RegExp]>([
    [{ url: 'http://sps.example' }, 'url', /must use https/],
    [{ url: 'https://sps.example/api' }, 'url', /origin only/],
    [{ url: 'not a url' }, 'url', /not a URL/],
    [{ username: '' }, 'username', /username/],
    [{ password: '' }, 'password', /password/],
    [{ caFile, insecure: true }, 'insecure', /mutually exclusive/],
    [{ caFile, ca: 'x' }, 'caFile', /mutually exclusive/],
    [{ caFile: join(dir, 'missing.pem') }, 'caFile', /cannot read/],
    [{ ca: 'not pem' }, 'ca', /PEM/],
    [{ concurrency: 0 }, 'concurrency', /invalid concurrency/],
    [{ requestTimeoutMs: Infinity }, 'requestTimeoutMs', /invalid requestTimeoutMs/],
    [{ retries: -1 }, 'retries', /invalid retries/],
    [{ userAgent: 'Mozilla/5.0 (X11)' }, 'userAgent', /looks like a browser/],
  ])('rejects %j naming the option', (opts, option, message) => {
    const err = optionError(opts);
    expect(err.option).toBe(option);
    expect(err.code).toBe('SPS_INVALID_OPTION');
    expect(err.message).toMatch(message);
    expect(err.message).not.toContain('pw-secret');
  });

  it('reads the CA from caFile', () => {
    expect(resolveOptions({ ...base, caFile }).ca).toContain('BEGIN CERTIFICATE');
  });
});

describe('Redactor', () => {
  it('masks known secrets, Basic credentials and session cookies', () => {
    const r = new Redactor(['hunter22']);
    expect(r.text('bad value hunter22; Authorization: Basic YWRtaW46eA== session_id=abc123')).toBe(
      'bad value ***; Authorization: *** session_id=***',
    );
    expect(r.with(['tok-9999']).json({ a: ['tok-9999 x'], b: 1 })).toEqual({ a: ['*** x'], b: 1 });
    // Short values would mask ordinary words, so they are not treated as secrets.
    expect(new Redactor(['on']).text('turned on')).toBe('turned on');
  });
});

describe('CookieJar', () => {
  it('keeps, replaces and expires cookies', () => {
    const jar = new CookieJar();
    jar.store({ 'set-cookie': ['session_id=abc; Path=/; HttpOnly', 'other=1'] });
    expect(jar.header()).toBe('session_id=abc; other=1');
    jar.store({ 'set-cookie': 'session_id=def' });
    expect(jar.get('session_id')).toBe('def');
    jar.store({ 'set-cookie': 'session_id=gone; Max-Age=0' });
    expect(jar.get('session_id')).toBeUndefined();
    jar.clear();
    expect(jar.header()).toBeUndefined();
  });

  it('builds the Cookie header once, and again after a change or when a cookie expires', () => {
    jest.useFakeTimers({ now: new Date('2026-12-01T12:00:00Z') });
    try {
      const jar = new CookieJar();
      jar.store({ 'set-cookie': ['session_id=abc; Max-Age=60', 'other=1'] });
      expect(jar.header()).toBe('session_id=abc; other=1');
      jar.store({ 'set-cookie': 'other=2' });
      expect(jar.header()).toBe('session_id=abc; other=2');
      jest.setSystemTime(new Date('2026-12-01T12:00:59Z'));
      expect(jar.header()).toBe('session_id=abc; other=2');
      jest.setSystemTime(new Date('2026-12-01T12:01:00Z'));
      expect(jar.header()).toBe('other=2');
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('Semaphore', () => {
  it('never runs more tasks than permits and runs them all', async () => {
    const sem = new Semaphore(2);
    let running = 0;
    let peak = 0;
    const gates: Array<() => void> = [];
    const tasks = Array.from({ length: 5 }, (_, i) =>
      sem.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise<void>((r) => gates.push(r));
        running--;
        return i;
      }),
    );
    for (let released = 0; released < 5;) {
      await new Promise((r) => setImmediate(r));
      const open = gates.shift();
      if (open) {
        open();
        released++;
      }
    }
    expect(await Promise.all(tasks)).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
  });
});

describe('protocol parsing', () => {
  it('accepts both transaction status shapes', () => {
    expect(parseTransactionStatus({ key: 'transaction', transaction: { status: 'open' } })).toEqual({
      status: 'open',
    });
    expect(
      parseTransactionStatus({
        body: { status: 'closed', commit_message: null },
        meta: { remaining_seconds: 594 },
      }),
    ).toEqual({ status: 'closed', remainingSeconds: 594, commitMessage: null });
  });

  it('reads Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(new Date(Date.now() - 1000).toUTCString())).toBe(0);
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });

  it('recognizes errors by brand, not by class identity', () => {
    const err = new SpsApiError({
      status: 404,
      method: 'GET',
      path: '/api/x',
      spsType: 'NotFound',
      spsMessage: 'gone',
    });
    expect(SpsError.is(err)).toBe(true);
    expect(SpsError.is(Object.assign(new Error('x'), { code: 'SPS_API' }))).toBe(false);
    expect(err.message).toBe('GET /api/x: 404 NotFound: gone');
    const foreign = Object.defineProperty(new Error('from another copy'), Symbol.for('sps-iac.error'), {
      value: true,
    });
    expect(SpsError.is(foreign)).toBe(true);
  });
});
