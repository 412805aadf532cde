/**
 * What every managed L2 has in common: it belongs to the nearest SpsConfiguration, registers there
 * at construction (so a duplicate fails where it is written), and renders into the single
 * `sps_configuration` resource. Imported objects (`fromName`, `fromKey`) are SpsReferences: they are
 * only ever rendered as the name or key they point at.
 */
import { Construct } from 'constructs';
import type { SpsKind } from '../gen/model';

/** The kinds the L2s manage (the keys of the `sps_configuration` resource), generated from the model. */
export type { SpsCollectionKind, SpsKind, SpsSingletonKind } from '../gen/model';

/** Something a managed object can point at: a managed object or an import. */
export interface ISpsReferenceable {
  readonly node: Construct['node'];
  /** The name (or key, for kinds without names) the desired document uses for this object. */
  readonly referenceName: string;
  /** True for objects made elsewhere (built in, web UI); they are never rendered or deleted. */
  readonly imported: boolean;
}

/** Base class of managed L2s. Subclasses call `this._attach()` at the end of their constructor. */
export abstract class SpsManagedObject extends Construct {
  abstract readonly kind: SpsKind;
  /** The SPS name (collections) or the kind name (singletons): unique per kind per appliance. */
  abstract readonly name: string;
  readonly imported = false;

  /** The name other objects' references render (see ISpsReferenceable). */
  get referenceName(): string {
    return this.name;
  }

  /** @internal Renders this object into its generated-binding (camelCase) struct. */
  abstract _toSps(): unknown;

  /** @internal The objects this one points at, checked at render time. */
  _references(): readonly ISpsReferenceable[] {
    return [];
  }
}

/** An object that exists on the appliance but is not managed here. */
export class SpsImport extends Construct implements ISpsReferenceable {
  readonly imported = true;
  constructor(
    scope: Construct,
    id: string,
    readonly referenceName: string,
  ) {
    super(scope, id);
  }
}
