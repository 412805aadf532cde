/**
 * The shape of one SPS kind: everything the emulator, the reconciler, the Terraform provider and the
 * constructs need to know about it. Nothing else in the project writes a kind's shape by hand.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** A JSON Schema (draft-07 subset that both ajv and the Terraform schema derivation understand). */
export type JsonSchema = { [keyword: string]: unknown };

/**
 * A path inside a body. `'*'` matches every element of an array. Kept as segments (not a pointer
 * string) so that sensitive and reference paths can be matched without parsing.
 */
export type BodyPath = readonly string[];

/** The names used in the desired-state document, the Terraform schema and the CLI. */
/** The typed kinds' names; a pass-through kind is named by its relative endpoint (`ssh/connections`). */
export type KindName = TypedKindName | `${string}/${string}`;

export type TypedKindName =
  | 'audit_policies'
  | 'archive_cleanup_policies'
  | 'backup_policies'
  | 'content_policies'
  | 'time_policies'
  | 'splunk_forwarder'
  | 'universal_siem_forwarder'
  | 'vnc_options'
  | 'ssh_options'
  | 'rdp_options'
  | 'system_backup'
  | 'x509'
  | 'trusted_ca_lists'
  | 'private_keys'
  | 'passwords';

/**
 * - `collection`: list + POST/PUT/DELETE per object, identity `name`;
 * - `singleton`: GET/PUT at the endpoint, key = the endpoint's last segment;
 * - `create-only`: POST and GET by key only (no list, no PUT, no DELETE); secret material;
 * - `read-only`: objects managed elsewhere (web UI, certificates) that our kinds point at.
 */
export type KindShape = 'collection' | 'singleton' | 'create-only' | 'read-only';

export interface ReferenceDef {
  /** Where the reference sits in the body, e.g. `['signing', 'x509_identity']`. */
  readonly path: BodyPath;
  /** The kind the key points at. */
  readonly target: KindName;
  /**
   * How the server returns it: `object` = `{ key, meta: { href } }` (written as the bare key);
   * `string` = the bare key both ways.
   */
  readonly readForm: 'object' | 'string';
}

/** A reference a desired body holds, in the document's form. */
export interface BodyReference {
  /** The kind referred to. */
  readonly target: KindName;
  /** The name written (a kind with `referencesByKey` may give the target's key instead). */
  readonly value: string;
  /** Where it sits in the body. */
  readonly segments: readonly string[];
}

/** key → name, per kind: what turns a live reference back into the name a document writes. */
export type NamesByKey = ReadonlyMap<KindName, ReadonlyMap<string, string>>;

/** A live object as the reference rules need it: the written form, and the body as the server sent it. */
export interface LiveBodies {
  readonly body: JsonObject;
  readonly serverBody: JsonObject;
}

export interface ShorthandDef {
  readonly path: BodyPath;
  /** Short form → the returned form; undefined when the text is not a valid short form. */
  readonly expand: (short: string) => JsonObject | undefined;
  /** Returned form → short form. */
  readonly collapse: (full: JsonObject) => string | undefined;
}

export interface KindDef {
  readonly name: KindName;
  /** Singular, for messages: "audit policy". */
  readonly title: string;
  /** One paragraph, reused in the Terraform schema and generated docs. */
  readonly description: string;
  /** Absolute API path of the collection or singleton. */
  readonly endpoint: string;
  readonly shape: KindShape;
  /** Collections are identified by `body.name`; SPS keys are computed and recorded. */
  readonly identity: 'name' | null;
  /** True when users declare it in a desired-state document (false for reference targets). */
  readonly managed: boolean;
  /** JSON Schema of the body in the form clients write (references as key strings). */
  readonly schema: JsonSchema;
  /** Paths whose values are secrets: never printed, compared when returned, fingerprinted when masked. */
  readonly sensitive: readonly BodyPath[];
  readonly references: readonly ReferenceDef[];
  /**
   * Deleting an object of this kind needs an explicit opt-in: the document setting that gives it, and
   * why (archive/cleanup policies: archived data becomes unreachable).  @default - none needed
   */
  readonly deletionNeeds?: { readonly setting: string; readonly reason: string };
  /**
   * Fields with a short written form besides the form the appliance returns (an rsync host key as an
   * OpenSSH one-liner, returned as `{selection, value}`). The short form is what Terraform's schema
   * uses (it cannot hold a union) and what a token stands for.
   */
  readonly shorthands?: readonly ShorthandDef[];
  /**
   * Where an object of this kind sits in a desired document, as pointer segments: `[kind, name]` for
   * a typed collection, `[kind]` for a singleton, under `pass_through` for a pass-through endpoint.
   * Every finding about an object names its place with it.
   */
  readonly documentAt: (name?: string) => readonly string[];
  /**
   * The model knows none of its fields (a pass-through endpoint): its body goes to the appliance as
   * written, nothing is refused as unknown, and Terraform keeps it as a JSON string.
   */
  readonly open: boolean;
  /**
   * Its references may give the target's key instead of its name (a pass-through `$ref` to a built-in
   * object, `-200`); a typed kind's references are names.
   */
  readonly referencesByKey: boolean;
  /** The references a desired body holds (inline secrets, which are values, not included). */
  readonly referencesIn: (body: JsonObject) => BodyReference[];
  /**
   * Desired form → written form, in place on a body the caller owns: each reference to a named target
   * becomes `keyOf(ref)`, or its value as written when that gives nothing. Returns `body`.
   */
  readonly withKeys: (body: JsonObject, keyOf: (ref: BodyReference) => string | undefined) => JsonObject;
  /**
   * A live written-form body with its references as `desired` writes them, so the two compare: names
   * where the target has them (a pass-through `$ref` by key stays by key). `body` itself when nothing
   * is renamed, a new object otherwise.
   */
  readonly namesForComparison: (body: JsonObject, namesByKey: NamesByKey, desired?: JsonObject) => JsonObject;
  /**
   * A live object as a document would declare it (export, import, refresh): every reference by name,
   * as `prior` wrote it where it gives one. A new object.
   */
  readonly namesForExport: (live: LiveBodies, namesByKey: NamesByKey, prior?: JsonObject) => JsonObject;
  /** Where a live object of this kind points at `target`'s object `key`, or undefined when it does not. */
  readonly referenceTo: (live: LiveBodies, target: KindDef, key: string) => readonly string[] | undefined;
  /** What the document's JSON Schema cannot check in a body of this kind (paths inside the body). */
  readonly ownIssues: (body: JsonObject) => { readonly path: string; readonly message: string }[];
  /** Lists whose items must differ in one field (SIEM targets by name). */
  readonly uniqueItems?: readonly { readonly path: BodyPath; readonly field: string }[];
  /**
   * Server form → written form: `{key, meta}` references become key strings, server-only fields go.
   * The result is what `canonicalize` of the same configuration gives, so equal configs compare equal.
   */
  readonly fromServer: (body: JsonObject) => JsonObject;
  /**
   * Server form → what a read-modify-write sends back: the model's references as bare keys (their
   * documented write form), every other field exactly as read, unknown ones included. No defaults.
   */
  readonly writtenForm: (body: JsonObject) => JsonObject;
  /**
   * Written form → canonical written form: shorthand inputs expanded (e.g. an rsync `host_key`
   * one-liner becomes `{selection, value}`), schema defaults filled as the server fills them.
   */
  readonly canonicalize: (body: JsonObject) => JsonObject;
  /**
   * Canonical written form → what the server returns: references as `{key, meta: {href}}` (used by the
   * emulator, which stores canonical bodies). Returns a new object; the input is not modified.
   */
  readonly toServer: (body: JsonObject, hrefOf: (target: KindName, key: string) => string) => JsonObject;
}
