/**
 * sps_document's `document` and `secrets`, read as the CLI reads a document file: strict text
 * (positions for every finding: `document:line:column`), no secret written into the text (the state
 * keeps it), `${env:NAME}` placeholders from `secrets`, then the provider's environment.
 */
import { createHash } from 'node:crypto';
import type { JsonObject } from '../../model';
import { SpsDesiredStateError, type DesiredState } from '../../reconcile';
import { AttributePath, isObjectValue, type Diagnostics, type TfValue } from '../tf';
import { readDocumentText } from './document-values';
import type { ApplianceEngine, Where } from './engine';
import { literalSecretIssues, secretsEnvironment, secretsGiven } from './placeholders';

export const DOCUMENT_ATTRIBUTE = AttributePath.root('document');

export interface ParsedDocument {
  readonly desired: DesiredState;
  readonly where: Where;
}

export class DocumentReader {
  /** The last document read: Terraform validates, then plans, the same configuration in one process. */
  #last?: { key: string; value: ParsedDocument };

  constructor(private readonly engine: ApplianceEngine) {}

  read(
    config: { [k: string]: TfValue },
    diags: Diagnostics,
    opts: { secretsWithheld?: boolean } = {},
  ): ParsedDocument | undefined {
    this.engine.redact(Object.values(secretsGiven(config.secrets)));
    const key = createHash('sha256')
      .update(
        JSON.stringify([config.document ?? null, config.secrets ?? null, opts.secretsWithheld ?? false]),
      )
      .digest('base64');
    if (this.#last?.key === key) return this.#last.value;
    const value = this.#parse(config, diags, opts);
    if (value) this.#last = { key, value };
    return value;
  }

  #parse(
    config: { [k: string]: TfValue },
    diags: Diagnostics,
    opts: { secretsWithheld?: boolean },
  ): ParsedDocument | undefined {
    const read = readDocumentText(String(config.document ?? ''));
    if (read.problem) {
      diags.addError('Invalid document', read.problem.message, DOCUMENT_ATTRIBUTE);
      return undefined;
    }
    const where: Where = { pathOf: () => DOCUMENT_ATTRIBUTE, locate: read.source.locate, source: 'document' };
    const doc = read.source.value as JsonObject;
    const literal = literalSecretIssues(isObjectValue(doc as TfValue) ? doc : {}, () => true, 'the document');
    if (literal.length) {
      this.engine.report(new SpsDesiredStateError(literal, 'document'), diags, 'Invalid document', where);
      return undefined;
    }
    const desired = this.engine.parse(doc, diags, where, {
      source: 'document',
      env: secretsEnvironment(config.secrets),
      ...opts,
    });
    return desired && { desired, where };
  }
}
