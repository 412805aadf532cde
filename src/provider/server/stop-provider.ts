/** StopProvider cancels in-flight work (Ctrl-C in Terraform); the process keeps serving until Shutdown. */
import type * as wire from '../wire/messages';
import type { ProviderServer } from './context';

export async function stopProvider(server: ProviderServer): Promise<wire.StopProviderResponse> {
  try {
    await server.definition.stop?.();
    return { Error: '' };
  } catch (error) {
    return { Error: error instanceof Error ? error.message : String(error) };
  }
}
