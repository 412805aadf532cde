/**
 * Objects managed outside this code that policies point at: X.509 identities (certificates with
 * keys, by key) and trusted CA lists (by name). SPS's API does not document creating them, so they
 * can only be imported.
 */
import type { Construct } from 'constructs';
import { checkName, problems } from './checks';
import { throwIfProblems } from './errors';
import { SpsImport, type ISpsReferenceable } from './sps-object';

export interface IX509Identity extends ISpsReferenceable {
  /** The SPS key of the identity. */
  readonly x509Key: string;
}

export interface ITrustedCaList extends ISpsReferenceable {
  readonly trustedCaListName: string;
}

class ImportedX509Identity extends SpsImport implements IX509Identity {
  get x509Key(): string {
    return this.referenceName;
  }
}

class ImportedTrustedCaList extends SpsImport implements ITrustedCaList {
  get trustedCaListName(): string {
    return this.referenceName;
  }
}

export abstract class X509Identity {
  /** An X.509 identity stored on SPS, by its key (Basic Settings > Certificates, or the x509 API). */
  static fromKey(scope: Construct, id: string, key: string): IX509Identity {
    // the key is checked where it is used (the referring policy's body, by the model)
    return new ImportedX509Identity(scope, id, key);
  }
}

export abstract class TrustedCaList {
  /** A trusted CA list that exists on SPS, by name. */
  static fromName(scope: Construct, id: string, name: string): ITrustedCaList {
    const imported = new ImportedTrustedCaList(scope, id, name);
    throwIfProblems(problems(checkName('trusted_ca_lists', name)), imported);
    return imported;
  }
}
