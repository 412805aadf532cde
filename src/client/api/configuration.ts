/**
 * Typed access to `/api/configuration/...` for any kind of the model: the shape (collection,
 * singleton, create-only, read-only) decides which verbs exist. Reads share a bounded semaphore;
 * writes go one at a time, in order, as a transaction requires.
 */
import { singletonKey } from '../../model/singleton-key';
import type { BodyPath, JsonObject, JsonValue, KindDef } from '../../model/types';
import { SpsApiError, SpsUnsupportedOperationError } from '../core/errors';
import { Semaphore } from '../core/semaphore';
import type { LiveObject, ObjectRef, RawRead, Send, SpsRequest } from '../core/types';
import type { TransactionManager } from '../transaction';

function obj(v: JsonValue | undefined): JsonObject | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

/** Every string found at the kind's sensitive paths, so error text can never echo them. */
export function secretsIn(body: JsonValue, paths: readonly BodyPath[]): string[] {
  const found: string[] = [];
  const walk = (v: JsonValue | undefined, path: BodyPath): void => {
    if (v === undefined || v === null) return;
    if (path.length === 0) {
      if (typeof v === 'string') found.push(v);
      return;
    }
    const [head, ...rest] = path;
    if (head === '*' && Array.isArray(v)) v.forEach((item) => walk(item, rest));
    else if (obj(v)) walk((v as JsonObject)[head], rest);
  };
  for (const p of paths) walk(body, p);
  return found;
}

export class ConfigurationApi {
  readonly #send: Send;
  readonly #tx: TransactionManager;
  readonly #reads: Semaphore;
  readonly #writes: Semaphore;
  readonly #outside = new Semaphore(1);

  constructor(send: Send, tx: TransactionManager, reads: Semaphore, writes: Semaphore) {
    this.#send = send;
    this.#tx = tx;
    this.#reads = reads;
    this.#writes = writes;
  }

  async list(kind: KindDef): Promise<ObjectRef[]> {
    if (kind.shape !== 'collection' && kind.shape !== 'read-only') {
      throw new SpsUnsupportedOperationError(
        `${kind.title} (${kind.endpoint}) cannot be listed: it is a ${kind.shape}`,
      );
    }
    const res = await this.#read(kind.endpoint);
    const items = res.json?.items;
    if (!Array.isArray(items)) throw this.#malformed(kind.endpoint, 'a list response without "items"');
    return items.map((item) => {
      const key = obj(item)?.key;
      const href = obj(obj(item)?.meta)?.href;
      if (typeof key !== 'string') throw this.#malformed(kind.endpoint, 'a list item without a string "key"');
      return { key, href: typeof href === 'string' ? href : this.#itemPath(kind, key) };
    });
  }

  async get(kind: KindDef, key?: string): Promise<LiveObject> {
    const path = this.#objectPath(kind, key);
    const res = await this.#read(path);
    const body = obj(res.json?.body);
    if (!body) throw this.#malformed(path, 'an object response without "body"');
    const k = res.json?.key;
    const href = obj(res.json?.meta)?.href;
    return {
      key: typeof k === 'string' ? k : (key ?? singletonKey(kind)),
      body,
      href: typeof href === 'string' ? href : path,
    };
  }

  /** Every object of the kind with its body: a list, then bounded concurrent GETs. */
  async readAll(kind: KindDef): Promise<LiveObject[]> {
    return Promise.all(await this.readEach(kind));
  }

  /** As readAll, one promise per object, each settling as its own GET answers (to work while others are in flight). */
  async readEach(kind: KindDef): Promise<Promise<LiveObject>[]> {
    if (kind.shape === 'singleton') return [this.get(kind)];
    return (await this.list(kind)).map((ref) => this.get(kind, ref.key));
  }

  async create(kind: KindDef, body: JsonObject): Promise<ObjectRef> {
    if (kind.shape !== 'collection' && kind.shape !== 'create-only') {
      throw new SpsUnsupportedOperationError(
        `${kind.title} (${kind.endpoint}) cannot be created: it is a ${kind.shape}`,
      );
    }
    const res = await this.#write({
      method: 'POST',
      path: kind.endpoint,
      body,
      idempotent: false,
      secrets: secretsIn(body, kind.sensitive),
    });
    const key = res.json?.key;
    if (typeof key !== 'string')
      throw this.#malformed(kind.endpoint, 'a create response without a string "key"', 'POST');
    const href = obj(res.json?.meta)?.href;
    return { key, href: typeof href === 'string' ? href : this.#itemPath(kind, key) };
  }

  /**
   * Full replacement (PUT). Singletons take no key. The docs say POST for the SIEM forwarders while
   * every other singleton uses PUT; a 405 means nothing was done, so the other verb is tried once.
   */
  async replace(kind: KindDef, key: string | undefined, body: JsonObject): Promise<void> {
    if (kind.shape !== 'collection' && kind.shape !== 'singleton') {
      throw new SpsUnsupportedOperationError(
        `${kind.title} (${kind.endpoint}) cannot be modified: it is a ${kind.shape}`,
      );
    }
    const path = this.#objectPath(kind, key);
    const secrets = secretsIn(body, kind.sensitive);
    try {
      await this.#write({ method: 'PUT', path, body, idempotent: false, secrets });
    } catch (err) {
      if (!(kind.shape === 'singleton' && err instanceof SpsApiError && err.status === 405)) throw err;
      await this.#write({ method: 'POST', path, body, idempotent: false, secrets });
    }
  }

  async remove(kind: KindDef, key: string): Promise<void> {
    if (kind.shape !== 'collection') {
      throw new SpsUnsupportedOperationError(
        `${kind.title} (${kind.endpoint}) cannot be deleted: it is a ${kind.shape}`,
      );
    }
    await this.#write({ method: 'DELETE', path: this.#itemPath(kind, key), idempotent: false });
  }

  /**
   * What an endpoint the model has no kind for is: a list (`items`) or a singleton (`body`). A 404
   * propagates (no such endpoint, or a path that names an object).
   */
  async shapeAt(endpoint: string): Promise<'collection' | 'singleton'> {
    const res = await this.#read(endpoint);
    if (Array.isArray(res.json?.items)) return 'collection';
    if (obj(res.json?.body)) return 'singleton';
    throw this.#malformed(endpoint, 'neither a list ("items") nor an object ("body")');
  }

  /**
   * Any GET, answered or refused, for callers that record what each endpoint answered (a snapshot,
   * the doctor): an HTTP error status comes back as the result; network and login failures throw.
   */
  async readRaw(path: string): Promise<RawRead> {
    try {
      const res = await this.#read(path);
      return { status: res.status, allow: allowOf(res.headers.allow), json: res.json };
    } catch (err) {
      if (!(err instanceof SpsApiError)) throw err;
      return {
        status: err.status,
        json: undefined,
        error: {
          ...(err.spsType !== undefined ? { type: err.spsType } : {}),
          ...(err.spsMessage !== undefined ? { message: err.spsMessage } : {}),
        },
      };
    }
  }

  #read(path: string) {
    return this.#reads.run(() => this.#send({ method: 'GET', path, idempotent: true }));
  }

  #write(req: SpsRequest) {
    // inside our open transaction, writes may overlap (up to the client's write concurrency); outside
    // one, each may auto-open a transaction (SPS 6.9+), so they go one at a time
    const limit = this.#tx.isOpen ? this.#writes : this.#outside;
    return limit.run(async () => {
      const wasOpen = this.#tx.isOpen;
      // A server that auto-opens transactions (SPS 6.9+) may have just given us one, even if the
      // write itself then failed: learn it, so the lock is released on rollback/close and a later
      // session expiry is reported instead of papered over by a fresh login.
      const learn = (): Promise<unknown> =>
        wasOpen ? Promise.resolve() : this.#tx.status().catch(() => undefined);
      try {
        const res = await this.#send(req);
        await learn();
        return res;
      } catch (err) {
        await learn();
        throw await this.#tx.explainWriteFailure(err, req);
      }
    });
  }

  #objectPath(kind: KindDef, key: string | undefined): string {
    if (kind.shape === 'singleton') {
      if (key !== undefined && key !== singletonKey(kind)) {
        throw new SpsUnsupportedOperationError(
          `${kind.title} is a singleton at ${kind.endpoint}; it takes no key (got "${key}")`,
        );
      }
      return kind.endpoint;
    }
    if (key === undefined || key === '') {
      throw new SpsUnsupportedOperationError(
        `${kind.title} (${kind.endpoint}) needs a key: it is a ${kind.shape}`,
      );
    }
    return this.#itemPath(kind, key);
  }

  #itemPath(kind: KindDef, key: string): string {
    return `${kind.endpoint}/${encodeURIComponent(key)}`;
  }

  #malformed(path: string, what: string, method = 'GET'): SpsApiError {
    return new SpsApiError(
      { status: 200, method, path },
      { message: `${method} ${path}: the appliance sent ${what}; is this an SPS REST endpoint?` },
    );
  }
}

/** The verbs of an `Allow` header (`GET, POST`), undefined when the answer had none. */
function allowOf(header: string | string[] | undefined): string[] | undefined {
  const text = Array.isArray(header) ? header.join(',') : header;
  if (text === undefined) return undefined;
  return text
    .split(',')
    .map((v) => v.trim().toUpperCase())
    .filter(Boolean);
}
