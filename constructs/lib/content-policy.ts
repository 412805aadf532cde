/** ContentPolicy: real-time rules over session traffic (commands, screen content, window titles). */
import type { Construct } from 'constructs';
import type * as gen from '../gen/providers/sps';
import { SpsConfiguration } from './configuration';
import { throwIfProblems } from './errors';
import { SpsManagedObject } from './sps-object';

/** What a rule looks at. */
export enum ContentEvent {
  /** Commands in SSH session shells and Telnet. */
  COMMAND = 'command',
  /** Any text on screen. */
  SCREEN_CONTENT = 'screen_content',
  /** Credit card numbers. */
  CREDIT_CARD = 'creditcard',
  /** RDP, ICA and VNC window titles. */
  WINDOW_TITLE = 'window_title',
}

export interface ContentRuleActions {
  /** Log the event in the system logs.  @default true */
  readonly log?: boolean;
  /** Send an e-mail or SNMP alert.  @default false */
  readonly notify?: boolean;
  /** Store the event in the connection database.  @default false */
  readonly storeInConnectionDatabase?: boolean;
  /** Terminate the connection immediately.  @default false */
  readonly terminate?: boolean;
}

export interface ContentRule {
  /** The traffic the patterns are matched against. */
  readonly event: ContentEvent;
  /** PCRE patterns (substring match) that trigger the actions; at least one. */
  readonly match: readonly string[];
  /** PCRE patterns that suppress a match.  @default [] */
  readonly ignore?: readonly string[];
  /**
   * What SPS does on a match. A rule that does nothing is pointless, so logging is on unless
   * turned off.  @default { log: true } - log only
   */
  readonly actions?: ContentRuleActions;
  /** Apply only to users in these gateway groups.  @default [] - everyone */
  readonly gatewayGroups?: readonly string[];
  /** Apply only to users in these remote groups.  @default [] - everyone */
  readonly remoteGroups?: readonly string[];
}

export interface ContentPolicyProps {
  /** SPS name of the policy (no whitespace); renaming means delete + create.  @default - the construct id */
  readonly name?: string;
  /** The rules, evaluated in order; at least one. */
  readonly rules: readonly ContentRule[];
}

export class ContentPolicy extends SpsManagedObject {
  readonly kind = 'content_policies';
  readonly name: string;
  readonly #rules: ContentRule[];

  constructor(scope: Construct, id: string, props: ContentPolicyProps) {
    super(scope, id);
    this.name = props.name ?? id;
    this.#rules = props.rules.map((r) => ({ ...r }));
    // not a model rule (SPS takes an empty list, which matches nothing): a construct keeps you from writing one
    throwIfProblems(
      this.#rules.flatMap((r, i) =>
        r.match.length === 0
          ? [`rules[${i}].match must contain at least one pattern (an empty list matches nothing)`]
          : [],
      ),
      this,
    );
    SpsConfiguration.of(this)._register(this);
  }

  /** The rules (a copy). */
  get rules(): ContentRule[] {
    return this.#rules.map((r) => ({ ...r }));
  }

  /** @internal */
  _toSps(): gen.configuration.ConfigurationContentPolicies {
    return {
      rules: this.#rules.map((r) => ({
        event: { selection: r.event, match: [...r.match], ignore: [...(r.ignore ?? [])] },
        actions: {
          log: r.actions?.log ?? true,
          notify: r.actions?.notify ?? false,
          storeInConnectionDatabase: r.actions?.storeInConnectionDatabase ?? false,
          terminate: r.actions?.terminate ?? false,
        },
        gatewayGroups: [...(r.gatewayGroups ?? [])],
        remoteGroups: [...(r.remoteGroups ?? [])],
      })),
    };
  }
}
