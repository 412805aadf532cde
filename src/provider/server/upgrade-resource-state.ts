/**
 * Terraform calls this on every refresh with the state as stored. At the current schema version
 * the JSON is read as-is (attributes the schema no longer has are dropped); older versions go
 * through the definition's `upgrade()`.
 */
import { schemaType } from '../tf/schema';
import { decodeJson } from '../wire/dynamic-value';
import type * as wire from '../wire/messages';
import { callHook, newDiagnostics, type ProviderServer } from './context';
import { diagnosticsToWire } from './convert';

export async function upgradeResourceState(
  server: ProviderServer,
  req: wire.UpgradeResourceStateRequest,
): Promise<wire.UpgradeResourceStateResponse> {
  const diags = newDiagnostics();
  const done = (upgraded_state?: wire.DynamicValue) => ({
    upgraded_state,
    diagnostics: diagnosticsToWire(diags),
  });
  const resource = server.resource(req.type_name, diags);
  if (!resource) return done();
  const current = resource.schema.version ?? 0;
  const text = req.raw_state?.json?.toString('utf8') ?? '';
  if (!text) {
    const legacy = Object.keys(req.raw_state?.flatmap ?? {}).length > 0;
    diags.addError(
      'Unable to upgrade resource state',
      legacy ? 'Legacy flatmap state is not supported.' : 'The stored state is empty.',
    );
    return done();
  }
  if (req.version > current) {
    diags.addError(
      'Unable to upgrade resource state',
      `The state of ${req.type_name} was written by schema version ${req.version}, newer than this provider's ${current}. Use a newer provider.`,
    );
    return done();
  }
  if (req.version === current) {
    try {
      return done(
        server.encode(
          decodeJson(text, schemaType(resource.schema), { ignoreUndefinedAttributes: true }),
          resource.schema,
          diags,
          'upgraded state',
        ),
      );
    } catch (error) {
      diags.addError(
        'Unable to read stored state',
        `The stored ${req.type_name} state does not match schema version ${current}: ${(error as Error).message}`,
      );
      return done();
    }
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    diags.addError(
      'Unable to upgrade resource state',
      `The stored ${req.type_name} state is not valid JSON.`,
    );
    return done();
  }
  const upgraded = await callHook(diags, `${req.type_name} state upgrade`, () =>
    resource.upgrade(raw, req.version, diags),
  );
  if (upgraded === undefined || diags.hasError()) return done();
  return done(server.encode(upgraded, resource.schema, diags, 'upgraded state'));
}
