/**
 * `sps_configuration`: the whole managed configuration of one appliance. Plan = the reconciler's
 * plan (validation, references, ownership, archive safety), Apply = one SPS transaction, Read = the
 * live state of owned objects (so drift shows in `terraform plan`), Import = adopt named objects.
 */
import {
  CONFIGURATION_ROOT,
  MANAGED_KINDS,
  READ_ONLY_ENDPOINTS,
  isKindName,
  isPassThroughName,
  passThroughKind,
  passThroughRefusal,
  firmwareNote,
  isJsonObject,
  jsonEqual,
  kindOf,
  type JsonObject,
  type KindName,
} from '../../model';
import {
  objectsOf,
  SpsDesiredStateError,
  SpsPlanRefusedError,
  SpsVerifyError,
  applyPlan,
  hasChanges,
  secretValuesOf,
  type ApplyResult,
  kindsToRead,
  parseDesiredState,
  planAgainstAppliance,
  planFromKnown,
  readLive,
  type DesiredState,
  type LiveState,
  validateOnDevice,
  type SecretRecords,
  type Plan,
} from '../../reconcile';
import { SpsApiError, SpsError, type SpsClient } from '../../client';
import { Redactor } from '../../client/core/redact';
import type { ResourceDefinition } from '../server/definition';
import { UNKNOWN, isObjectValue, schemaType, type Diagnostics, type TfValue } from '../tf';
import type { ProviderRuntime } from '../settings';
import { outcomeOf } from '../../audit';
import { auditApply, auditDestination } from './audit';
import {
  canonicalizeLoosely,
  documentOf,
  keysOf,
  importedDocument,
  plannedFrom,
  toShortForms,
  upgradeShortForms,
  liveDocument,
  liveKeys,
  keyBookOf,
  ownedNames,
} from './document';
import { RESOURCE_SCHEMA_VERSION, configurationSchema } from './schema-from-model';
import { documentToTf, fromJson, pointerToPath, tfToDocument, withUnknowns } from './values';

export class SpsConfigurationResource implements ResourceDefinition {
  readonly typeName = 'sps_configuration';
  readonly schema = configurationSchema();

  constructor(private readonly runtime: ProviderRuntime) {}

  async validate(config: TfValue, diags: Diagnostics): Promise<void> {
    const unknowns: string[] = [];
    const doc = tfToDocument(config, this.schema, unknowns);
    if (unknowns.length) return; // checked again at plan time, when values are known
    this.parse(doc, diags);
  }

  async upgrade(rawJson: unknown, fromVersion: number, diags: Diagnostics): Promise<TfValue> {
    if (fromVersion > RESOURCE_SCHEMA_VERSION || fromVersion < 0) {
      diags.addError(
        'Unsupported state version',
        `sps_configuration state version ${fromVersion} is newer than this provider (${RESOURCE_SCHEMA_VERSION}).`,
      );
      return null;
    }
    let doc = rawJson as JsonObject;
    // 0 → 1: short-form fields (an rsync host_key) were held in the appliance's long form
    if (fromVersion === 0) doc = upgradeShortForms(doc);
    // 1 → 2: a `false` timestamping_enabled was the model's default, filled where the configuration
    // left it unset; kept, it would plan `false -> null` once for every such policy
    if (fromVersion <= 1) doc = withoutFilledTimestamping(doc);
    return fromJson(doc, schemaType(this.schema));
  }

  async plan(
    req: { config: TfValue; prior: TfValue; proposed: TfValue; priorPrivate?: Buffer },
    diags: Diagnostics,
  ): Promise<{ planned: TfValue; plannedPrivate?: Buffer }> {
    const unknowns: string[] = [];
    const doc = tfToDocument(req.config, this.schema, unknowns);
    const priorDoc = req.prior === null ? undefined : tfToDocument(req.prior, this.schema);
    const settings = this.runtime.settings;
    const id = settings?.url ?? (isObjectValue(req.prior) ? req.prior.id : null) ?? UNKNOWN;

    if (unknowns.length) {
      const planned = canonicalizeLoosely(doc);
      return {
        planned: withUnknowns(
          documentToTf(planned, this.schema, { id, keys: UNKNOWN }, req.config),
          unknowns,
        ),
        plannedPrivate: req.priorPrivate,
      };
    }
    const desired = this.parse(doc, diags);
    if (!desired) return { planned: req.proposed, plannedPrivate: req.priorPrivate };
    // configured values as written (Terraform requires it), unset ones as the model fills them
    const planned = plannedFrom(doc, documentOf(desired)) as JsonObject;
    const sameNames =
      priorDoc !== undefined && JSON.stringify(ownedNames(planned)) === JSON.stringify(ownedNames(priorDoc));
    const keys = sameNames && isObjectValue(req.prior) ? req.prior.keys : UNKNOWN;

    if (settings && !jsonEqual(planned, priorDoc)) {
      // exact plan: the reconciler sees the appliance (dangling references, ownership, archive safety)
      try {
        const client = this.runtime.client();
        if (req.prior === null) await this.#warnOfFirmware(diags); // no refresh before a create
        // what the refresh just read, and the prior state for the rest: nothing is read twice
        const plan = await this.#plan(client, desired, req.prior, priorDoc, {
          secretRecords: records(req.priorPrivate),
          read: this.runtime.refreshed.live,
        });
        // staging takes the global configuration lock: only when there is something to stage
        if (settings.validateOnPlan && hasChanges(plan)) {
          const verdict = await this.runtime.track(() =>
            validateOnDevice(client, plan, {
              lockTimeoutMs: settings.lockTimeoutMs,
              interrupt: this.runtime.interrupt,
            }),
          );
          if (!verdict.accepted) diags.addError('The appliance refused the planned changes', verdict.error);
        }
      } catch (err) {
        this.report(err, diags, 'Planning against the appliance failed');
      }
    }
    return {
      planned: documentToTf(planned, this.schema, { id, keys }, req.config),
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
    const priorDoc = req.prior === null ? {} : tfToDocument(req.prior, this.schema);
    const destroying = req.planned === null;
    const doc = destroying ? releaseReferences(priorDoc) : tfToDocument(req.planned, this.schema);
    const desired = this.parse(doc, diags);
    if (!desired) return { newState: req.prior };
    const secretRecords = records(req.plannedPrivate);
    const auditTo = auditDestination(diags);
    if (auditTo === 'invalid') return { newState: req.prior };
    const client = this.runtime.client();
    // from here on the appliance changes: a plan must read it again
    this.runtime.refreshed.forget();
    let plan: Plan | undefined;
    try {
      // the prior state is the refreshed appliance Terraform planned against: read only what it lacks
      const planned = await this.#plan(client, desired, req.prior, priorDoc, { secretRecords });
      plan = planned;
      const result = await this.runtime.track(() =>
        applyPlan(client, planned, {
          lockTimeoutMs: settings.lockTimeoutMs,
          checkTransaction: settings.checkTransaction,
          secretRecords,
          interrupt: this.runtime.interrupt,
        }),
      );
      if (auditTo) await auditApply(auditTo, client, settings, planned, 'committed', diags);
      if (destroying) {
        if (MANAGED_KINDS.some((k) => k.shape === 'singleton' && priorDoc[k.name] !== undefined)) {
          diags.addWarning(
            'Singleton settings were left as they are',
            'Destroying sps_configuration deletes the owned policies; forwarder, protocol option and system backup settings stay on the appliance (a system backup pointing at a deleted policy is cleared).',
          );
        }
        return { newState: null };
      }
      return this.committed(tfToDocument(req.planned, this.schema), settings.url, result, req.planned);
    } catch (err) {
      if (auditTo && plan) await auditApply(auditTo, client, settings, plan, outcomeOf(err), diags);
      if (err instanceof SpsVerifyError && !destroying) {
        // committed: the state must say so, or every retry commits again. A create that reports an
        // error would be tainted (and replaced: deleted, then created) by the next apply, so the
        // verification problem is a warning there; an update keeps the error.
        const severity = req.prior === null ? 'warning' : 'error';
        (severity === 'error' ? diags.addError : diags.addWarning).call(
          diags,
          'Applied, but verification failed',
          err.message,
        );
        return this.committed(tfToDocument(req.planned, this.schema), settings.url, err.result, req.planned);
      }
      // Destroy keeps archive/cleanup policies safe too; say how to opt in, since there is no config to edit.
      const hint = destroying ? DESTROY_ARCHIVE_HINT : undefined;
      this.report(
        err,
        diags,
        destroying ? 'Destroying the configuration failed' : 'Applying the configuration failed',
        hint,
      );
      return { newState: req.prior };
    }
  }

  /**
   * The reconciler's plan, from the prior state where it says enough: its objects and `keys` stand for
   * the appliance (Terraform refreshed them), whole kinds in `read` are taken as read, and the rest is
   * read (planFromKnown). A prior state this provider cannot parse is not trusted: everything is read.
   */
  async #plan(
    client: SpsClient,
    desired: DesiredState,
    prior: TfValue,
    priorDoc: JsonObject | undefined,
    opts: { secretRecords: SecretRecords; read?: LiveState },
  ) {
    const planOptions = {
      owned: priorDoc ? ownedNames(priorDoc) : {},
      secretRecords: opts.secretRecords,
      recordsSecrets: true, // private state keeps them
    };
    const known = priorDoc && isObjectValue(prior) ? knownObjects(priorDoc) : undefined;
    const keys =
      known && isObjectValue(prior) ? keyBookOf(prior.keys) : new Map<KindName, Map<string, string>>();
    const objects = known ?? parseDesiredState({});
    return (await planFromKnown(client, desired, { objects, keys, read: opts.read }, planOptions)).plan;
  }

  private committed(
    doc: JsonObject,
    url: string,
    result: ApplyResult,
    same?: TfValue,
  ): { newState: TfValue; private: Buffer } {
    return {
      newState: this.state(doc, url, result.keys, same),
      private: Buffer.from(JSON.stringify(result.secretRecords)),
    };
  }

  /** Says at plan time what apply would refuse: owned archive/cleanup policies without the opt-in. */
  async planDestroy(req: { prior: TfValue }, diags: Diagnostics): Promise<void> {
    const priorDoc = tfToDocument(req.prior, this.schema);
    const desired = this.parse(releaseReferences(priorDoc), diags);
    if (!desired || !this.runtime.settings) return;
    try {
      await planAgainstAppliance(this.runtime.client(), desired, { owned: ownedNames(priorDoc) });
    } catch (err) {
      this.report(err, diags, 'Destroying the configuration is refused', DESTROY_ARCHIVE_HINT);
    }
  }

  /** An appliance outside the model's firmware bands (or one that does not say) gets a warning. */
  async #warnOfFirmware(diags: Diagnostics): Promise<void> {
    const note = firmwareNote(await this.runtime.client().firmware());
    if (note) diags.addWarning('SPS firmware outside the bands this provider was written for', note);
  }

  async read(
    req: { state: TfValue; private?: Buffer },
    diags: Diagnostics,
  ): Promise<{ state: TfValue; private?: Buffer }> {
    const settings = this.runtime.settings;
    if (!settings || req.state === null) return { state: req.state, private: req.private };
    const prior = tfToDocument(req.state, this.schema);
    const kinds = [
      ...MANAGED_KINDS.filter((k) => prior[k.name] !== undefined).map((k) => k.name),
      ...new Set(
        objectsOf(prior)
          .map((o) => o.kind.name)
          .filter(isPassThroughName),
      ),
    ];
    try {
      await this.#warnOfFirmware(diags); // every refresh: so every plan says it
      const live = await readLive(this.runtime.client(), kindsToRead(kinds));
      this.runtime.refreshed.remember(live);
      const doc = toShortForms(liveDocument(prior, live, records(req.private)), prior);
      return { state: this.state(doc, settings.url, liveKeys(live), req.state), private: req.private };
    } catch (err) {
      this.report(err, diags, 'Reading the appliance failed');
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
    const passThrough: string[] = [];
    const selection = parseImportId(id, diags, passThrough);
    if (!selection) return [];
    try {
      for (const part of passThrough) {
        try {
          await selectPassThrough(this.runtime.client(), part, selection);
        } catch (err) {
          if (!(err instanceof SpsApiError && err.status === 404)) throw err;
          diags.addError(
            'Invalid import ID',
            `"${part}" is neither a managed SPS kind nor a configuration endpoint of this appliance (404). Use "*", a list such as "audit_policies/pci,vnc_options", or an endpoint such as "ssh/connections/<name>".`,
          );
          return [];
        }
      }
      const kinds = [...selection.keys()];
      const live = await readLive(this.runtime.client(), kindsToRead(kinds));
      for (const [kind, names] of selection) {
        const def = kindOf(kind);
        const present = live.objects.get(kind);
        for (const n of names === '*' ? [] : names)
          if (!present?.has(n))
            diags.addError('Object not found', `${def.title} "${n}" does not exist on the appliance.`);
      }
      if (diags.hasError()) return [];
      const doc = toShortForms(importedDocument(live, selection), undefined);
      return [{ state: this.state(doc, settings.url, liveKeys(live)), private: Buffer.from('{}') }];
    } catch (err) {
      this.report(err, diags, 'Import failed');
      return [];
    }
  }

  private state(
    doc: JsonObject,
    url: string,
    keys: ReadonlyMap<KindName, ReadonlyMap<string, string>>,
    same?: TfValue,
  ): TfValue {
    const keyType = { kind: 'map', element: { kind: 'map', element: { kind: 'string' } } } as const;
    return documentToTf(doc, this.schema, { id: url, keys: fromJson(keysOf(doc, keys), keyType) }, same);
  }

  private parse(doc: JsonObject, diags: Diagnostics) {
    try {
      const desired = parseDesiredState(doc, { source: 'sps_configuration' });
      for (const secret of secretValuesOf(desired)) this.#redactor.add(secret);
      return desired;
    } catch (err) {
      this.report(err, diags, 'Invalid configuration');
      return undefined;
    }
  }

  /** SpsError → diagnostics, pointing at the attribute when the error names a path. */
  private report(err: unknown, diags: Diagnostics, summary: string, refusalHint?: string): void {
    if (err instanceof SpsDesiredStateError || err instanceof SpsPlanRefusedError) {
      const hint = refusalHint && err instanceof SpsPlanRefusedError ? `\n\n${refusalHint}` : '';
      for (const issue of err.issues)
        diags.addError(
          summary,
          this.#redactor.text(`${issue.path}: ${issue.message}${hint}`),
          pointerToPath(issue.path, this.schema),
        );
      return;
    }
    // every message, whatever its origin, passes the one redactor, which knows the configuration's secrets
    diags.addError(
      summary,
      this.#redactor.text(SpsError.is(err) || err instanceof Error ? err.message : String(err)),
    );
  }

  readonly #redactor = new Redactor();
}

/** The prior state's objects, parsed as a document is; undefined when they do not parse (then nothing is trusted). */
function knownObjects(priorDoc: JsonObject): DesiredState | undefined {
  try {
    return parseDesiredState(priorDoc, { source: 'prior state' });
  } catch {
    return undefined;
  }
}

const DESTROY_ARCHIVE_HINT =
  'To destroy this sps_configuration with its archive/cleanup policies, first set allow_archive_recreate = true and apply, then destroy. Nothing was changed.';

/**
 * What destroy leaves behind: no owned policies, and owned singletons whose references to those
 * policies are cleared where SPS allows it (system backup → no policy), so the deletes can go through.
 */
function releaseReferences(prior: JsonObject): JsonObject {
  const doc: JsonObject = { allow_archive_recreate: prior.allow_archive_recreate ?? false };
  for (const kind of MANAGED_KINDS) {
    const body = prior[kind.name];
    if (kind.shape !== 'singleton' || !body || typeof body !== 'object') continue;
    const released = structuredClone(body) as JsonObject;
    let touched = false;
    for (const ref of kind.references) {
      if (kindOf(ref.target).shape !== 'collection' || ref.path.length !== 1) continue;
      const field = (kind.schema.properties as Record<string, { type?: unknown }>)[ref.path[0]];
      if (
        Array.isArray(field?.type) &&
        field.type.includes('null') &&
        typeof released[ref.path[0]] === 'string'
      ) {
        released[ref.path[0]] = null;
        touched = true;
      }
    }
    if (touched) doc[kind.name] = released;
  }
  return doc;
}

function records(buf: Buffer | undefined): SecretRecords {
  if (!buf || buf.length === 0) return {};
  try {
    return JSON.parse(buf.toString('utf8')) as SecretRecords;
  } catch {
    return {}; // unreadable private state: secrets are treated as unverifiable, never as equal
  }
}

/**
 * A pass-through part of an import ID: an endpoint (every object of a collection, or a singleton) or
 * `<endpoint>/<name>`; the appliance says which (a 404 for the whole path means its last segment is a name).
 */
async function selectPassThrough(
  client: SpsClient,
  part: string,
  selection: Map<KindName, string[] | '*'>,
): Promise<void> {
  const probe = async (endpoint: string) => {
    const refusal = passThroughRefusal(endpoint);
    if (refusal && !READ_ONLY_ENDPOINTS.has(endpoint))
      throw new Error(`Invalid import ID "${part}": ${refusal}`);
    return passThroughKind(endpoint, { shape: await client.shapeAt(`${CONFIGURATION_ROOT}/${endpoint}`) });
  };
  let kind;
  try {
    kind = await probe(part);
  } catch (err) {
    if (!(err instanceof SpsApiError && err.status === 404) || part.split('/').length < 3) throw err;
  }
  if (kind) {
    selection.set(kind.name, '*');
    return;
  }
  const cut = part.lastIndexOf('/');
  const collection = await probe(part.slice(0, cut));
  const prev = selection.get(collection.name);
  selection.set(collection.name, prev === '*' ? '*' : [...(prev ?? []), part.slice(cut + 1)]);
}

function parseImportId(
  id: string,
  diags: Diagnostics,
  passThrough: string[] = [],
): Map<KindName, string[] | '*'> | undefined {
  const selection = new Map<KindName, string[] | '*'>();
  const parts =
    id.trim() === '*'
      ? MANAGED_KINDS.map((k) => k.name)
      : id
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean);
  for (const part of parts) {
    const [kind, name] = part.split('/', 2);
    if (!isKindName(kind) && isPassThroughName(part)) {
      passThrough.push(part);
      continue;
    }
    if (!isKindName(kind) || !kindOf(kind).managed) {
      diags.addError(
        'Invalid import ID',
        `"${kind}" is not a managed SPS kind. Use "*" or a list such as "audit_policies/pci,vnc_options".`,
      );
      return undefined;
    }
    const def = kindOf(kind);
    if (def.shape !== 'collection' || name === undefined) selection.set(kind, '*');
    else {
      const prev = selection.get(kind);
      selection.set(kind, prev === '*' ? '*' : [...(prev ?? []), name]);
    }
  }
  return selection;
}

function withoutFilledTimestamping(doc: JsonObject): JsonObject {
  const policies = doc.audit_policies;
  if (!isJsonObject(policies)) return doc;
  const out: JsonObject = {};
  for (const [name, body] of Object.entries(policies)) {
    if (!isJsonObject(body) || body.timestamping_enabled !== false) out[name] = body;
    else out[name] = { ...body, timestamping_enabled: null };
  }
  return { ...doc, audit_policies: out };
}
