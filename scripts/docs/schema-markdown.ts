/**
 * The `## Schema` section of a registry page, as the Terraform registry's own pages have it
 * (terraform-plugin-docs' layout): top-level attributes grouped Required / Optional / Read-Only, each
 * `name (Type, flags) description`, and one "Nested Schema for `path`" section per nested object,
 * linked from its parent. Every attribute also carries an anchor named by its dotted path
 * (`backup_policies.target.server.value`), which the generated CDKTF bindings link to.
 */
import type { Attribute, Block, NestedBlock, Schema, TfType } from '../../src/provider/tf';

type Group = 'Required' | 'Optional' | 'Read-Only';
const GROUPS: readonly Group[] = ['Required', 'Optional', 'Read-Only'];

/** One attribute or block as the page lists it. */
interface Field {
  readonly name: string;
  readonly group: Group;
  readonly type: string;
  readonly flags: readonly string[];
  readonly description: string;
  /** The fields of its nested object, when it has one. */
  readonly nested?: readonly Field[];
}

/** Terraform's type names as the registry writes them: `List of String`, `Map of Object`. */
function typeName(t: TfType): string {
  switch (t.kind) {
    case 'string':
      return 'String';
    case 'number':
      return 'Number';
    case 'bool':
      return 'Boolean';
    case 'dynamic':
      return 'Dynamic';
    case 'object':
      return 'Object';
    case 'tuple':
      return 'Tuple';
    default:
      return `${t.kind[0].toUpperCase()}${t.kind.slice(1)} of ${typeName(t.element)}`;
  }
}

/** The object type inside a type (an object, or a list/set/map of objects), if any. */
function objectOf(t: TfType): Readonly<Record<string, TfType>> | undefined {
  if (t.kind === 'object') return t.attributes;
  if (t.kind === 'list' || t.kind === 'set' || t.kind === 'map') return objectOf(t.element);
  return undefined;
}

function groupOf(a: { required?: boolean; optional?: boolean; computed?: boolean }): Group {
  return a.required ? 'Required' : a.optional ? 'Optional' : 'Read-Only';
}

/**
 * Text the registry renders as markdown: `<` and `>` outside code spans are escaped, or a
 * description's `<endpoint>` would be taken for an HTML tag and vanish.
 */
export function markdownText(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

/** An object type's fields: no flags of their own, the group of the attribute that holds them. */
function objectFields(attributes: Readonly<Record<string, TfType>>, group: Group): Field[] {
  const sorted = Object.entries(attributes).sort(([x], [y]) => x.localeCompare(y));
  return sorted.map(([name, t]) => {
    const inner = objectOf(t);
    return {
      name,
      group,
      type: typeName(t),
      flags: [],
      description: '',
      ...(inner ? { nested: objectFields(inner, group) } : {}),
    };
  });
}

function attributeField(name: string, a: Attribute): Field {
  const group = groupOf(a);
  const flags = [
    ...(a.sensitive ? ['Sensitive'] : []),
    ...(a.writeOnly ? ['Write-only'] : []),
    ...(a.deprecated ? ['Deprecated'] : []),
  ];
  const description = a.description ?? '';
  if (a.nestedType) {
    const nesting = a.nestedType.nesting;
    return {
      name,
      group,
      type: nesting === 'single' ? 'Attributes' : `Attributes ${nesting[0].toUpperCase()}${nesting.slice(1)}`,
      flags,
      description,
      nested: fieldsOf({ attributes: a.nestedType.attributes }),
    };
  }
  const inner = objectOf(a.type!);
  return {
    name,
    group,
    type: typeName(a.type!),
    flags,
    description,
    ...(inner ? { nested: objectFields(inner, group) } : {}),
  };
}

function blockField(name: string, b: NestedBlock): Field {
  const group: Group = (b.minItems ?? 0) > 0 ? 'Required' : 'Optional';
  const nesting = b.nesting === 'group' ? 'single' : b.nesting;
  return {
    name,
    group,
    type: nesting === 'single' ? 'Block' : `Block ${nesting[0].toUpperCase()}${nesting.slice(1)}`,
    flags: b.block.deprecated ? ['Deprecated'] : [],
    description: b.block.description ?? '',
    nested: fieldsOf(b.block),
  };
}

function fieldsOf(block: Block): Field[] {
  return [
    ...Object.entries(block.attributes ?? {}).map(([n, a]) => attributeField(n, a)),
    ...Object.entries(block.blockTypes ?? {}).map(([n, b]) => blockField(n, b)),
  ].sort((x, y) => x.name.localeCompare(y.name));
}

const sectionId = (path: readonly string[]) => `nestedatt--${path.join('--')}`;

function fieldLine(f: Field, path: readonly string[]): string {
  const kinds = [f.type, ...f.flags].join(', ');
  const below = f.nested ? ` (see [below for nested schema](#${sectionId(path)}))` : '';
  const text = markdownText(f.description);
  return `- <a id="${path.join('.')}"></a>\`${f.name}\` (${kinds})${text ? ` ${text}` : ''}${below}`;
}

/** The groups of a list of fields; `heading` writes them as `### Required` or as `Required:`. */
function groupedLines(fields: readonly Field[], at: readonly string[], heading: boolean): string[] {
  const lines: string[] = [];
  for (const group of GROUPS) {
    const inGroup = fields.filter((f) => f.group === group);
    if (!inGroup.length) continue;
    lines.push(
      heading ? `### ${group}` : `${group}:`,
      '',
      ...inGroup.map((f) => fieldLine(f, [...at, f.name])),
      '',
    );
  }
  return lines;
}

/** Nested sections in the order of their parents, depth first. */
function nestedSections(fields: readonly Field[], at: readonly string[]): string[] {
  const lines: string[] = [];
  for (const f of fields) {
    if (!f.nested) continue;
    const path = [...at, f.name];
    lines.push(
      `<a id="${sectionId(path)}"></a>`,
      `### Nested Schema for \`${path.join('.')}\``,
      '',
      ...groupedLines(f.nested, path, false),
      ...nestedSections(f.nested, path),
    );
  }
  return lines;
}

export function schemaMarkdown(schema: Schema): string {
  const fields = fieldsOf(schema.block);
  return ['## Schema', '', ...groupedLines(fields, [], true), ...nestedSections(fields, [])].join('\n');
}
