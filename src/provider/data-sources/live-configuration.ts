/**
 * `data "sps_live_configuration"`: the appliance's managed configuration as a desired-state
 * document (JSON), secrets replaced by `${env:…}` references. Useful to bootstrap a configuration.
 */
import { exportLive } from '../../reconcile';
import type { DataSourceDefinition } from '../server/definition';
import { T, type Diagnostics, type TfValue } from '../tf';
import type { ProviderRuntime } from '../settings';

export class LiveConfigurationDataSource implements DataSourceDefinition {
  readonly typeName = 'sps_live_configuration';
  readonly schema = {
    block: {
      description:
        'The live managed configuration as a desired-state JSON document (secrets as ${env:...} references).',
      attributes: {
        document: { type: T.string, computed: true, description: 'The desired-state document, JSON.' },
        secret_variables: {
          type: T.list(T.string),
          computed: true,
          description: 'Environment variables the document refers to for secrets.',
        },
      },
    },
  };

  constructor(private readonly runtime: ProviderRuntime) {}

  async read(_config: TfValue, diags: Diagnostics): Promise<TfValue> {
    if (!this.runtime.settings) {
      diags.addError('Provider not configured', 'url, username and password are needed.');
      return null;
    }
    try {
      const result = await exportLive(this.runtime.client());
      return {
        document: JSON.stringify(result.document),
        secret_variables: result.secrets.map((s) => s.variable),
      };
    } catch (err) {
      diags.addError(
        'Reading the live configuration failed',
        err instanceof Error ? err.message : String(err),
      );
      return null;
    }
  }
}
