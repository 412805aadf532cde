/**
 * `sps_document`: the CLI's desired-state document as a Terraform resource. The same engine as
 * `sps_configuration` (one apply is one SPS transaction; refresh, drift, ownership, import), but
 * Terraform holds the document as one string and the appliance's objects as one JSON string, so a
 * plan of thousands of objects costs Terraform core what a plan of one does.
 */
import { declaredBeforeOf, documentOf, type DesiredState } from '../../reconcile';
import type { ResourceDefinition } from '../server/definition';
import { UNKNOWN, isObjectValue, isWhollyKnown, type Diagnostics, type TfValue } from '../tf';
import type { ProviderRuntime } from '../settings';
import { liveKeys, ownedNames, withUndeclaredFields } from './document';
import {
  committedState,
  configurationText,
  documentSchema,
  priorOf,
  sameSettings,
  stateValue,
} from './document-values';
import { ApplianceEngine, type PriorState, type Where } from './engine';
import { DESTROY_ARCHIVE_HINT, privateBytes, privateStateOf, releaseReferences } from './lifecycle';
import { DocumentReader, type ParsedDocument } from './document-reader';
import {
  allFingerprintsMatch,
  keptVersions,
  secretsOf,
  versionsAfterPlan,
  versionsOf,
  withoutSecrets,
  type Versions,
} from './secret-versions';
import {
  documentFileOf,
  importedByDocument,
  importedBySelection,
  movedFromConfiguration,
} from './document-import';

export class SpsDocumentResource implements ResourceDefinition {
  readonly typeName = 'sps_document';
  readonly schema = documentSchema;

  readonly #reader: DocumentReader;

  constructor(
    private readonly runtime: ProviderRuntime,
    private readonly engine: ApplianceEngine,
  ) {
    this.#reader = new DocumentReader(engine);
  }

  async validate(config: TfValue, diags: Diagnostics): Promise<void> {
    if (!isObjectValue(config) || !isWhollyKnown(config)) return; // checked at plan time
    this.#desired(config, diags);
  }

  async upgrade(_raw: unknown, fromVersion: number, diags: Diagnostics): Promise<TfValue> {
    diags.addError('Unsupported state version', `sps_document has no state version ${fromVersion}.`);
    return null;
  }

  async plan(
    req: { config: TfValue; prior: TfValue; proposed: TfValue; priorPrivate?: Buffer },
    diags: Diagnostics,
  ): Promise<{ planned: TfValue; plannedPrivate?: Buffer }> {
    if (!this.engine.claim(this.typeName, diags) || !isObjectValue(req.config))
      return { planned: req.proposed };
    const prior = priorOf(req.prior);
    const settings = this.runtime.settings;
    const id = settings?.url ?? (isObjectValue(req.prior) ? req.prior.id : null) ?? UNKNOWN;
    const unknown = {
      document: req.config.document,
      secrets: null,
      id,
      configuration: UNKNOWN,
      keys: UNKNOWN,
      secret_versions: UNKNOWN,
    };
    if (!isWhollyKnown(req.config)) return { planned: unknown, plannedPrivate: req.priorPrivate };
    const parsed = this.#desired(req.config, diags);
    if (!parsed) return { planned: req.proposed };
    const priv = privateStateOf(req.priorPrivate);
    const canonical = documentOf(parsed.desired);
    const planned = withUndeclaredFields(withoutSecrets(canonical), prior?.doc, {
      passThrough: true,
      declaredBefore: declaredBeforeOf(priv.declared),
    });
    const secrets = secretsOf(canonical);
    const priorVersions = isObjectValue(req.prior) ? versionsOf(req.prior.secret_versions) : {};
    let configuration = configurationText(planned);
    let versions: Versions | undefined;
    if (
      prior &&
      configuration === prior.configuration &&
      (await allFingerprintsMatch(secrets, priv.records, priorVersions))
    )
      versions = Object.fromEntries(secrets.map((s) => [s.pointer, priorVersions[s.pointer]]));
    else if (settings) {
      const plan = await this.engine.planChecked(parsed.desired, prior, priv, diags, parsed.where);
      if (!plan) return { planned: req.proposed };
      versions = versionsAfterPlan(secrets, plan, priorVersions);
      // nothing to write: the state's view stands (no other rendering of the same values as a change)
      if (prior && plan.ops.every((op) => op.action === 'noop') && sameSettings(planned, prior.doc))
        configuration = prior.configuration;
    }
    const sameNames =
      prior !== undefined && JSON.stringify(ownedNames(planned)) === JSON.stringify(ownedNames(prior.doc));
    const keys = sameNames && isObjectValue(req.prior) ? req.prior.keys : UNKNOWN;
    return {
      planned: {
        ...unknown,
        configuration,
        keys,
        secret_versions: versions
          ? { ...keptVersions(priorVersions, planned, secrets), ...versions }
          : UNKNOWN,
      },
      plannedPrivate: req.priorPrivate,
    };
  }

  async apply(
    req: { prior: TfValue; planned: TfValue; config: TfValue; plannedPrivate?: Buffer },
    diags: Diagnostics,
  ): Promise<{ newState: TfValue; private?: Buffer }> {
    const settings = this.runtime.settings;
    if (!settings) {
      diags.addError('Provider not configured', 'url, username and password are needed to apply.');
      return { newState: req.prior };
    }
    const prior = priorOf(req.prior);
    const destroying = req.planned === null;
    const parsed = destroying
      ? this.#released(prior, diags)
      : isObjectValue(req.config)
        ? this.#desired(req.config, diags)
        : undefined;
    if (!parsed) return { newState: req.prior };
    const priv = privateStateOf(req.plannedPrivate);
    const applied = await this.engine.applyAudited(parsed.desired, prior, priv, diags, {
      destroying,
      creating: req.prior === null,
      where: parsed.where,
    });
    if (!applied) return { newState: req.prior };
    if (destroying) return { newState: null };
    return committedState(req.planned, parsed.desired, prior, applied, this.runtime.settings!.url);
  }

  async planDestroy(req: { prior: TfValue }, diags: Diagnostics): Promise<void> {
    if (!this.engine.claim(`${this.typeName} (destroy)`, diags) || !this.runtime.settings) return;
    const prior = priorOf(req.prior);
    const released = this.#released(prior, diags);
    if (released && prior)
      await this.engine.checkDestroy(
        released.desired,
        prior.doc,
        diags,
        released.where,
        DESTROY_ARCHIVE_HINT,
      );
  }

  async read(
    req: { state: TfValue; private?: Buffer },
    diags: Diagnostics,
  ): Promise<{ state: TfValue; private?: Buffer }> {
    const settings = this.runtime.settings;
    const prior = priorOf(req.state);
    if (!settings || !prior || !isObjectValue(req.state)) return { state: req.state, private: req.private };
    try {
      const { live, doc, private: priv } = await this.engine.refresh(prior.doc, req.private, diags);
      const state = stateValue({
        document: String(req.state.document),
        id: settings.url,
        configuration: doc,
        keys: liveKeys(live),
        versions: versionsOf(req.state.secret_versions),
      });
      return { state, private: privateBytes(priv) };
    } catch (err) {
      this.engine.report(err, diags, 'Reading the appliance failed', { pathOf: () => undefined });
      return { state: req.state, private: req.private };
    }
  }

  /**
   * `terraform import sps_document.main sps.yaml`: the objects the document declares, as the
   * appliance has them (cut to what the document manages), and the document itself, so the first
   * plan shows exactly what the apply would change. Or `'*'` / a list, as for sps_configuration.
   */
  async importState(id: string, diags: Diagnostics): Promise<{ state: TfValue; private?: Buffer }[]> {
    const settings = this.runtime.settings;
    if (!settings) {
      diags.addError('Provider not configured', 'url, username and password are needed to import.');
      return [];
    }
    try {
      const file = documentFileOf(id, diags);
      if (diags.hasError()) return [];
      // no configuration yet, so no secret values: the document says where its secrets are
      const parsed =
        file && this.#desired({ document: file.text, secrets: null }, diags, { secretsWithheld: true });
      if (file && !parsed) return [];
      const parts = parsed
        ? await importedByDocument(this.engine.client(), file!.text, parsed.desired)
        : await importedBySelection(this.engine.client(), id, diags);
      if (!parts || diags.hasError()) return [];
      return [{ state: stateValue({ ...parts, id: settings.url }), private: Buffer.from('{}') }];
    } catch (err) {
      this.engine.report(err, diags, 'Import failed', { pathOf: () => undefined });
      return [];
    }
  }

  /** `moved { from = sps_configuration.x  to = sps_document.x }`: the same objects, keys and fingerprints. */
  async move(
    req: { sourceType: string; sourceVersion: number; source: unknown; sourcePrivate?: Buffer },
    diags: Diagnostics,
  ): Promise<{ state: TfValue; private?: Buffer } | undefined> {
    if (req.sourceType !== 'sps_configuration') return undefined;
    const moved = await movedFromConfiguration(req.source, req.sourceVersion, diags);
    if (!moved) return { state: null };
    return { state: stateValue(moved), private: req.sourcePrivate };
  }

  /** The configured document, parsed (once per process: Terraform validates, then plans, the same one). */
  #desired(
    config: { [k: string]: TfValue },
    diags: Diagnostics,
    opts: { secretsWithheld?: boolean } = {},
  ): ParsedDocument | undefined {
    return this.#reader.read(config, diags, opts);
  }

  /** What a destroy leaves: the owned policies deleted, references to them released. */
  #released(
    prior: PriorState | undefined,
    diags: Diagnostics,
  ): { desired: DesiredState; where: Where } | undefined {
    const where: Where = { pathOf: () => undefined };
    const desired = this.engine.parse(releaseReferences(prior?.doc ?? {}), diags, where, {
      source: this.typeName,
    });
    return desired && { desired, where };
  }
}
