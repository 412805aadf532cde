/**
 * The twin's kinds: the model's typed kinds (their shapes and rules are the documented ones), and one
 * generic kind per endpoint the snapshot holds that the model has no kind for, shaped as the
 * appliance answered: a collection that allowed POST (or did not say) is writable, one that allowed
 * only GET is read-only, an object answered at the endpoint itself is a singleton. Generic kinds keep
 * any body whole, as the emulator's own generic endpoints do (generic-endpoints.ts).
 */
import { defineKind } from '../../model/define';
import { typedKindAt, type KindDef, type KindName, type KindShape } from '../../model';
import type { EndpointRecord } from '../../snapshot/format';

const ROOT = '/api/configuration';

export { typedKindAt };

/**
 * A generic kind's name: its endpoint relative to /api/configuration, which the emulator reads as
 * "not modelled" by its slash (integrity.ts); an endpoint right under the root gets a `configuration/` prefix.
 */
export function genericName(endpoint: string): KindName {
  const relative = endpoint.startsWith(ROOT + '/') ? endpoint.slice(ROOT.length + 1) : endpoint;
  return (relative.includes('/') ? relative : `configuration/${relative}`) as KindName;
}

/**
 * `named`: the objects have a `name` (then it is their identity and must stay unique, as for the
 * emulator's own generic endpoints); a captured collection whose objects have none has no identity.
 */
export function genericKind(endpoint: string, shape: KindShape, named = true): KindDef {
  return defineKind({
    name: genericName(endpoint),
    title: `${endpoint.slice(ROOT.length + 1)} object`,
    description: `Endpoint ${endpoint} of the captured appliance (not modelled).`,
    endpoint,
    shape,
    identity: shape === 'singleton' || !named ? null : 'name',
    managed: false,
    schema: { type: 'object' },
    sensitive: [],
    references: [],
  });
}

/** Whether every captured object of a collection has a name (an empty one: as the emulator's own). */
export function capturedNamed(record: EndpointRecord): boolean {
  return record.answer !== 'collection' || record.objects.every((o) => typeof o.body.name === 'string');
}

/** The shape a captured record gives its endpoint, or undefined when it holds no objects. */
export function capturedShape(record: EndpointRecord): KindShape | undefined {
  if (record.answer === 'singleton') return 'singleton';
  if (record.answer !== 'collection') return undefined;
  return record.allow === undefined || record.allow.includes('POST') ? 'collection' : 'read-only';
}
