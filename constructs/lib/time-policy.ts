/** TimePolicy: when users may access a channel, per weekday. Channel policies select one. */
import type { Construct } from 'constructs';
import type * as gen from '../gen/providers/sps';
import { SpsConfiguration } from './configuration';
import { SpsManagedObject } from './sps-object';

/** One interval of a day, `[from, to]` in H:MM or HH:MM (e.g. `['8:00', '18:00']`). */
export type TimeInterval = readonly [string, string];

/** The intervals of each weekday; a day left out has no access. */
export interface WeeklySchedule {
  readonly mon?: readonly TimeInterval[];
  readonly tue?: readonly TimeInterval[];
  readonly wed?: readonly TimeInterval[];
  readonly thu?: readonly TimeInterval[];
  readonly fri?: readonly TimeInterval[];
  readonly sat?: readonly TimeInterval[];
  readonly sun?: readonly TimeInterval[];
}

export interface TimePolicyProps {
  /** SPS name of the policy (no whitespace); renaming means delete + create.  @default - the construct id */
  readonly name?: string;
  /**
   * When access is allowed. Every day is written: a day left out gets an empty list (no access that
   * day), so the policy on SPS is exactly this schedule.
   */
  readonly schedule: WeeklySchedule;
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export class TimePolicy extends SpsManagedObject {
  /** Every day from 0:00 to 23:59 (the guide's "7x24" sample). */
  static allWeek(): WeeklySchedule {
    return Object.fromEntries(DAYS.map((d) => [d, [['0:00', '23:59']]]));
  }

  /** Monday to Friday, `[from, to]` each day; no access at the weekend. */
  static workdays(from: string, to: string): WeeklySchedule {
    return Object.fromEntries(DAYS.slice(0, 5).map((d) => [d, [[from, to]]]));
  }

  readonly kind = 'time_policies';
  readonly name: string;
  readonly schedule: WeeklySchedule;

  constructor(scope: Construct, id: string, props: TimePolicyProps) {
    super(scope, id);
    this.name = props.name ?? id;
    this.schedule = props.schedule;
    SpsConfiguration.of(this)._register(this);
  }

  /** @internal */
  _toSps(): gen.configuration.ConfigurationTimePolicies {
    const day = (d: (typeof DAYS)[number]) => (this.schedule[d] ?? []).map(([from, to]) => [from, to]);
    return {
      mon: day('mon'),
      tue: day('tue'),
      wed: day('wed'),
      thu: day('thu'),
      fri: day('fri'),
      sat: day('sat'),
      sun: day('sun'),
    };
  }
}
