/**
 * `/api/configuration/policies/time_policies` (sps-api-more.md §3.6, the full shape confirmed): per
 * weekday, the intervals in which users may access a channel. Channel policies select one; a time
 * policy a channel policy uses cannot be deleted (the appliance refuses).
 */
import { arr, obj, objectName, str } from '../schema';
import type { KindSpec } from '../define';

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

const time = (which: string) =>
  str(`The ${which} of the interval, in H:MM or HH:MM format (the guide's sample: "0:00" to "23:59").`, {
    pattern: '^([01]?[0-9]|2[0-3]):[0-5][0-9]$',
    'x-message': 'must be a time in H:MM or HH:MM format (0:00 to 23:59)',
  });

const day = (name: string) =>
  arr(
    `The intervals of ${name} when users may access the connection, each [from, to]; an empty list: no access that day.`,
    {
      type: 'array',
      description: 'One interval: [from, to].',
      items: time('start or end'),
      minItems: 2,
      maxItems: 2,
      'x-message': 'must be an interval [from, to] of two times',
    },
  );

const DAY_NAMES: Record<(typeof WEEKDAYS)[number], string> = {
  Mon: 'Monday',
  Tue: 'Tuesday',
  Wed: 'Wednesday',
  Thu: 'Thursday',
  Fri: 'Friday',
  Sat: 'Saturday',
  Sun: 'Sunday',
};

export const timePolicies: KindSpec = {
  name: 'time_policies',
  title: 'time policy',
  description:
    'Time policies set when users may access a channel: per weekday, a list of [from, to] intervals. Channel policies select one (by default there is no time restriction: 7x24).',
  endpoint: '/api/configuration/policies/time_policies',
  shape: 'collection',
  identity: 'name',
  managed: true,
  schema: obj(
    'A time policy.',
    {
      name: objectName('time policy'),
      ...Object.fromEntries(WEEKDAYS.map((d) => [d, day(DAY_NAMES[d])])),
    },
    ['name'],
  ),
  sensitive: [],
  references: [],
};
