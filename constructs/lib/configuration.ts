/**
 * SpsConfiguration: one appliance. It owns the `sps` provider and the single resource everything
 * renders into — `sps_configuration` (typed attributes) or `sps_document` (the CLI's document as one
 * string) — and renders every child L2 into it lazily (cdk8s-plus Deployment pattern), so children
 * added after construction still land in the output. Output is sorted by name and empty kinds are
 * dropped, so synth diffs cleanly in review.
 */
import { Construct, type IConstruct } from 'constructs';
import * as gen from '../gen/providers/sps';
import { Lazy, TerraformStack, Token, hashMapper, type IResolvable } from './cdktf';
import { checkObject, type Issue } from '../gen/model';
import { checkName, checkPositiveInteger, problems } from './checks';
import { SpsValidationError, throwIfProblems } from './errors';
import type { SpsConfigurationProps, SpsResourceType } from './configuration-props';
import type { SpsKind, SpsManagedObject } from './sps-object';
import type { PassThroughObject } from './pass-through-object';
import { endpointSecretProblems, renderPassThrough, renderSecrets } from './pass-through-render';
import { renderDocument } from './document-render';
import { MANAGED_KINDS, attributeOf, isCollectionKind, toTerraformOf } from './kinds';

export type { SpsConfigurationProps, SpsConnection, SpsResourceType } from './configuration-props';

const CONFIGURATION_BRAND = Symbol.for('sps-iac.SpsConfiguration');

export class SpsConfiguration extends Construct {
  /** The nearest SpsConfiguration at or above `scope`. */
  static of(scope: IConstruct): SpsConfiguration {
    const found = scope.node.scopes
      .reverse()
      .find((s): s is SpsConfiguration => SpsConfiguration.isSpsConfiguration(s));
    if (!found) {
      throw new SpsValidationError(
        'SPS objects must be created inside an SpsConfiguration (pass it, or a child of it, as scope)',
        scope,
      );
    }
    return found;
  }

  static isSpsConfiguration(x: unknown): x is SpsConfiguration {
    return typeof x === 'object' && x !== null && CONFIGURATION_BRAND in x;
  }

  /** The `sps` provider this appliance is reached through. */
  readonly provider: gen.provider.SpsProvider;
  /** The single resource everything renders into: `sps_configuration` or `sps_document` (resourceType). */
  readonly resource: gen.configuration.Configuration | gen.document.Document;
  readonly resourceType: SpsResourceType;
  readonly allowArchiveRecreate: boolean;
  readonly providerAlias: string | undefined;
  /** The appliance URL, when given (used to refuse two configurations of one appliance in a stack). */
  readonly url: string | undefined;

  readonly #objects = new Map<string, SpsManagedObject>();
  readonly #passThrough = new Map<string, PassThroughObject>();

  constructor(scope: Construct, id: string, props: SpsConfigurationProps = {}) {
    super(scope, id);
    Object.defineProperty(this, CONFIGURATION_BRAND, { value: true });
    const c = props.connection ?? {};
    throwIfProblems(
      problems(checkPositiveInteger('connection.lockTimeoutSeconds', c.lockTimeoutSeconds)),
      this,
    );
    this.allowArchiveRecreate = props.allowArchiveRecreate ?? false;
    this.providerAlias = props.providerAlias;
    this.url = c.url;

    this.provider = new gen.provider.SpsProvider(this, 'Provider', {
      alias: props.providerAlias,
      url: c.url,
      username: c.username,
      password: c.password?._render(),
      caFile: c.caFile,
      insecure: c.insecure,
      lockTimeout: c.lockTimeoutSeconds === undefined ? undefined : `${c.lockTimeoutSeconds}s`,
      validateOnPlan: c.validateOnPlan,
    });
    this.resourceType = props.resource ?? 'configuration';
    this.resource =
      this.resourceType === 'document' ? this.#documentResource() : this.#configurationResource();
    this.node.addValidation({ validate: () => this.#validateStack() });
  }

  /** The managed objects, sorted by kind and name (a copy). */
  get objects(): readonly SpsManagedObject[] {
    return [...this.#objects.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, o]) => o);
  }

  /**
   * @internal Called by every managed L2's constructor: the model checks what the object renders
   * (its name, every field; values that are tokens wait for the plan), and a second object of a kind
   * and name fails here.
   */
  _register(object: SpsManagedObject): void {
    const id = `${object.kind}/${object.name}`;
    const prior = this.#objects.get(id);
    if (prior) {
      throw new SpsValidationError(
        `${object.kind} "${object.name}" is already defined at ${prior.node.path}; names must be unique per appliance`,
        object,
      );
    }
    const isCollection = isCollectionKind(object.kind);
    const body = toTerraformOf(object.kind)(object._toSps());
    throwIfProblems(
      problems(
        isCollection ? checkName(object.kind, object.name) : undefined,
        checkObject(object.kind, body, (v) => Token.isUnresolved(v)).map((i) => describeIssue(i, body)),
      ),
      object,
    );
    this.#objects.set(id, object);
  }

  /** @internal Called by every SpsObject (generic endpoint object): one per endpoint and name. */
  _registerPassThrough(object: PassThroughObject): void {
    const id = `${object.endpoint}/${object.name ?? ''}`;
    const prior = this.#passThrough.get(id);
    if (prior)
      throw new SpsValidationError(
        `${object.endpoint} ${object.name === undefined ? 'singleton' : `"${object.name}"`} is already defined at ${prior.node.path}`,
        object,
      );
    const other = [...this.#passThrough.values()].find(
      (o) => o.endpoint === object.endpoint && (o.name === undefined) !== (object.name === undefined),
    );
    if (other)
      throw new SpsValidationError(
        `${object.endpoint} is declared at ${other.node.path} as a ${other.name === undefined ? 'singleton' : 'collection'}: give every object of one endpoint a name, or none`,
        object,
      );
    // a known endpoint's confirmed fields (connection policies) are checked; tokens wait for the plan
    throwIfProblems(
      checkObject(object.endpoint, object._renderedBody(), (v) => Token.isUnresolved(v)).map(
        (i) => `body${i.path}: ${i.message}`,
      ),
      object,
    );
    this.#passThrough.set(id, object);
  }

  #configurationResource(): gen.configuration.Configuration {
    // The generated config types singletons without IResolvable, but its ToTerraform functions pass
    // tokens through; the lazy values produce already-converted (snake_case) JSON.
    const kinds = Object.fromEntries(
      MANAGED_KINDS.map((kind) => [attributeOf(kind), this.#lazy(() => this.#renderKind(kind))]),
    );
    return new gen.configuration.Configuration(this, 'Resource', {
      provider: this.provider,
      allowArchiveRecreate: this.allowArchiveRecreate,
      ...kinds,
      passThrough: this.#lazy(() => renderPassThrough([...this.#passThrough.values()])),
      // write-only: the values of the placeholders pass-through bodies hold where their secrets are
      secrets: this.#lazy(() => renderSecrets([...this.#passThrough.values()])) as never,
    });
  }

  /** The same construct id as the typed resource: a stack switching keeps its logical id. */
  #documentResource(): gen.document.Document {
    const render = () =>
      renderDocument({
        objects: this.objects.map((o) => this.#checked(o)),
        passThrough: [...this.#passThrough.values()],
        allowArchiveRecreate: this.allowArchiveRecreate,
      });
    return new gen.document.Document(this, 'Resource', {
      provider: this.provider,
      document: Lazy.stringValue({ produce: () => render().document }),
      // write-only: the values of the placeholders the document holds where its secrets are
      secrets: this.#lazy(() => render().secrets) as never,
    });
  }

  #lazy(produce: () => unknown): IResolvable {
    return Lazy.anyValue({ produce });
  }

  #ofKind(kind: SpsKind): SpsManagedObject[] {
    return this.objects.filter((o) => o.kind === kind);
  }

  /** A kind's attribute of `sps_configuration`: a map by name (collections) or the object. */
  #renderKind(kind: SpsKind): unknown {
    const objects = this.#ofKind(kind);
    if (objects.length === 0) return undefined;
    if (!isCollectionKind(kind)) return toTerraformOf(kind)(this.#checked(objects[0])._toSps());
    const structs: Record<string, unknown> = {};
    for (const o of objects) structs[o.name] = this.#checked(o)._toSps();
    return hashMapper(toTerraformOf(kind))(structs);
  }

  /** Refuses references to objects managed by another SpsConfiguration (another appliance). */
  #checked(object: SpsManagedObject): SpsManagedObject {
    for (const ref of object._references()) {
      if (ref.imported) continue;
      const owner = SpsConfiguration.of(ref as unknown as IConstruct);
      if (owner !== this) {
        throw new SpsValidationError(
          `refers to ${ref.node.path}, which belongs to another SpsConfiguration (${owner.node.path}); import it with fromName instead`,
          object,
        );
      }
    }
    return object;
  }

  /**
   * Whole-tree rules: one configuration per appliance and per provider alias in a stack; no plain
   * value at a path another object of its endpoint declares sensitive.
   */
  #validateStack(): string[] {
    const stack = TerraformStack.of(this);
    const siblings = stack.node
      .findAll()
      .filter((c): c is SpsConfiguration => SpsConfiguration.isSpsConfiguration(c) && c !== this);
    const out = endpointSecretProblems([...this.#passThrough.values()]);
    for (const other of siblings) {
      if (other.providerAlias === this.providerAlias) {
        out.push(
          `${other.node.path} uses the same provider alias (${this.providerAlias ?? 'none'}); give each SpsConfiguration its own providerAlias`,
        );
      }
      if (this.url !== undefined && !Token.isUnresolved(this.url) && other.url === this.url) {
        out.push(
          `${other.node.path} targets the same appliance ${this.url}; use one SpsConfiguration per appliance`,
        );
      }
    }
    return out;
  }
}

/** `startTimes[1]: must be a time in H:MM or HH:MM format (0:00 to 23:59), got "25:00"` — in the props' terms. */
function describeIssue(issue: Issue, body: Record<string, unknown>): string {
  const segments = issue.path
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const field = segments
    .map((s, i) =>
      /^\d+$/.test(s)
        ? `[${s}]`
        : `${i ? '.' : ''}${s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase())}`,
    )
    .join('');
  let value: unknown = body;
  for (const s of segments)
    value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[s] : undefined;
  const shown =
    !issue.secret && (typeof value === 'string' || typeof value === 'number')
      ? `, got ${JSON.stringify(value).slice(0, 80)}`
      : '';
  return `${field || 'the object'}: ${issue.message}${shown}`;
}
