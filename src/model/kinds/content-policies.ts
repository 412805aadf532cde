import { arr, bool, obj, objectName, oneOfStrings, str } from '../schema';
import type { KindSpec } from '../define';

const patterns = (description: string) =>
  arr(description, str('A PCRE pattern (substring match).', { minLength: 1 }));
const groups = (which: string) =>
  arr(
    `Apply the rule only to connections of users in these ${which} groups (empty: everyone).`,
    str('A usergroup name.', { minLength: 1 }),
    { default: [] },
  );
const action = (description: string) => bool(description, { default: false });

/** `/api/configuration/policies/content_policies` (guide excerpt 004). */
export const contentPolicies: KindSpec = {
  name: 'content_policies',
  title: 'content policy',
  description:
    'Content policies monitor session traffic in real time (commands, screen content, credit card numbers, window titles) and log, notify, store or terminate when a pattern matches.',
  endpoint: '/api/configuration/policies/content_policies',
  shape: 'collection',
  identity: 'name',
  managed: true,
  schema: obj(
    'A content policy.',
    {
      name: objectName('content policy'),
      rules: arr(
        'The rules of the policy, evaluated in order.',
        obj(
          'A content policy rule.',
          {
            actions: obj(
              'What SPS does when the rule matches.',
              {
                log: action('Log the event in the system logs.'),
                notify: action('Send an e-mail or SNMP alert about the event.'),
                store_in_connection_database: action('Store the event in the connection database of SPS.'),
                terminate: action('Immediately terminate the connection.'),
              },
              [],
              { default: {} },
            ),
            event: obj(
              'The event that triggers the actions.',
              {
                selection: oneOfStrings(
                  ['command', 'screen_content', 'creditcard', 'window_title'],
                  'command: SSH session-shell or Telnet commands; screen_content: any text on screen; creditcard: credit card numbers; window_title: RDP, ICA and VNC window titles.',
                ),
                match: patterns('Patterns that trigger the actions when found in the traffic.'),
                ignore: { ...patterns('Patterns that suppress a match.'), default: [] },
              },
              ['selection', 'match'],
            ),
            gateway_groups: groups('gateway'),
            remote_groups: groups('remote'),
          },
          ['event'],
        ),
        { minItems: 1 },
      ),
    },
    ['name', 'rules'],
  ),
  sensitive: [],
  references: [],
};
