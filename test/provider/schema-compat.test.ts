/**
 * The provider-schema breaking-change gate (npm run provider-schema:check): the checked-in
 * schema/sps.schema.json against the released one, and each kind of change it must refuse or let
 * through, made to a copy of the current schema.
 */
import type { JsonSchema } from '../../src/model';
import { desiredDocumentSchema } from '../../src/model/desired-schema';
import { checkProviderSchema, checkedInFiles, type GateFiles } from '../../scripts/provider-schema-compat';
import { enumsOf } from '../../scripts/provider-schema/enums';
import type {
  ProviderSchemasJson,
  TfAttributeJson,
  TfSchemaJson,
} from '../../scripts/provider-schema/terraform-schema';

const HOST_KEY = 'resource.sps_configuration.backup_policies.*.target.host_key';
const files = checkedInFiles();

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
type Doc = Mutable<ProviderSchemasJson>;
type Attribute = Mutable<TfAttributeJson>;

const copy = (): Doc => structuredClone(files.current) as Doc;
const provider = (doc: Doc) => Object.values(doc.provider_schemas)[0];

/** The schema at `resource.<type>` / `data.<type>` of a document. */
function schemaOf(doc: Doc, address: string): Mutable<TfSchemaJson> {
  const [section, type] = address.split('.');
  const p = provider(doc);
  const schemas = section === 'resource' ? p.resource_schemas : p.data_source_schemas;
  const schema = schemas?.[type];
  if (!schema) throw new Error(`the current schema has no ${address}`);
  return schema;
}

/** The attributes holding the attribute at an address, and its name (`*` steps into a nesting). */
function parentOf(doc: Doc, address: string): { attributes: Record<string, Attribute>; name: string } {
  const [section, type, ...path] = address.split('.');
  let attributes = schemaOf(doc, `${section}.${type}`).block.attributes as Record<string, Attribute>;
  const name = path.pop()!;
  for (const segment of path) {
    if (segment === '*') continue;
    const nested = attributes[segment]?.nested_type;
    if (!nested) throw new Error(`the current schema has no nested attribute ${segment} in ${address}`);
    attributes = nested.attributes as Record<string, Attribute>;
  }
  return { attributes, name };
}

function attributeAt(doc: Doc, address: string): Attribute {
  const { attributes, name } = parentOf(doc, address);
  if (!attributes[name]) throw new Error(`the current schema has no ${address}`);
  return attributes[name];
}

/** The changelog with one more breaking change recorded under Unreleased. */
const recording = (address: string, changelog = files.changelog) =>
  changelog.replace(
    '### Breaking changes\n',
    `### Breaking changes\n\n- \`${address}\`: recorded by a test.\n`,
  );

/** The changelog without the bullet recording an address (and the bullet's continuation lines). */
function withoutEntry(changelog: string, address: string): string {
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`- \`${address}\``));
  if (start < 0) throw new Error(`CHANGELOG.md records no ${address}`);
  let end = start + 1;
  while (end < lines.length && lines[end].startsWith('  ')) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

/** The gate against the current schema as released, so only the test's change differs. */
function againstCurrent(current: Doc, more: Partial<GateFiles> = {}) {
  return checkProviderSchema({
    released: files.current,
    releasedMeta: { version: '0.1.0', recorded_from: 'this test', enums: enumsOf(files.current) },
    current: current as ProviderSchemasJson,
    changelog: files.changelog,
    ...more,
  });
}

describe('the checked-in provider schema', () => {
  test('has no breaking change against the released one that CHANGELOG.md does not record', async () => {
    const report = await checkProviderSchema(files);
    expect(report.problems).toEqual([]);
  });

  test('host_key (object → OpenSSH one-liner) is recorded as the first breaking change, with its state upgrade', async () => {
    expect(files.releasedMeta.version).toBe('0.1.0');
    const report = await checkProviderSchema(files);
    expect(report.result.recorded).toContainEqual({
      address: HOST_KEY,
      kind: 'type-changed',
      detail: 'object {selection, value} → string',
    });
    expect(files.changelog).toMatch(/host_key`:[^]*schema version went from 0 to 1/);

    const unrecorded = await checkProviderSchema({
      ...files,
      changelog: withoutEntry(files.changelog, HOST_KEY),
    });
    expect(unrecorded.problems).toContainEqual(
      expect.stringContaining(`${HOST_KEY}: object {selection, value} → string (type-changed)`),
    );
  });

  test('the host_key change without a schema version bump fails, whatever the changelog says', async () => {
    const current = copy();
    schemaOf(current, 'resource.sps_configuration').version = 0;
    const report = await checkProviderSchema({ ...files, current: current as ProviderSchemasJson });
    expect(report.problems).toEqual([
      expect.stringMatching(
        /^resource\.sps_configuration: the state shape changed \(.*backup_policies\.\*\.target\.host_key \(nested single → string\).*\) but the schema version is still 0/,
      ),
    ]);
  });

  test('enums are found for exactly the attributes whose description lists them (the model is their source)', () => {
    const described: string[] = [];
    const walk = (attributes: Record<string, TfAttributeJson>, at: string) => {
      for (const [name, a] of Object.entries(attributes)) {
        const path = `${at}.${name}`;
        if (/One of: /.test(a.description ?? '')) described.push(path);
        if (a.nested_type)
          walk(a.nested_type.attributes, a.nested_type.nesting_mode === 'single' ? path : `${path}.*`);
      }
    };
    const configuration = schemaOf(copy(), 'resource.sps_configuration');
    walk(configuration.block.attributes as Record<string, TfAttributeJson>, 'resource.sps_configuration');
    const enums = enumsOf(files.current);
    expect(Object.keys(enums).sort()).toEqual(described.sort());
    expect(enums['resource.sps_configuration.backup_policies.*.target.type']).toEqual([
      'rsync',
      'smb',
      'nfs',
    ]);
  });
});

describe('each kind of breaking change fails the gate, and passes once recorded', () => {
  const narrowedModel = (): JsonSchema => {
    const doc = desiredDocumentSchema();
    const props = (s: JsonSchema) => s.properties as Record<string, JsonSchema>;
    const policy = props(doc).backup_policies.additionalProperties as JsonSchema;
    props(props(policy).target).type.enum = ['rsync', 'nfs'];
    props(props(policy).target).path.enum = ['/backup'];
    return doc;
  };

  const cases: {
    name: string;
    change: (doc: Doc) => void;
    enumSources?: GateFiles['enumSources'];
    expected: string[];
    /** Whether the change also changes what the state holds (then the schema version must go up). */
    stateChanged?: boolean;
  }[] = [
    {
      name: 'a removed attribute',
      change: (doc) =>
        delete parentOf(doc, 'resource.sps_configuration.backup_policies.*.target.path').attributes.path,
      expected: ['resource.sps_configuration.backup_policies.*.target.path: was removed (removed)'],
      stateChanged: true,
    },
    {
      name: 'an attribute that became computed-only',
      change: (doc) => {
        const a = attributeAt(doc, 'resource.sps_configuration.backup_policies.*.target.domain');
        delete a.optional;
        a.computed = true;
      },
      expected: [
        'resource.sps_configuration.backup_policies.*.target.domain: is computed-only now (removed)',
      ],
    },
    {
      name: 'a removed data source',
      change: (doc) => delete provider(doc).data_source_schemas!.sps_appliance,
      expected: ['data.sps_appliance: was removed (removed)'],
    },
    {
      name: 'a type change',
      change: (doc) => {
        attributeAt(doc, 'resource.sps_configuration.archive_cleanup_policies.*.retention_days').type =
          'string';
      },
      expected: [
        'resource.sps_configuration.archive_cleanup_policies.*.retention_days: number → string (type-changed)',
      ],
      stateChanged: true,
    },
    {
      name: 'a new required attribute',
      change: (doc) => {
        parentOf(doc, 'resource.sps_configuration.backup_policies.*.target.comment').attributes.comment = {
          type: 'string',
          required: true,
        };
      },
      expected: [
        'resource.sps_configuration.backup_policies.*.target.comment: is a new required attribute (now-required)',
      ],
    },
    {
      name: 'an optional attribute made required',
      change: (doc) => {
        const a = attributeAt(doc, 'resource.sps_configuration.backup_policies.*.target.port');
        delete a.optional;
        a.required = true;
      },
      expected: [
        'resource.sps_configuration.backup_policies.*.target.port: was optional, is required now (now-required)',
      ],
    },
    {
      name: 'a narrowed enum, and a free string restricted to an enum (from the model)',
      change: () => undefined,
      enumSources: { 'resource.sps_configuration': narrowedModel },
      expected: [
        'resource.sps_configuration.backup_policies.*.target.path: accepted any value, now only "/backup" (enum-narrowed)',
        'resource.sps_configuration.backup_policies.*.target.type: no longer accepts "smb" (enum-narrowed)',
      ],
    },
  ];

  const STATE = /^resource\.sps_configuration: the state shape changed/;

  test.each(cases)('$name', async ({ change, enumSources, expected, stateChanged = false }) => {
    const current = copy();
    change(current);
    const failing = await againstCurrent(current, { enumSources });
    const configuration = failing.problems.filter((p) => !STATE.test(p));
    expect(configuration.map((p) => p.split(' — ')[0]).sort()).toEqual(expected);
    expect(configuration.every((p) => p.includes('record it under "### Breaking changes"'))).toBe(true);
    expect(failing.problems.some((p) => STATE.test(p))).toBe(stateChanged);

    // recorded, and where the state changed, with the schema version bumped
    if (stateChanged) schemaOf(current, 'resource.sps_configuration').version += 1;
    const addresses = expected.map((e) => e.split(': ')[0]);
    const changelog = addresses.reduce((text, a) => recording(a, text), files.changelog);
    const recorded = await againstCurrent(current, { enumSources, changelog });
    expect(recorded.problems).toEqual([]);
    expect(recorded.result.recorded.map((f) => f.address).sort()).toEqual(addresses.sort());
  });

  /** A breaking change of the configuration only (the state holds the same). */
  const portRequired = () => {
    const current = copy();
    const port = attributeAt(current, 'resource.sps_configuration.backup_policies.*.target.port');
    delete port.optional;
    port.required = true;
    return current;
  };

  test('an entry under the released version or an older one acknowledges nothing', async () => {
    const changelog = files.changelog.replace(
      '## 0.1.0\n',
      '## 0.1.0\n\n### Breaking changes\n\n- `resource.sps_configuration.backup_policies.*.target.port`: too old.\n',
    );
    expect((await againstCurrent(portRequired(), { changelog })).problems).toEqual([
      expect.stringContaining('target.port: was optional, is required now'),
    ]);
  });

  test('a recorded parent address covers what is inside it', async () => {
    const report = await againstCurrent(portRequired(), {
      changelog: recording('resource.sps_configuration.backup_policies'),
    });
    expect(report.problems).toEqual([]);
  });

  test('a mistyped address in "Breaking changes" is refused; prose bullets are allowed', async () => {
    const changelog = recording('sps_configuration.backup_policies').replace(
      '### Breaking changes\n',
      '### Breaking changes\n\n- Terraform 1.11 or later is needed.\n',
    );
    expect((await againstCurrent(copy(), { changelog })).problems).toEqual([
      expect.stringMatching(/^CHANGELOG\.md:\d+: sps_configuration\.backup_policies is not an address/),
    ]);
  });
});

describe('additions pass the gate', () => {
  const configuration = 'resource.sps_configuration';
  const cases: { name: string; change: (doc: Doc) => void }[] = [
    {
      name: 'a new optional attribute',
      change: (doc) => {
        parentOf(doc, `${configuration}.backup_policies.*.target.comment`).attributes.comment = {
          type: 'string',
          optional: true,
        };
      },
    },
    {
      name: 'a new computed attribute',
      change: (doc) => {
        const attributes = schemaOf(doc, configuration).block.attributes!;
        if (attributes.added_by_test) throw new Error('added_by_test exists already');
        attributes.added_by_test = { type: ['map', 'number'], computed: true };
      },
    },
    {
      name: 'a new resource with required attributes',
      change: (doc) => {
        provider(doc).resource_schemas!.sps_test_document = {
          version: 0,
          block: {
            attributes: {
              document: { type: 'string', required: true },
              secrets: { type: ['map', 'string'], optional: true, write_only: true },
              id: { type: 'string', computed: true },
            },
          },
        };
      },
    },
    {
      name: 'an attribute becoming write-only (and no longer sensitive)',
      change: (doc) => {
        const token = attributeAt(doc, `${configuration}.splunk_forwarder.token`);
        token.write_only = true;
        delete token.sensitive;
      },
    },
    {
      name: 'an optional attribute becoming Optional+Computed',
      change: (doc) => {
        attributeAt(doc, `${configuration}.backup_policies.*.target.port`).computed = true;
      },
    },
    {
      name: 'a required attribute becoming Optional+Computed',
      change: (doc) => {
        const a = attributeAt(doc, `${configuration}.archive_cleanup_policies.*.retention_days`);
        delete a.required;
        a.optional = true;
        a.computed = true;
      },
    },
  ];

  test.each(cases)('$name', async ({ change }) => {
    const current = copy();
    change(current);
    const report = await againstCurrent(current);
    expect(report.problems).toEqual([]);
    expect(report.result.recorded).toEqual([]);
  });
});

describe('the state shape needs a schema version bump when it changes', () => {
  const retypeKeys = (doc: Doc) => {
    attributeAt(doc, 'resource.sps_configuration.keys').type = ['map', 'string'];
  };

  test('a computed attribute retyped (no configuration changes) fails without a bump', async () => {
    const current = copy();
    retypeKeys(current);
    const version = schemaOf(current, 'resource.sps_configuration').version;
    expect((await againstCurrent(current)).problems).toEqual([
      `resource.sps_configuration: the state shape changed (keys (map(map(string)) → map(string))) but the schema version is still ${version}: bump it and upgrade old states in UpgradeResourceState`,
    ]);
  });

  test('a computed attribute removed fails without a bump', async () => {
    const current = copy();
    delete schemaOf(current, 'resource.sps_configuration').block.attributes!.id;
    expect((await againstCurrent(current)).problems).toEqual([
      expect.stringContaining('the state shape changed (id (removed))'),
    ]);
  });

  test('passes with the version bumped', async () => {
    const current = copy();
    retypeKeys(current);
    schemaOf(current, 'resource.sps_configuration').version += 1;
    expect((await againstCurrent(current)).problems).toEqual([]);
  });

  test('a version going down fails', async () => {
    const current = copy();
    schemaOf(current, 'resource.sps_configuration').version -= 1;
    expect((await againstCurrent(current)).problems).toEqual([
      expect.stringContaining('schema version went down'),
    ]);
  });
});
