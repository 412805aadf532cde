/**
 * terraform-provider-sps. Run by Terraform (go-plugin handshake); `--print-schema` prints the
 * `terraform providers schema -json` document without Terraform (used to generate the CDKTF bindings).
 */
import { serveProvider } from './serve';
import { PROVIDER_NAMESPACE, createSpsProvider } from './sps-provider';
import { schemaToJson } from './tf';

const provider = createSpsProvider();
if (process.argv.includes('--print-schema')) {
  process.stdout.write(
    JSON.stringify(schemaToJson(provider, { namespace: PROVIDER_NAMESPACE }), null, 2) + '\n',
  );
} else {
  void serveProvider(provider);
}
