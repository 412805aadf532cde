/**
 * `data "sps_connection_policies"`: the connection policies of one protocol, read-only. VNC ones are
 * read-only on the REST API (documented), Telnet and ICA ones probably ([I]); SSH and RDP ones can be
 * read here too (they are written through `pass_through`). Each body is the JSON the appliance
 * returns, references as keys: for a read-only protocol only the fields common to every protocol.
 */
import { mapPath, passThroughKind, pathFromPointer, type JsonObject } from '../../model';
import type { DataSourceDefinition } from '../server/definition';
import { AttributePath, T, type Diagnostics, type TfValue } from '../tf';
import type { ProviderRuntime } from '../settings';

const PROTOCOLS = ['ssh', 'rdp', 'vnc', 'telnet', 'ica', 'http', 'mssql'] as const;

export class ConnectionPoliciesDataSource implements DataSourceDefinition {
  readonly typeName = 'sps_connection_policies';
  readonly schema = {
    block: {
      description:
        'The connection policies of one protocol, as the appliance returns them (read-only; VNC connection policies can only be changed in the web UI).',
      attributes: {
        protocol: {
          type: T.string,
          required: true,
          description: `The protocol: ${PROTOCOLS.map((p) => `"${p}"`).join(', ')} (whether HTTP and MSSQL have connection policies on the REST API is not documented).`,
        },
        sensitive_paths: {
          type: T.list(T.string),
          optional: true,
          description:
            'JSON pointers ("*" for every list item) of fields whose values are replaced by "(sensitive)" in each body before it reaches Terraform (e.g. a credential store password).',
        },
        names: {
          type: T.list(T.string),
          computed: true,
          description:
            'The policy names in the order the appliance lists them (connection policies are matched in order; inferred).',
        },
        policies: {
          type: T.map(T.object({ key: T.string, active: T.bool, body: T.string })),
          computed: true,
          description:
            'By name: the key, the active flag (null when not returned) and the whole body as JSON (jsondecode() it).',
        },
      },
    },
  };

  constructor(private readonly runtime: ProviderRuntime) {}

  async read(config: TfValue, diags: Diagnostics): Promise<TfValue> {
    const protocol = (config as { protocol?: unknown } | null)?.protocol;
    if (typeof protocol !== 'string' || !(PROTOCOLS as readonly string[]).includes(protocol)) {
      diags.addError(
        'Invalid protocol',
        `protocol must be one of ${PROTOCOLS.join(', ')}; got ${JSON.stringify(protocol)}`,
        AttributePath.root('protocol'),
      );
      return null;
    }
    if (!this.runtime.settings) {
      diags.addError('Provider not configured', 'url, username and password are needed.');
      return null;
    }
    const given = (config as { sensitive_paths?: unknown }).sensitive_paths;
    const pointers = Array.isArray(given) ? given.filter((p): p is string => typeof p === 'string') : [];
    const paths = pointers.map(pathFromPointer);
    const bad = pointers.find((_p, i) => paths[i] === undefined);
    if (bad !== undefined) {
      diags.addError(
        'Invalid sensitive path',
        `"${bad}" is not a JSON pointer`,
        AttributePath.root('sensitive_paths'),
      );
      return null;
    }
    const kind = passThroughKind(`${protocol}/connections`, { shape: 'collection' });
    const masked = (body: JsonObject): JsonObject =>
      paths.reduce<JsonObject>((b, path) => mapPath(b, path!, () => '(sensitive)'), body);
    try {
      const objects = await this.runtime.client().readAll(kind);
      const named = objects.map((o) => ({ key: o.key, body: masked(kind.writtenForm(o.body)) }));
      return {
        protocol,
        sensitive_paths: Array.isArray(given) ? given : null,
        names: named.map((o) => String(o.body.name ?? o.key)),
        policies: Object.fromEntries(
          named.map((o) => [
            String(o.body.name ?? o.key),
            {
              key: o.key,
              active: typeof o.body.active === 'boolean' ? o.body.active : null,
              body: JSON.stringify(o.body),
            },
          ]),
        ),
      };
    } catch (err) {
      diags.addError(
        `Reading the ${protocol} connection policies failed`,
        err instanceof Error ? err.message : String(err),
      );
      return null;
    }
  }
}
