/**
 * The provider documentation (docs/, the Terraform registry's layout) is what the generator makes of
 * the schema today, and nothing links to a page or anchor that does not exist: not the READMEs, not
 * the pages themselves, not the generated CDKTF bindings (which once pointed at a registry address
 * that does not exist).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { DOCS_COMMAND, DOCS_DIR, documentedItems, renderDocs } from '../../scripts/generate-docs';

const ROOT = path.resolve(__dirname, '../..');

function filesUnder(dir: string, test: (f: string) => boolean): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.split(path.sep).includes('node_modules') && test(f))
    .map((f) => path.join(dir, f));
}

test(`docs/ is up to date (${DOCS_COMMAND})`, () => {
  for (const [file, text] of renderDocs()) {
    const full = path.join(DOCS_DIR, file);
    if (!existsSync(full) || readFileSync(full, 'utf8') !== text)
      throw new Error(`docs/${file} is out of date: run \`${DOCS_COMMAND}\``);
  }
});

test('every attribute of the resource has its own anchor, with type and description', () => {
  const page = readFileSync(path.join(DOCS_DIR, 'resources/configuration.md'), 'utf8');
  for (const anchor of [
    'splunk_forwarder.token',
    'backup_policies.target.server.value',
    'system_backup.backup_policy',
  ])
    expect(page).toContain(`<a id="${anchor}"></a>`);
  expect(page).toMatch(/`token` \(String, Write-only\) The HTTP Event Collector/);
});

describe.each(documentedItems().map((item) => [item.page, item] as const))(
  'docs/%s follows the registry conventions',
  (file, item) => {
    const text = () => readFileSync(path.join(DOCS_DIR, file), 'utf8');

    test('front matter: page_title, subcategory, description', () => {
      const front = /^---\n([\s\S]*?)\n---\n/.exec(text())?.[1] ?? '';
      expect(front).toMatch(/^page_title: ".+"$/m);
      expect(front).toMatch(/^subcategory: ".*"$/m);
      expect(front).toMatch(/^description: \|-\n {2}\S.*$/m);
    });

    test('Example Usage from its example file, then Schema grouped Required / Optional / Read-Only', () => {
      const page = text();
      const example = /## Example Usage\n\n```terraform\n([\s\S]*?)\n```/.exec(page)?.[1];
      expect(example).toBe(readFileSync(path.join(ROOT, item.example), 'utf8').trimEnd());
      expect(example).toMatch(item.kind === 'provider' ? /provider "sps"/ : new RegExp(`"${item.typeName}"`));
      const schema = page.slice(page.indexOf('\n## Schema\n'));
      const groups = [...schema.matchAll(/^### (Required|Optional|Read-Only)$/gm)].map((m) => m[1]);
      expect(groups.length).toBeGreaterThan(0);
      expect(groups).toEqual(['Required', 'Optional', 'Read-Only'].filter((g) => groups.includes(g)));
      // each top-level attribute under the group its schema gives it
      const listedIn = new Map<string, string>();
      for (const section of schema.split(/^### /m).slice(1)) {
        const group = section.slice(0, section.indexOf('\n'));
        for (const [, name] of section.matchAll(/^- <a id="(\w+)"><\/a>/gm)) listedIn.set(name, group);
      }
      for (const [name, a] of Object.entries(item.schema.block.attributes ?? {}))
        expect([name, listedIn.get(name)]).toEqual([
          name,
          a.required ? 'Required' : a.optional ? 'Optional' : 'Read-Only',
        ]);
    });

    if (item.kind === 'resource')
      test('Import, from its import example', () => {
        const page = text();
        expect(page).toContain('## Import\n');
        expect(page).toContain(readFileSync(path.join(ROOT, item.importExample!), 'utf8').trimEnd());
      });
  },
);

test('docs/ holds the registry layout only: the provider page, resources/, data-sources/', () => {
  const files = readdirSync(DOCS_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'));
  expect(files.sort()).toEqual([...renderDocs().keys()].sort());
});

test('no link anywhere points to a page or anchor that does not exist', () => {
  const markdown = [
    path.join(ROOT, 'README.md'),
    ...filesUnder(path.join(ROOT, 'docs'), (f) => f.endsWith('.md')),
    ...filesUnder(path.join(ROOT, 'manual'), (f) => f.endsWith('.md')),
    ...filesUnder(path.join(ROOT, 'src'), (f) => f.endsWith('README.md')),
    path.join(ROOT, 'constructs/README.md'),
  ];
  const broken: string[] = [];
  for (const file of markdown) {
    for (const [, target] of readFileSync(file, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:)/.test(target)) {
        broken.push(`${path.relative(ROOT, file)}: external link ${target}`);
        continue;
      }
      const [page, anchor] = target.split('#');
      const full = page ? path.resolve(path.dirname(file), page) : file;
      if (!existsSync(full)) broken.push(`${path.relative(ROOT, file)}: ${target}`);
      else if (
        anchor &&
        !readFileSync(full, 'utf8').includes(`id="${anchor}"`) &&
        !headingSlugs(full).has(anchor)
      )
        broken.push(`${path.relative(ROOT, file)}: ${target} (no such anchor)`);
    }
  }
  const bindings = filesUnder(path.join(ROOT, 'constructs/gen'), (f) => /\.(ts|md)$/.test(f));
  for (const file of bindings) {
    const text = readFileSync(file, 'utf8');
    if (text.includes('registry.terraform.io/providers'))
      broken.push(`${path.relative(ROOT, file)}: a registry docs link`);
    for (const [, page, anchor] of text.matchAll(/docs\/([\w/-]+\.md)(?:#([\w.]+))?/g)) {
      const full = path.join(DOCS_DIR, page);
      if (!existsSync(full)) broken.push(`${path.relative(ROOT, file)}: docs/${page}`);
      else if (anchor && !readFileSync(full, 'utf8').includes(`id="${anchor}"`))
        broken.push(`${path.relative(ROOT, file)}: docs/${page}#${anchor}`);
    }
  }
  expect(broken).toEqual([]);
});

/** GitHub-style heading anchors of a markdown file. */
function headingSlugs(file: string): Set<string> {
  const slugs = new Set<string>();
  for (const [, title] of readFileSync(file, 'utf8').matchAll(/^#+ (.+)$/gm))
    slugs.add(
      title
        .toLowerCase()
        .replace(/[^\w\- ]/g, '')
        .replace(/ /g, '-'),
    );
  return slugs;
}

test('the package, the CLI and the provider carry one version, package.json’s', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { version } = require('../../package.json') as { version: string };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  expect(require('../../src/version').VERSION).toBe(version);
});
