/** `data "sps_appliance"`: what the appliance says about itself (firmware, node). */
import type { DataSourceDefinition } from '../server/definition';
import { T, type Diagnostics, type TfValue } from '../tf';
import type { ProviderRuntime } from '../settings';

export class ApplianceDataSource implements DataSourceDefinition {
  readonly typeName = 'sps_appliance';
  readonly schema = {
    block: {
      description: 'Facts about the configured SPS appliance.',
      attributes: {
        url: { type: T.string, computed: true, description: 'The appliance URL.' },
        firmware_version: {
          type: T.string,
          computed: true,
          description: 'Firmware version reported by GET /api/info.',
        },
        node_id: {
          type: T.string,
          computed: true,
          description: 'Cluster node ID, when the appliance reports one.',
        },
      },
    },
  };

  constructor(private readonly runtime: ProviderRuntime) {}

  async read(_config: TfValue, diags: Diagnostics): Promise<TfValue> {
    const settings = this.runtime.settings;
    if (!settings) {
      diags.addError('Provider not configured', 'url, username and password are needed.');
      return null;
    }
    try {
      const info = await this.runtime.client().info();
      return {
        url: settings.url,
        firmware_version: info.firmwareVersion ?? null,
        node_id: info.nodeId ?? null,
      };
    } catch (err) {
      diags.addError('Reading appliance info failed', err instanceof Error ? err.message : String(err));
      return null;
    }
  }
}
