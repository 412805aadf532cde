/**
 * What both appliance resources (`sps_configuration`, `sps_document`) ask of the engine, in document
 * terms: parse a document, plan it against what the prior state knows (reading only what it does not),
 * apply it in one SPS transaction, refresh and import. Each resource only turns its Terraform values
 * into documents and back; every message passes one redactor that knows the configuration's secrets.
 */
import { SpsError, type SpsClient } from '../../client';
import { Redactor } from '../../client/core/redact';
import { firmwareNote, type JsonObject, type KindName } from '../../model';
import {
  SpsDesiredStateError,
  SpsPlanRefusedError,
  SpsVerifyError,
  applyPlan,
  declaredBeforeOf,
  hasChanges,
  kindsOf,
  kindsToRead,
  objectsOf,
  parseDesiredState,
  planAgainstAppliance,
  planFromKnown,
  readLive,
  secretValuesOf,
  validateOnDevice,
  type ApplyResult,
  type DesiredState,
  type KeyBook,
  type LiveState,
  type Plan,
} from '../../reconcile';
import { outcomeOf } from '../../audit';
import type { ProviderRuntime } from '../settings';
import { auditApply, auditDestination } from './audit';
import { refuseCutting, reportImpact } from '../impact';
import { DESTROY_ARCHIVE_HINT, forgetDriftedSecrets, privateStateOf, type PrivateState } from './lifecycle';
import type { AttributePath, Diagnostics } from '../tf';
import { liveDocument, ownedNames } from './document';

/** What a resource's prior state says about the appliance, in document form (no secrets). */
export interface PriorState {
  readonly doc: JsonObject;
  readonly keys: KeyBook;
}

/** Where a finding about a document pointer points in the resource (undefined: the resource). */
export type PathOf = (pointer: string) => AttributePath | undefined;

/**
 * Where findings about a document go: the attribute (`pathOf`), and for a document that is text
 * (sps_document's `document`), the line and column a pointer starts at, named after `source`.
 */
export interface Where {
  readonly pathOf: PathOf;
  readonly locate?: (pointer: string) => { line: number; column: number } | undefined;
  readonly source?: string;
}

export class ApplianceEngine {
  readonly #redactor = new Redactor();

  constructor(readonly runtime: ProviderRuntime) {}

  /** Parses a document; problems become diagnostics. Its secrets are known to the redactor from here on. */
  parse(
    doc: JsonObject,
    diags: Diagnostics,
    where: Where,
    opts: { source: string; env?: NodeJS.ProcessEnv; secretsWithheld?: boolean },
  ): DesiredState | undefined {
    try {
      const desired = parseDesiredState(doc, opts);
      for (const secret of secretValuesOf(desired)) this.#redactor.add(secret);
      return desired;
    } catch (err) {
      this.report(err, diags, 'Invalid configuration', where);
      return undefined;
    }
  }

  /** Registers values to keep out of every message (secrets given beside a document). */
  redact(values: Iterable<string>): void {
    for (const v of values) this.#redactor.add(v);
  }

  /** One appliance is one resource: one apply, one transaction (see ProviderRuntime.claim). */
  claim(resource: string, diags: Diagnostics): boolean {
    const url = this.runtime.settings?.url ?? 'this appliance';
    const first = this.runtime.claim(resource);
    if (first === undefined) return true;
    diags.addError(
      'Two resources manage one appliance',
      `${first} and ${resource} of this provider configuration both manage ${url}: one appliance is one resource (one apply is one SPS transaction), and two would delete and re-create each other's objects. Keep one. To move from one to the other without touching the appliance, use a moved block (moved { from = … to = … }), or a removed block with lifecycle { destroy = false } and an import.`,
    );
    return false;
  }

  /**
   * The engine's plan of `desired` from what the prior state knows: its objects and keys stand for the
   * appliance (Terraform refreshed them), whole kinds the refresh read in this process are taken as
   * read, the rest is read. A prior state that does not parse is not trusted: everything is read.
   */
  async plan(desired: DesiredState, prior: PriorState | undefined, priv: PrivateState): Promise<Plan> {
    const client = this.runtime.client();
    const known = prior ? this.#known(prior.doc) : undefined;
    const options = {
      owned: prior ? ownedNames(prior.doc) : {},
      secretRecords: priv.records,
      recordsSecrets: true, // private state keeps the fingerprints
      declaredBefore: declaredBeforeOf(priv.declared), // …and what the last apply declared
    };
    const objects = known ?? parseDesiredState({});
    const keys = known && prior ? prior.keys : new Map<KindName, Map<string, string>>();
    return (
      await planFromKnown(client, desired, { objects, keys, read: this.runtime.refreshed.live }, options)
    ).plan;
  }

  /** `plan`, then (validate_on_plan) staged on the appliance and rolled back; problems become diagnostics. */
  async planChecked(
    desired: DesiredState,
    prior: PriorState | undefined,
    priv: PrivateState,
    diags: Diagnostics,
    where: Where,
  ): Promise<Plan | undefined> {
    const settings = this.runtime.settings!;
    try {
      if (!prior) await this.warnOfFirmware(diags); // no refresh came before a create
      const plan = await this.plan(desired, prior, priv);
      // what the change does to live sessions and kept recordings: warnings (errors with refuse_disconnect)
      if (hasChanges(plan)) await reportImpact(this.runtime, this.runtime.client(), plan, diags);
      // staging takes the global configuration lock: only when there is something to stage
      if (settings.validateOnPlan && hasChanges(plan)) {
        const verdict = await this.runtime.track(() =>
          validateOnDevice(this.runtime.client(), plan, {
            lockTimeoutMs: settings.lockTimeoutMs,
            interrupt: this.runtime.interrupt,
          }),
        );
        if (!verdict.accepted) diags.addError('The appliance refused the planned changes', verdict.error);
      }
      return plan;
    } catch (err) {
      this.report(err, diags, 'Planning against the appliance failed', where);
      return undefined;
    }
  }

  /** One SPS transaction. Throws what applyPlan throws; `planned` receives the plan before it runs. */
  async apply(
    desired: DesiredState,
    prior: PriorState | undefined,
    priv: PrivateState,
    planned: (plan: Plan) => void | Promise<void>,
  ): Promise<ApplyResult> {
    const settings = this.runtime.settings!;
    // from here on the appliance changes: a later plan in this process must read it again
    this.runtime.refreshed.forget();
    const plan = await this.plan(desired, prior, priv);
    await planned(plan); // may refuse (refuse_disconnect) before the transaction opens
    return this.runtime.track(() =>
      applyPlan(this.runtime.client(), plan, {
        lockTimeoutMs: settings.lockTimeoutMs,
        checkTransaction: settings.checkTransaction,
        writeConcurrency: settings.writeConcurrency,
        secretRecords: priv.records,
        interrupt: this.runtime.interrupt,
      }),
    );
  }

  /**
   * An apply as both resources run it: one SPS transaction, the change audit (SPS_AUDIT_*) with its
   * outcome, and the verdict. `committed` when the appliance took the changes — also when the
   * verification after the commit failed (the state must say it was committed, or every retry
   * commits again; the problem is then an error, or a warning for a create, which Terraform would
   * otherwise taint and replace) — undefined when nothing was committed (the error reported).
   */
  async applyAudited(
    desired: DesiredState,
    prior: PriorState | undefined,
    priv: PrivateState,
    diags: Diagnostics,
    how: { readonly destroying: boolean; readonly creating: boolean; readonly where: Where },
  ): Promise<{ result: ApplyResult; plan: Plan } | undefined> {
    const auditTo = auditDestination(diags);
    if (auditTo === 'invalid') return undefined;
    const settings = this.runtime.settings!;
    const client = this.client();
    let plan: Plan | undefined;
    try {
      const result = await this.apply(desired, prior, priv, (p) => {
        plan = p;
        return refuseCutting(this.runtime, client, p);
      });
      for (const note of result.notes ?? []) diags.addWarning('The apply went one write at a time', note);
      if (auditTo) await auditApply(auditTo, client, settings, plan!, 'committed', diags);
      return { result, plan: plan! };
    } catch (err) {
      if (auditTo && plan) await auditApply(auditTo, client, settings, plan, outcomeOf(err), diags);
      if (err instanceof SpsVerifyError && !how.destroying) {
        (how.creating ? diags.addWarning : diags.addError).call(
          diags,
          'Applied, but verification failed',
          err.message,
        );
        return { result: err.result, plan: plan! };
      }
      // destroy keeps archive/cleanup policies safe too: say how to opt in, there is no config to edit
      this.report(
        err,
        diags,
        how.destroying ? 'Destroying the configuration failed' : 'Applying the configuration failed',
        how.where,
        how.destroying ? DESTROY_ARCHIVE_HINT : undefined,
      );
      return undefined;
    }
  }

  /** A destroy the engine would refuse (owned archive/cleanup policies without the opt-in), said at plan time. */
  async checkDestroy(
    desired: DesiredState,
    owned: JsonObject,
    diags: Diagnostics,
    where: Where,
    hint: string,
  ): Promise<void> {
    try {
      await planAgainstAppliance(this.runtime.client(), desired, { owned: ownedNames(owned) });
    } catch (err) {
      this.report(err, diags, 'Destroying the configuration is refused', where, hint);
    }
  }

  /** An appliance outside the model's firmware bands (or one that does not say) gets a warning. */
  async warnOfFirmware(diags: Diagnostics): Promise<void> {
    const note = firmwareNote(await this.runtime.client().firmware());
    if (note) diags.addWarning('SPS firmware outside the bands this provider was written for', note);
  }

  client(): SpsClient {
    return this.runtime.client();
  }

  /**
   * Terraform's refresh of a prior document: its objects as the appliance has them now, cut to the
   * paths it manages; the private state with the fingerprints of secrets changed on the appliance
   * forgotten. The reads are remembered, so the plan that follows in this process reads nothing twice.
   */
  async refresh(
    prior: JsonObject,
    privateBytes: Buffer | undefined,
    diags: Diagnostics,
  ): Promise<{ live: LiveState; doc: JsonObject; private: PrivateState }> {
    await this.warnOfFirmware(diags); // every refresh: so every plan says it
    const kinds = kindsOf(prior);
    const names = objectsOf(prior).map((o) => o.kind.name);
    const live = await readLive(this.runtime.client(), kindsToRead(names, kinds));
    this.runtime.refreshed.remember(live);
    const priv = privateStateOf(privateBytes);
    const records = await forgetDriftedSecrets(priv.records, live, kinds);
    return { live, doc: liveDocument(prior, live), private: { ...priv, records } };
  }

  /** SpsError → diagnostics, pointing at the attribute when the error names a path. */
  report(err: unknown, diags: Diagnostics, summary: string, where: Where, refusalHint?: string): void {
    if (err instanceof SpsDesiredStateError || err instanceof SpsPlanRefusedError) {
      const hint = refusalHint && err instanceof SpsPlanRefusedError ? `\n\n${refusalHint}` : '';
      for (const issue of err.issues) {
        const at =
          issue.line === undefined
            ? where.locate?.(issue.path)
            : { line: issue.line, column: issue.column ?? 1 };
        const place = at ? `${where.source ?? err.source ?? 'document'}:${at.line}:${at.column}: ` : '';
        diags.addError(
          summary,
          this.#redactor.text(`${place}${issue.path || '/'}: ${issue.message}${hint}`),
          where.pathOf(issue.path),
        );
      }
      return;
    }
    // every message, whatever its origin, passes the one redactor, which knows the configuration's secrets
    diags.addError(
      summary,
      this.#redactor.text(SpsError.is(err) || err instanceof Error ? err.message : String(err)),
    );
  }

  /** The prior state's objects, parsed as a document is (secrets withheld); undefined when they do not parse. */
  #known(doc: JsonObject): DesiredState | undefined {
    try {
      return parseDesiredState(doc, { source: 'prior state', secretsWithheld: true });
    } catch {
      return undefined;
    }
  }
}
