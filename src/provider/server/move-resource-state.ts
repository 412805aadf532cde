/**
 * `moved` blocks across resource types of this provider: the target resource turns the source's
 * stored state into its own, so nothing is destroyed or created on the way.
 */
import type * as wire from '../wire/messages';
import { callHook, newDiagnostics, type ProviderServer } from './context';
import { diagnosticsToWire } from './convert';

export async function moveResourceState(
  server: ProviderServer,
  req: wire.MoveResourceStateRequest,
): Promise<wire.MoveResourceStateResponse> {
  const diags = newDiagnostics();
  const failed = () => ({ diagnostics: diagnosticsToWire(diags) });
  const target = server.resource(req.target_type_name, diags);
  if (!target) return failed();
  const refuse = (why: string) => {
    diags.addError(
      'Unable to move resource state',
      `${req.source_type_name} (${req.source_provider_address}) cannot be moved to ${req.target_type_name}: ${why}`,
    );
    return failed();
  };
  if (!target.move) return refuse(`${req.target_type_name} does not take state from another type.`);
  let source: unknown;
  try {
    source = JSON.parse(req.source_state?.json?.toString('utf8') ?? '');
  } catch {
    return refuse('the stored state is not valid JSON.');
  }
  const moved = await callHook(diags, `${req.target_type_name} move`, () =>
    target.move!(
      {
        sourceType: req.source_type_name,
        sourceVersion: Number(req.source_schema_version),
        source,
        sourcePrivate: req.source_private?.length ? req.source_private : undefined,
      },
      diags,
    ),
  );
  if (diags.hasError()) return failed();
  if (!moved) return refuse(`${req.target_type_name} does not take state from that type.`);
  const target_state = server.encode(moved.state, target.schema, diags, 'moved state');
  if (!target_state) return failed();
  return {
    target_state,
    target_private: moved.private ?? Buffer.alloc(0),
    diagnostics: diagnosticsToWire(diags),
  };
}
