/** The transaction handle `withTransaction` gives, and its options. */
import type { JsonObject, KindDef } from '../model/types';
import type { LiveObject, ObjectRef, TransactionChange, TransactionStatus } from './core/types';
import type { OpenOptions } from './transaction';

/** What `withTransaction` hands its callback: the configuration calls, valid until it returns. */
export interface Transaction {
  list(kind: KindDef): Promise<ObjectRef[]>;
  get(kind: KindDef, key?: string): Promise<LiveObject>;
  readAll(kind: KindDef): Promise<LiveObject[]>;
  create(kind: KindDef, body: JsonObject): Promise<ObjectRef>;
  replace(kind: KindDef, key: string | undefined, body: JsonObject): Promise<void>;
  remove(kind: KindDef, key: string): Promise<void>;
  changes(): Promise<TransactionChange[]>;
  status(): Promise<TransactionStatus>;
}

export interface TransactionControl {
  status(): Promise<TransactionStatus>;
  open(opts?: OpenOptions): Promise<void>;
  commit(message?: string): Promise<void>;
  rollback(): Promise<void>;
  changes(): Promise<TransactionChange[]>;
}

export interface WithTransactionOptions extends OpenOptions {
  /** Commit at the end; false stages, lets `fn` read the changes, then rolls back.  @default true */
  commit?: boolean;
  /** Commit message (the `commit_message` field; unconfirmed on real appliances).  @default - none */
  message?: string;
  /** Ends a wait for the lock early (an interrupt). */
  signal?: AbortSignal;
}
