import {
  address,
  arr,
  bool,
  int,
  obj,
  onlyWhen,
  oneOfStrings,
  requiredWhenEnabled,
  str,
  whenEquals,
} from '../schema';
import type { KindSpec } from '../define';

const port = (description: string, extra: Record<string, unknown> = {}) =>
  int(description, { minimum: 1, maximum: 65535, ...extra });

/**
 * `/api/configuration/management/splunk_forwarder` (guide excerpt 000). Deprecated since SPS 6.4
 * in favour of the universal SIEM forwarder. The guide says "POST"; it is a singleton, so we PUT
 * (the emulator's `forwarderMethod` switch covers both).
 */
export const splunkForwarder: KindSpec = {
  name: 'splunk_forwarder',
  title: 'Splunk forwarder',
  description:
    'Forwards session data to Splunk through its HTTP Event Collector (HEC). Deprecated since SPS 6.4: prefer the universal SIEM forwarder.',
  endpoint: '/api/configuration/management/splunk_forwarder',
  shape: 'singleton',
  identity: null,
  managed: true,
  schema: obj(
    'The Splunk forwarder settings.',
    {
      enabled: bool('Forward session data to Splunk.'),
      host: address('The Splunk server receiving the events.'),
      port: port('The HTTP Event Collector port of the Splunk server.', { default: 8088 }),
      pam_address: address(
        'The host name SPS reports as the source of the events (default: the SPS host name).',
      ),
      flush_interval: int('How often buffered events are sent, in seconds.', { minimum: 1, default: 600 }),
      ssl: obj(
        'TLS towards Splunk. The guide shows "insecure"; the other values mirror the SIEM forwarder (unconfirmed).',
        {
          selection: oneOfStrings(
            ['disabled', 'insecure', 'secure'],
            'disabled, insecure (no certificate check) or secure.',
          ),
        },
        ['selection'],
      ),
      // a fresh appliance holds an empty token while the forwarder is disabled
      token: str('The HTTP Event Collector (HEC) token (empty while unset). Sensitive.'),
    },
    ['enabled'],
    {
      allOf: [
        whenEquals('enabled', true, {
          required: ['host', 'token', 'ssl'],
          properties: { token: { minLength: 1, 'x-message': 'must not be empty when enabled is true' } },
        }),
      ],
    },
  ),
  sensitive: [['token']],
  references: [],
};

const siemTarget = obj(
  'A SIEM that receives syslog (RFC 3164) messages.',
  {
    name: str('The name of the SIEM target.', { minLength: 1 }),
    format: oneOfStrings(
      ['cef', 'json', 'json_cim'],
      'The format of the message body: CEF, JSON or JSON-CIM.',
    ),
    protocol: obj(
      'How the SIEM is reached.',
      {
        selection: oneOfStrings(['syslog'], 'Must be "syslog".'),
        value: obj(
          'The address and TLS settings of the SIEM.',
          {
            address: address('The address of the SIEM.'),
            port: port('The port of the SIEM.'),
            tls: obj(
              'Transport security towards the SIEM.',
              {
                selection: oneOfStrings(
                  ['disabled', 'insecure', 'secure'],
                  'disabled; insecure: TLS without certificate check; secure: TLS validated with a trusted CA list.',
                ),
                trusted_ca_list_ref: str(
                  'The trusted CA list that validates the SIEM certificate (required when selection is "secure").',
                  {
                    minLength: 1,
                  },
                ),
              },
              ['selection'],
              { allOf: [onlyWhen('selection', 'secure', ['trusted_ca_list_ref'])] },
            ),
          },
          ['address', 'port', 'tls'],
        ),
      },
      ['selection', 'value'],
    ),
  },
  ['name', 'format', 'protocol'],
);

/** `/api/configuration/management/universal_siem_forwarder` (guide excerpt 000). */
export const universalSiemForwarder: KindSpec = {
  name: 'universal_siem_forwarder',
  title: 'universal SIEM forwarder',
  description:
    'Forwards data about audited sessions as syslog messages (CEF, JSON or JSON-CIM) to Splunk, ArcSight or other SIEMs.',
  endpoint: '/api/configuration/management/universal_siem_forwarder',
  shape: 'singleton',
  identity: null,
  managed: true,
  schema: obj(
    'The universal SIEM forwarder settings.',
    {
      enabled: bool('Forward session data to the targets.'),
      prefix: str('A prefix added to every JSON key (JSON format only), e.g. "sps_".', { default: '' }),
      targets: arr('The SIEM targets.', siemTarget, { default: [] }),
    },
    ['enabled'],
    { allOf: [requiredWhenEnabled(['targets'])] },
  ),
  sensitive: [],
  references: [
    {
      path: ['targets', '*', 'protocol', 'value', 'tls', 'trusted_ca_list_ref'],
      target: 'trusted_ca_lists',
      readForm: 'string',
    },
  ],
  uniqueItems: [{ path: ['targets'], field: 'name' }],
};
