/**
 * Connection policies: the fields the guide confirms for every protocol (sps-api-more.md §1.3, §1.4),
 * typed over the pass-through endpoints `<protocol>/connections`. Only these are checked; the schema
 * is open everywhere, because most of a connection body is undocumented (its references to audit,
 * channel, settings and authentication policies above all, §1.6): any other field may be written and
 * is passed through, and every field not written is kept. [C] marks a confirmed fact, [I] an inferred
 * one. Only SSH and RDP connection policies are writable on the REST API; VNC ones are documented
 * read-only, Telnet and ICA ones probably are ([I]): they are read with data sources.
 */
import { arr, bool, int, oneOfStrings, str } from '../schema';
import type { JsonSchema } from '../types';

/** An object whose listed fields are checked and whose other fields are passed through. */
const open = (description: string, properties: Record<string, JsonSchema>): JsonSchema => ({
  type: 'object',
  description,
  properties,
  additionalProperties: true,
});

/** A reference as the appliance takes it (the target's key) or as a document writes it (`$ref`). */
const reference = (description: string): JsonSchema => ({
  description,
  oneOf: [
    { type: 'string', minLength: 1 },
    {
      type: 'object',
      properties: { $ref: { type: 'string', minLength: 1 } },
      required: ['$ref'],
      additionalProperties: false,
    },
  ],
  'x-message': 'must be the key of the object or {"$ref": "<endpoint>/<name>"}',
});

export function connectionPolicySchema(protocol: string): JsonSchema {
  return open(`A ${protocol} connection policy: the confirmed common fields; others are passed through.`, {
    name: str('[C] The name of the connection policy.', {
      minLength: 1,
      pattern: '^\\S+$',
      'x-message': 'must be a non-empty name without whitespace',
    }),
    active: bool('[C] Set to false to suspend the connection policy; its settings are preserved.'),
    access_control: arr(
      '[C] Access policies: who can authorize and audit a connection.',
      open('[C] One access policy.', {
        // its type is inferred (a group name string in the one sample): described, not checked
        authorizer: {
          description:
            '[C] The usergroup (local or LDAP) that can authorize or audit the connection ([I] by name, a string).',
        },
        permission: oneOfStrings(
          ['audit', 'authorize', 'audit_and_authorize'],
          '[C] audit: monitor connections and download audit trails; authorize: authorize connection requests; audit_and_authorize: both.',
        ),
        subject: open(
          '[I] Who is subject to the policy: { selection: everybody | only, group } (the key names are inferred).',
          {},
        ),
      }),
    ),
    network: open('[C] Where connections come from and go to.', {
      clients: arr('[C] Client ("from") IP addresses.', str('A client address.', { minLength: 1 })),
      targets: arr('[C] Target IP addresses.', str('A target address.', { minLength: 1 })),
      ports: arr('[C] Target ports.', int('A port.', { minimum: 1, maximum: 65535 })),
    }),
    indexing: open('[C] Indexing of the connections.', {
      enabled: bool('[C] Index the connections.'),
      policy: reference(
        '[C] The indexing policy (policies/indexing): its key, or {"$ref": "policies/indexing/<name>"}.',
      ),
      priority: int('[C] The indexing priority (the allowed values are not documented).'),
    }),
    log_audit_trail_downloads: bool('[C] Log audit trail downloads.'),
    override_log_level: open(
      '[C] Own log level for these sessions; when disabled, the protocol options’ level applies ([I] further fields, e.g. the level itself, are passed through).',
      { enabled: bool('[C] Use a log level of this policy’s own.') },
    ),
    channel_database_cleanup: open(
      '[I] Cleanup of the connection metadata for this policy (documented in the common table; which protocols have it is inferred).',
      {
        enabled: bool('[C] Clean up the connection metadata periodically.'),
        days: int(
          '[C] Retention in days; must not exceed the archive/cleanup policy’s nor the protocol options’ retention.',
          { minimum: 1 },
        ),
      },
    ),
  });
}

/** Pass-through endpoints whose common fields the model checks, with a title for messages. */
export const KNOWN_PASS_THROUGH: ReadonlyMap<
  string,
  { readonly title: string; readonly schema: JsonSchema }
> = new Map([
  ['ssh/connections', { title: 'SSH connection policy', schema: connectionPolicySchema('SSH') }],
  ['rdp/connections', { title: 'RDP connection policy', schema: connectionPolicySchema('RDP') }],
]);
