/**
 * A generic construct for any configuration endpoint the model has no kind for (connection, channel,
 * time policies, LDAP servers, …): an endpoint, a name (collections), a partial body. The fields
 * written are managed, every other field on the appliance is kept. References to other objects, typed
 * or generic, are written with `SpsObject.ref(construct)`, resolved to keys at apply time. Secrets are
 * SpsSecrets at the object's `sensitivePaths`; they never enter the body (see pass-through-secrets.ts).
 */
import { Construct } from 'constructs';
import { Token } from './cdktf';
import { endpointOf, passThroughProblem } from '../gen/model';
import { SpsManagedObject } from './sps-object';
import { SpsConfiguration } from './configuration';
import { SpsValidationError } from './errors';
import type { PassThroughObject } from './pass-through-object';
import { secretPlacementProblems, withPlaceholders, type BodySecret } from './pass-through-secrets';

export interface SpsObjectProps {
  /** The endpoint relative to `/api/configuration`, e.g. `ssh/connections` or `telnet/options`. */
  readonly endpoint: string;
  /**
   * The object's name, for a collection endpoint; omit it for a singleton endpoint.
   * @default - a singleton
   */
  readonly name?: string;
  /**
   * The fields to manage, in the appliance's JSON form (snake_case). References: `SpsObject.ref(…)`;
   * secrets: an SpsSecret, at one of `sensitivePaths`.
   */
  readonly body: Record<string, unknown>;
  /**
   * JSON pointers of secret fields ("*" for every array element): masked in every output,
   * fingerprinted. Each holds an SpsSecret (or nothing): the body, kept in Terraform's state, holds a
   * placeholder there, and the secret goes to the write-only `secrets` argument.
   * @default - none
   */
  readonly sensitivePaths?: readonly string[];
}

/** A `$ref` to an object rendered by name (a typed L2 or another SpsObject). */
export interface SpsObjectReference {
  readonly $ref: string;
}

export class SpsObject extends Construct implements PassThroughObject {
  /**
   * A reference to a managed object, typed (`AuditPolicy`) or generic, by its endpoint and name; or to
   * an object made elsewhere by `endpoint` and `key` (`SpsObject.ref('ssh/settings_policies', '-300')`).
   */
  static ref(target: SpsObject | SpsManagedObject | string, key?: string): SpsObjectReference {
    if (typeof target === 'string') return { $ref: `${target}/${key ?? ''}` };
    if (target instanceof SpsObject) {
      if (target.name === undefined)
        throw new SpsValidationError(`${target.endpoint} is a singleton: it cannot be referenced`, target);
      return { $ref: `${target.endpoint}/${target.name}` };
    }
    return { $ref: `${endpointOf(target.kind)}/${target.referenceName}` };
  }

  readonly endpoint: string;
  readonly name?: string;
  readonly body: Record<string, unknown>;
  readonly sensitivePaths: readonly string[];
  /** The body as rendered: each SpsSecret replaced by its `${env:NAME}` placeholder. */
  readonly #rendered: Record<string, unknown>;
  readonly #secrets: readonly BodySecret[];

  constructor(scope: Construct, id: string, props: SpsObjectProps) {
    super(scope, id);
    const problems: string[] = [];
    const problem = passThroughProblem(props.endpoint);
    if (problem) problems.push(`endpoint: ${problem}`);
    if (props.name !== undefined && !Token.isUnresolved(props.name) && !/^[^/\s]+$/.test(props.name))
      problems.push(`name: "${props.name}" must be non-empty, without "/" or whitespace`);
    for (const p of props.sensitivePaths ?? [])
      if (!p.startsWith('/') || p.length < 2) problems.push(`sensitivePaths: "${p}" is not a JSON pointer`);
    // a tokenized name is known only to Terraform: the construct path names the object instead
    const identity =
      props.name !== undefined && Token.isUnresolved(props.name)
        ? [props.endpoint, this.node.path]
        : [props.endpoint, props.name ?? ''];
    const rendered = withPlaceholders(props.body, identity);
    problems.push(...secretPlacementProblems(props.body, rendered.secrets, props.sensitivePaths ?? []));
    if (problems.length) throw new SpsValidationError(problems.join('; '), this);
    this.endpoint = props.endpoint;
    this.name = props.name;
    this.body = props.body;
    this.sensitivePaths = props.sensitivePaths ?? [];
    this.#rendered = rendered.body;
    this.#secrets = rendered.secrets;
    SpsConfiguration.of(this)._registerPassThrough(this);
  }

  /** @internal The body to render (and check): secrets as their placeholders. */
  _renderedBody(): Record<string, unknown> {
    return this.#rendered;
  }

  /** @internal The secrets of the body, by placeholder name: what the resource's `secrets` map gives. */
  _secrets(): readonly BodySecret[] {
    return this.#secrets;
  }
}
