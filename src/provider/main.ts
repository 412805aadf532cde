/**
 * terraform-provider-sps. Run by Terraform (go-plugin handshake); `--print-schema` prints the
 * `terraform providers schema -json` document without Terraform (used to generate the CDKTF bindings);
 * `install [--mirror DIR]` puts this provider into a Terraform filesystem mirror (install.ts).
 */
import { installCommand } from './install';
import { serveProvider } from './serve';
import { PROVIDER_NAMESPACE, createSpsProvider } from './sps-provider';
import { schemaToJson } from './tf';

if (process.argv[2] === 'install') {
  // Terraform starts providers without arguments, so a first argument is always a person's command
  process.exitCode = installCommand(process.argv.slice(3));
} else if (process.argv.includes('--print-schema')) {
  process.stdout.write(
    JSON.stringify(schemaToJson(createSpsProvider(), { namespace: PROVIDER_NAMESPACE }), null, 2) + '\n',
  );
} else {
  void serveProvider(createSpsProvider());
}
