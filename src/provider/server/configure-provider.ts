import type * as wire from '../wire/messages';
import { callHook, newDiagnostics, type ProviderServer } from './context';
import { diagnosticsToWire } from './convert';
import { isOlderThan } from './write-only';

export async function configureProvider(
  server: ProviderServer,
  req: wire.ConfigureProviderRequest,
): Promise<wire.WithDiagnostics> {
  const diags = newDiagnostics();
  const def = server.definition;
  const minimum = def.minimumTerraformVersion;
  if (minimum && isOlderThan(req.terraform_version, minimum)) {
    diags.addError(
      `Terraform ${minimum} or newer is needed`,
      `The ${def.typeName} provider runs on Terraform ≥ ${minimum} (or OpenTofu ≥ ${minimum.replace(/\.0$/, '')}); this is ${req.terraform_version}. ${def.minimumTerraformReason ?? ''}`.trim(),
    );
    return { diagnostics: diagnosticsToWire(diags) };
  }
  const config = server.decode(req.config, def.schema, diags, 'provider configuration');
  if (config !== undefined)
    await callHook(diags, 'Provider configuration', () => def.configure(config, diags));
  return { diagnostics: diagnosticsToWire(diags, def.schema.block) };
}
