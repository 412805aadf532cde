/**
 * `sps_configuration`: the whole managed configuration of one appliance, as typed HCL. Plan = the
 * reconciler's plan (validation, references, ownership, archive safety), Apply = one SPS transaction,
 * Read = the live state of owned objects (so drift shows in `terraform plan`), Import = adopt named
 * objects. Secrets are write-only: the state holds their `secret_versions`, private state their
 * fingerprints.
 */
import { MANAGED_KINDS, jsonEqual, type JsonObject } from '../../model';
import { declaredBeforeOf, type KeyBook } from '../../reconcile';
import type { ResourceDefinition } from '../server/definition';
import { UNKNOWN, isObjectValue, type Diagnostics, type TfValue } from '../tf';
import type { ProviderRuntime } from '../settings';
import {
  canonicalizeLoosely,
  documentOf,
  keyBookOf,
  liveKeys,
  ownedNames,
  plannedFrom,
  toShortForms,
  withUndeclaredFields,
} from './document';
import { ApplianceEngine, type Where } from './engine';
import { importSelection } from './import-id';
import { DESTROY_ARCHIVE_HINT, privateBytes, privateStateOf, releaseReferences } from './lifecycle';
import { RESOURCE_SCHEMA_VERSION, configurationSchema } from './schema-from-model';
import { configurationStateOf, stateFromDocument } from './configuration-state';
import {
  allFingerprintsMatch,
  keptVersions,
  secretsOf,
  versionsAfterPlan,
  versionsOf,
  versionsValue,
  withoutSecrets,
  type Versions,
} from './secret-versions';
import { committedState, configurationState, parseConfiguration } from './configuration-values';
import { documentToTf, isWriteOnlyAt, pointerToPath, tfToDocument, withUnknowns } from './values';

export class SpsConfigurationResource implements ResourceDefinition {
  readonly typeName = 'sps_configuration';
  readonly schema = configurationSchema();
  readonly #where: Where = { pathOf: (pointer) => pointerToPath(pointer, this.schema) };

  constructor(
    private readonly runtime: ProviderRuntime,
    private readonly engine = new ApplianceEngine(runtime),
  ) {}

  async validate(config: TfValue, diags: Diagnostics): Promise<void> {
    const unknowns: string[] = [];
    const doc = tfToDocument(config, this.schema, unknowns);
    if (unknowns.length) return; // checked again at plan time, when values are known
    this.#parse(doc, config, diags);
  }

  async upgrade(rawJson: unknown, fromVersion: number, diags: Diagnostics): Promise<TfValue> {
    const stored = configurationStateOf(rawJson, fromVersion);
    if (!stored) {
      diags.addError(
        'Unsupported state version',
        `sps_configuration state version ${fromVersion} is newer than this provider (${RESOURCE_SCHEMA_VERSION}).`,
      );
      return null;
    }
    return this.#state(stored.doc, stored.id, stored.keys, stored.versions);
  }

  /** `moved { from = sps_document.x  to = sps_configuration.x }`: the same objects, keys and fingerprints. */
  async move(req: {
    sourceType: string;
    sourceVersion: number;
    source: unknown;
    sourcePrivate?: Buffer;
  }): Promise<{ state: TfValue; private?: Buffer } | undefined> {
    if (req.sourceType !== 'sps_document') return undefined;
    const { doc, id, keys, versions } = stateFromDocument(req.source);
    return { state: this.#state(doc, id, keys, versions), private: req.sourcePrivate };
  }

  async plan(
    req: { config: TfValue; prior: TfValue; proposed: TfValue; priorPrivate?: Buffer },
    diags: Diagnostics,
  ): Promise<{ planned: TfValue; plannedPrivate?: Buffer }> {
    if (!this.engine.claim(`${this.typeName}`, diags)) return { planned: req.proposed };
    const unknowns: string[] = [];
    const doc = tfToDocument(req.config, this.schema, unknowns);
    const priorDoc = req.prior === null ? undefined : tfToDocument(req.prior, this.schema);
    const priorVersions = isObjectValue(req.prior) ? versionsOf(req.prior.secret_versions) : {};
    const settings = this.runtime.settings;
    const id = settings?.url ?? (isObjectValue(req.prior) ? req.prior.id : null) ?? UNKNOWN;
    const priv = privateStateOf(req.priorPrivate);
    const declaredBefore = declaredBeforeOf(priv.declared);

    if (unknowns.length) {
      const planned = withoutSecrets(
        withUndeclaredFields(canonicalizeLoosely(doc), priorDoc, { declaredBefore }),
      );
      const computed = { id, keys: UNKNOWN, secret_versions: UNKNOWN, secrets: null };
      return {
        planned: withUnknowns(
          documentToTf(planned, this.schema, computed, req.config),
          unknowns.filter((p) => !isWriteOnlyAt(p, this.schema)),
        ),
        plannedPrivate: req.priorPrivate,
      };
    }
    const desired = this.#parse(doc, req.config, diags);
    if (!desired) return { planned: req.proposed, plannedPrivate: req.priorPrivate };
    const canonical = documentOf(desired);
    // configured values as written (Terraform requires it), unset ones as the model fills them or the
    // engine keeps them (but those the last apply declared: they go back to the appliance's default)
    const planned = withoutSecrets(
      plannedFrom(doc, withUndeclaredFields(canonical, priorDoc, { declaredBefore })) as JsonObject,
    );
    const secrets = secretsOf(canonical);
    const sameNames =
      priorDoc !== undefined && JSON.stringify(ownedNames(planned)) === JSON.stringify(ownedNames(priorDoc));
    const keys = sameNames && isObjectValue(req.prior) ? req.prior.keys : UNKNOWN;

    let versions: Versions | undefined;
    const unchanged =
      priorDoc !== undefined &&
      jsonEqual(planned, priorDoc) &&
      (await allFingerprintsMatch(secrets, priv.records, priorVersions));
    if (unchanged) versions = Object.fromEntries(secrets.map((s) => [s.pointer, priorVersions[s.pointer]]));
    else if (settings) {
      // exact plan: the reconciler sees the appliance (dangling references, ownership, archive safety)
      const prior = priorDoc && {
        doc: priorDoc,
        keys: keyBookOf(isObjectValue(req.prior) ? req.prior.keys : null),
      };
      const plan = await this.engine.planChecked(desired, prior, priv, diags, this.#where);
      if (plan) versions = versionsAfterPlan(secrets, plan, priorVersions);
    }
    const computed = {
      id,
      keys,
      secret_versions: versions
        ? versionsValue({ ...keptVersions(priorVersions, planned, secrets), ...versions })
        : UNKNOWN,
      secrets: null,
    };
    return {
      planned: documentToTf(planned, this.schema, computed, req.config),
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
    const priorDoc = req.prior === null ? undefined : tfToDocument(req.prior, this.schema);
    const destroying = req.planned === null;
    // what the configuration declares: fields it leaves out stay the engine's to keep, never written
    const desired = destroying
      ? this.engine.parse(releaseReferences(priorDoc ?? {}), diags, this.#where, { source: this.typeName })
      : this.#parse(tfToDocument(req.config, this.schema), req.config, diags);
    if (!desired) return { newState: req.prior };
    const priv = privateStateOf(req.plannedPrivate);
    const priorVersions = isObjectValue(req.prior) ? versionsOf(req.prior.secret_versions) : {};
    const prior = priorDoc && {
      doc: priorDoc,
      keys: keyBookOf(isObjectValue(req.prior) ? req.prior.keys : null),
    };
    const applied = await this.engine.applyAudited(desired, prior, priv, diags, {
      destroying,
      creating: req.prior === null,
      where: this.#where,
    });
    if (!applied) return { newState: req.prior };
    if (destroying) {
      if (MANAGED_KINDS.some((k) => k.shape === 'singleton' && priorDoc?.[k.name] !== undefined))
        diags.addWarning(
          'Singleton settings were left as they are',
          'Destroying sps_configuration deletes the owned policies; forwarder, protocol option and system backup settings stay on the appliance (a system backup pointing at a deleted policy is cleared).',
        );
      return { newState: null };
    }
    return committedState(this.schema, req.planned, desired, applied, this.runtime.settings!.url, () =>
      versionsAfterPlan(secretsOf(documentOf(desired)), applied.plan, priorVersions),
    );
  }

  /** Says at plan time what apply would refuse: owned archive/cleanup policies without the opt-in. */
  async planDestroy(req: { prior: TfValue }, diags: Diagnostics): Promise<void> {
    if (!this.engine.claim(`${this.typeName} (destroy)`, diags)) return;
    const priorDoc = tfToDocument(req.prior, this.schema);
    const desired = this.engine.parse(releaseReferences(priorDoc), diags, this.#where, {
      source: this.typeName,
    });
    if (!desired || !this.runtime.settings) return;
    await this.engine.checkDestroy(desired, priorDoc, diags, this.#where, DESTROY_ARCHIVE_HINT);
  }

  async read(
    req: { state: TfValue; private?: Buffer },
    diags: Diagnostics,
  ): Promise<{ state: TfValue; private?: Buffer }> {
    const settings = this.runtime.settings;
    if (!settings || req.state === null) return { state: req.state, private: req.private };
    const prior = tfToDocument(req.state, this.schema);
    try {
      const refreshed = await this.engine.refresh(prior, req.private, diags);
      const { live, private: priv } = refreshed;
      const doc = toShortForms(refreshed.doc, prior);
      const versions = versionsOf(isObjectValue(req.state) ? req.state.secret_versions : null);
      return {
        state: this.#state(doc, settings.url, liveKeys(live), versions, req.state),
        private: privateBytes(priv),
      };
    } catch (err) {
      this.engine.report(err, diags, 'Reading the appliance failed', this.#where);
      return { state: req.state, private: req.private };
    }
  }

  /**
   * `terraform import sps_configuration.main '*'` adopts every managed object; or a list such as
   * `audit_policies/pci,backup_policies/nightly,vnc_options`.
   */
  async importState(id: string, diags: Diagnostics): Promise<{ state: TfValue; private?: Buffer }[]> {
    const settings = this.runtime.settings;
    if (!settings) {
      diags.addError('Provider not configured', 'url, username and password are needed to import.');
      return [];
    }
    try {
      const imported = await importSelection(this.engine.client(), id, diags);
      if (!imported) return [];
      const doc = toShortForms(imported.doc, undefined);
      const state = this.#state(doc, settings.url, imported.keys, imported.versions);
      return [{ state, private: Buffer.from('{}') }];
    } catch (err) {
      this.engine.report(err, diags, 'Import failed', this.#where);
      return [];
    }
  }

  #state(doc: JsonObject, url: string, keys: KeyBook, versions: Versions, same?: TfValue): TfValue {
    return configurationState(this.schema, { doc, url, keys, versions }, same);
  }

  /** The configuration as the engine's document (see configuration-values.ts). */
  #parse(doc: JsonObject, config: TfValue, diags: Diagnostics) {
    return parseConfiguration(this.engine, doc, config, diags, this.#where);
  }
}
