/**
 * Terraform core's plan/apply rules: each rule catches its violation, and the server reports
 * violations as attribute diagnostics when invariant checking is on (SPS_PROVIDER_DEBUG=1).
 */
import { ProviderServer } from '../../src/provider/server/context';
import type { ProviderDefinition, ResourceDefinition } from '../../src/provider/server/definition';
import { checkAppliedState, checkPlannedState } from '../../src/provider/server/plan-invariants';
import { planResourceChange } from '../../src/provider/server/plan-resource-change';
import { schemaType, T, UNKNOWN, type Schema, type TfValue } from '../../src/provider/tf';
import { fromDynamicValue, toDynamicValue } from '../../src/provider/wire/dynamic-value';

const schema: Schema = {
  block: {
    attributes: {
      id: { type: T.string, computed: true },
      action: { type: T.string, required: true },
      mode: { type: T.string, optional: true, computed: true },
      tags: {
        optional: true,
        nestedType: {
          nesting: 'map',
          attributes: { v: { type: T.string, required: true }, rev: { type: T.number, computed: true } },
        },
      },
    },
  },
};
const config = { id: null, action: 'drop', mode: null, tags: { a: { v: 'x', rev: null } } };
const messages = (violations: { path: { toString(): string }; message: string }[]) =>
  violations.map((v) => `${v.path}: ${v.message}`);

describe('checkPlannedState', () => {
  test('accepts a faithful plan: config kept, computed values unknown or from prior', () => {
    expect(
      checkPlannedState(schema, {
        prior: null,
        config,
        planned: { ...config, id: UNKNOWN, mode: UNKNOWN, tags: { a: { v: 'x', rev: UNKNOWN } } },
      }),
    ).toEqual([]);
  });
  test('rejects a changed config value, also deep in a nested map', () => {
    const planned = { ...config, action: 'xdrop', tags: { a: { v: 'y', rev: 1 } } };
    expect(messages(checkPlannedState(schema, { prior: null, config, planned }))).toEqual([
      'action: planned value does not match config value',
      'tags["a"].v: planned value does not match config value',
    ]);
  });
  test('allows a normalized value equal to the prior one', () => {
    const prior = { ...config, id: 'i', action: 'DROP', mode: 'm', tags: null };
    expect(
      checkPlannedState(schema, { prior, config: { ...config, tags: null }, planned: { ...prior } }),
    ).toEqual([]);
  });
  test('rejects unknown for a non-computed attribute and a missing key', () => {
    expect(
      messages(checkPlannedState(schema, { prior: null, config, planned: { ...config, action: UNKNOWN } })),
    ).toEqual(['action: planned value does not match config value']);
    const missing: Record<string, TfValue> = { ...config };
    delete missing.mode;
    expect(messages(checkPlannedState(schema, { prior: null, config, planned: missing }))[0]).toMatch(
      /^mode: attribute missing/,
    );
  });
  test('a destroy must plan null', () => {
    expect(messages(checkPlannedState(schema, { prior: config, config: null, planned: config }))).toEqual([
      ': destroy must plan a null state',
    ]);
  });
});

describe('checkAppliedState', () => {
  const planned = { ...config, id: UNKNOWN, mode: 'fast', tags: { a: { v: 'x', rev: UNKNOWN } } };
  test('accepts unknowns resolved and known values kept', () => {
    expect(
      checkAppliedState(schema, {
        planned,
        applied: { ...config, id: 'i', mode: 'fast', tags: { a: { v: 'x', rev: 1 } } },
      }),
    ).toEqual([]);
  });
  test('rejects a known planned value that changed, and unknowns left after apply', () => {
    expect(
      messages(
        checkAppliedState(schema, {
          planned,
          applied: { ...config, id: 'i', mode: 'FAST', tags: { a: { v: 'x', rev: 1 } } },
        }),
      ),
    ).toEqual(['mode: was planned one way, but is now another after apply']);
    expect(messages(checkAppliedState(schema, { planned, applied: planned }))).toEqual([
      ': new state after apply contains unknown values',
    ]);
  });
});

test('with invariant checking on, the server turns a broken plan into an attribute diagnostic', async () => {
  const broken: ResourceDefinition = {
    typeName: 'x_rule',
    schema,
    upgrade: async () => null,
    read: async ({ state }) => ({ state }),
    plan: async ({ proposed }) => ({
      planned: { ...(proposed as object), action: 'DROP', id: UNKNOWN } as TfValue,
    }),
    apply: async ({ planned }) => ({ newState: planned }),
    importState: async () => [],
  };
  const def: ProviderDefinition = {
    typeName: 'x',
    schema: { block: {} },
    configure: async () => {},
    resources: [broken],
    dataSources: [],
  };
  const dv = (v: TfValue) => toDynamicValue(v, schemaType(schema));
  const request = {
    type_name: 'x_rule',
    prior_state: dv(null),
    proposed_new_state: dv(config),
    config: dv(config),
    prior_private: Buffer.alloc(0),
  };

  const checked = await planResourceChange(new ProviderServer(def, { checkInvariants: true }), request);
  expect(checked.planned_state).toBeUndefined();
  expect(checked.diagnostics).toEqual([
    expect.objectContaining({
      severity: 'ERROR',
      summary: 'Provider produced an inconsistent plan',
      attribute: { steps: [{ attribute_name: 'action' }] },
    }),
  ]);

  const unchecked = await planResourceChange(new ProviderServer(def), request);
  expect(fromDynamicValue(unchecked.planned_state, schemaType(schema))).toMatchObject({ action: 'DROP' });
});

test('a hook that throws becomes an ERROR diagnostic with its message, not a failed call', async () => {
  const failing: ResourceDefinition = {
    typeName: 'x_rule',
    schema,
    upgrade: async () => null,
    read: async ({ state }) => ({ state }),
    plan: async () => {
      throw new Error('appliance unreachable at https://sps.example');
    },
    apply: async ({ planned }) => ({ newState: planned }),
    importState: async () => [],
  };
  const def: ProviderDefinition = {
    typeName: 'x',
    schema: { block: {} },
    configure: async () => {},
    resources: [failing],
    dataSources: [],
  };
  const dv = (v: TfValue) => toDynamicValue(v, schemaType(schema));
  const response = await planResourceChange(new ProviderServer(def), {
    type_name: 'x_rule',
    prior_state: dv(null),
    proposed_new_state: dv(config),
    config: dv(config),
    prior_private: Buffer.alloc(0),
  });
  expect(response.diagnostics).toEqual([
    expect.objectContaining({
      severity: 'ERROR',
      summary: 'x_rule plan failed',
      detail: 'appliance unreachable at https://sps.example',
    }),
  ]);
});
