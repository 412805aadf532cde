/**
 * A pass-through endpoint is a kind built from the document that declares it, and from nothing
 * else: parsing one document leaves nothing behind that changes how another is planned (a provider
 * process plans many documents; a path one marks secret must not be masked in the next, nor a
 * singleton declared by one make the next one's collection a singleton).
 */
import type { JsonObject } from '../../src/model';
import { computePlan, parseDesiredState, type LiveState } from '../../src/reconcile';

const ENDPOINT = 'policies/signing_cas';
const nothingLive: LiveState = { objects: new Map(), namesByKey: new Map() };

const asSingleton: JsonObject = {
  pass_through: {
    [ENDPOINT]: { singleton: { note: 'one', secret: 'hunter2' }, sensitive_paths: ['/secret'] },
  },
};
const asCollection: JsonObject = {
  pass_through: { [ENDPOINT]: { objects: { ca: { note: 'two', secret: 'not-a-secret-here' } } } },
};

const changesOf = (doc: JsonObject) =>
  computePlan(parseDesiredState(doc), nothingLive).ops.flatMap((op) =>
    op.changes.map((c) => ({
      op: `${op.action} ${op.name}`,
      path: c.path,
      sensitive: c.sensitive,
      after: c.after,
    })),
  );

test('each document plans with its own declaration of an endpoint, whatever was parsed before', () => {
  const first = changesOf(asSingleton);
  const second = changesOf(asCollection);
  const firstAgain = changesOf(asSingleton);

  expect(first).toEqual([
    { op: `update ${ENDPOINT}`, path: '/note', sensitive: false, after: 'one' },
    { op: `update ${ENDPOINT}`, path: '/secret', sensitive: true, after: undefined },
  ]);
  // declared as a collection with nothing secret: a collection, its field shown
  expect(second).toEqual([
    { op: 'create ca', path: '/name', sensitive: false, after: 'ca' },
    { op: 'create ca', path: '/note', sensitive: false, after: 'two' },
    { op: 'create ca', path: '/secret', sensitive: false, after: 'not-a-secret-here' },
  ]);
  expect(firstAgain).toEqual(first);
});

test('the kinds of a parsed document say how it declared each endpoint', () => {
  const singleton = parseDesiredState(asSingleton).kinds.of(ENDPOINT);
  const collection = parseDesiredState(asCollection).kinds.of(ENDPOINT);
  expect([singleton.shape, singleton.sensitive]).toEqual(['singleton', [['secret']]]);
  expect([collection.shape, collection.sensitive]).toEqual(['collection', []]);
  expect(singleton.documentAt()).toEqual(['pass_through', ENDPOINT, 'singleton']);
  expect(collection.documentAt('ca')).toEqual(['pass_through', ENDPOINT, 'objects', 'ca']);
});
