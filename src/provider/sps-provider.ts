/** The `sps` provider: settings, the sps_configuration and sps_document resources, the data sources. */
import { VERSION } from '../version';
import { ApplianceDataSource } from './data-sources/appliance';
import { ConnectionPoliciesDataSource } from './data-sources/connection-policies';
import { LiveConfigurationDataSource } from './data-sources/live-configuration';
import { SessionsDataSource } from './data-sources/sessions';
import { IMPACT_ATTRIBUTES, configureImpact, validateImpactBlock } from './impact';
import { SpsConfigurationResource } from './resources/configuration';
import { SpsDocumentResource } from './resources/document-resource';
import { ApplianceEngine } from './resources/engine';
import type { ProviderDefinition } from './server/definition';
import { WRITE_ONLY_MINIMUM_TERRAFORM } from './server/write-only';
import { ProviderRuntime, providerSchema, readSettings, validateSettingsBlock } from './settings';
import type { Diagnostics, TfValue } from './tf';

export const PROVIDER_NAMESPACE = 'sps-iac';
export const PROVIDER_VERSION = VERSION;

export function createSpsProvider(env: NodeJS.ProcessEnv = process.env): ProviderDefinition {
  const runtime = new ProviderRuntime();
  const engine = new ApplianceEngine(runtime); // one redactor for every resource of this process
  return {
    typeName: 'sps',
    schema: {
      ...providerSchema,
      block: {
        ...providerSchema.block,
        attributes: { ...providerSchema.block.attributes, ...IMPACT_ATTRIBUTES },
      },
    },
    minimumTerraformVersion: WRITE_ONLY_MINIMUM_TERRAFORM,
    minimumTerraformReason:
      'Secrets are write-only attributes (Terraform ≥ 1.11), so that no plan or state holds them.',
    async validateConfig(config: TfValue, diags: Diagnostics) {
      validateSettingsBlock(config, diags);
      validateImpactBlock(config, diags);
    },
    async configure(config: TfValue, diags: Diagnostics) {
      const settings = readSettings(config, env, diags);
      if (settings?.insecure)
        diags.addWarning(
          'TLS certificate verification is off',
          `insecure (or SPS_INSECURE) is set: anyone on the network path to ${settings.url} can read and change what the provider sends, credentials included.`,
        );
      if (settings) runtime.configure(settings);
      if (settings) configureImpact(runtime, config, env, diags);
    },
    async stop() {
      await runtime.stop(); // the apply in flight rolls back; the client stays open for it
    },
    resources: [new SpsConfigurationResource(runtime, engine), new SpsDocumentResource(runtime, engine)],
    dataSources: [
      new ApplianceDataSource(runtime),
      new LiveConfigurationDataSource(runtime),
      new ConnectionPoliciesDataSource(runtime),
      new SessionsDataSource(runtime),
    ],
  };
}
