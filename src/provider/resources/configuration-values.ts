/**
 * `sps_configuration`'s values in document terms: its state from a document (the computed `id`,
 * `keys` and `secret_versions`; write-only secrets null), and its configuration read as the engine's
 * document: `${env:NAME}` placeholders from `secrets` (then the provider's environment), a secret
 * written into a pass-through body, which the state keeps, refused.
 */
import type { JsonObject } from '../../model';
import {
  SpsDesiredStateError,
  declaredRecordOf,
  eachObject,
  type ApplyResult,
  type DesiredState,
  type KeyBook,
} from '../../reconcile';
import { privateBytes } from './lifecycle';
import { isObjectValue, type Diagnostics, type Schema, type TfValue } from '../tf';
import { keysOf } from './document';
import type { ApplianceEngine, Where } from './engine';
import { inPassThroughBodies, literalSecretIssues, secretsEnvironment, secretsGiven } from './placeholders';
import { versionsOf, versionsValue, type Versions } from './secret-versions';
import { documentToTf, fromJson, tfToDocument } from './values';

const KEY_BOOK = { kind: 'map', element: { kind: 'map', element: { kind: 'string' } } } as const;

export function configurationState(
  schema: Schema,
  parts: { doc: JsonObject; url: string; keys: KeyBook; versions: Versions },
  same?: TfValue,
): TfValue {
  const computed = {
    id: parts.url,
    keys: fromJson(keysOf(parts.doc, parts.keys), KEY_BOOK),
    secret_versions: versionsValue(parts.versions),
    secrets: null,
  };
  return documentToTf(parts.doc, schema, computed, same);
}

export function parseConfiguration(
  engine: ApplianceEngine,
  doc: JsonObject,
  config: TfValue,
  diags: Diagnostics,
  where: Where,
): DesiredState | undefined {
  const secrets = isObjectValue(config) ? config.secrets : null;
  engine.redact(Object.values(secretsGiven(secrets)));
  const literal = literalSecretIssues(doc, inPassThroughBodies, 'a pass-through body');
  if (literal.length) {
    engine.report(
      new SpsDesiredStateError(literal, 'sps_configuration'),
      diags,
      'Invalid configuration',
      where,
    );
    return undefined;
  }
  return engine.parse(doc, diags, where, { source: 'sps_configuration', env: secretsEnvironment(secrets) });
}

/**
 * The committed state: the planned values, the keys the apply gave, the planned secret versions (or,
 * where the plan could not know them, as the apply's plan `decided`); and private state: the
 * fingerprints, and what this configuration declared (a field dropped later goes back to the default).
 */
export function committedState(
  schema: Schema,
  planned: TfValue,
  desired: DesiredState,
  applied: { result: ApplyResult },
  url: string,
  decided: () => Versions,
): { newState: TfValue; private: Buffer } {
  const known = isObjectValue(planned) ? planned.secret_versions : null;
  const versions =
    isObjectValue(known) && Object.values(known).every((v) => typeof v === 'string')
      ? versionsOf(known)
      : decided();
  const doc = tfToDocument(planned, schema);
  return {
    newState: configurationState(schema, { doc, url, keys: applied.result.keys, versions }, planned),
    private: privateBytes({
      records: applied.result.secretRecords,
      declared: declaredRecordOf(eachObject(desired)),
    }),
  };
}
