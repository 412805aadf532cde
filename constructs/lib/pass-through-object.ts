/**
 * What an SpsConfiguration needs of a generic endpoint object to render it (SpsObject implements
 * it): the configuration and the renderers depend on this, not on the construct, which registers
 * itself with its configuration.
 */
import type { IConstruct } from 'constructs';
import type { BodySecret } from './pass-through-secrets';

export interface PassThroughObject extends IConstruct {
  readonly endpoint: string;
  readonly name?: string;
  readonly body: Record<string, unknown>;
  readonly sensitivePaths: readonly string[];
  /** @internal The body to render (and check): secrets as their placeholders. */
  _renderedBody(): Record<string, unknown>;
  /** @internal The secrets of the body, by placeholder name: what the resource's `secrets` map gives. */
  _secrets(): readonly BodySecret[];
}
