/**
 * The provider documentation (docs/, the Terraform registry's layout) is what the generator makes of
 * the schema today, and nothing links to a page or anchor that does not exist: not the READMEs, not
 * the pages themselves, not the generated CDKTF bindings (which once pointed at a registry address
 * that does not exist).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { DOCS_COMMAND, DOCS_DIR, renderDocs } from '../../scripts/generate-docs';

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
  expect(page).toMatch(/`token` \(Optional, string, write-only\)/);
});

test('no link anywhere points to a page or anchor that does not exist', () => {
  const markdown = [
    path.join(ROOT, 'README.md'),
    ...filesUnder(path.join(ROOT, 'docs'), (f) => f.endsWith('.md')),
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
