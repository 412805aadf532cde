/**
 * The README a package user reads is the one in the packed tarball: every link in it is a URL or
 * points into the package, every path of this repository it names is in the package, and every module
 * its code imports can be imported from the installed package (its exports, its dependencies, Node's).
 * So are the other pages it sends a package user to (the constructs' README, the manual, the
 * changelog); docs/ has a link check of its own (docs.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { packTarball, ROOT, run } from './packed';
import { readmeProblems, type PackageFacts } from './readme-paths';

const repositoryTopLevel = new Set([
  'dist', // built, not tracked
  ...execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((f) => f.split('/')[0]),
]);

describe('the README of the packed tarball', () => {
  let work: string;
  let readme: string;
  let facts: PackageFacts;
  let tarball: string;
  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'sps-readme-'));
    tarball = await packTarball(work);
    const listed = (await run('tar', ['-tzf', tarball])).stdout.split('\n').filter(Boolean);
    const read = async (file: string) => (await run('tar', ['-xzOf', tarball, `package/${file}`])).stdout;
    readme = await read('README.md');
    facts = {
      files: listed.map((f) => f.replace(/^package\//, '')),
      manifest: JSON.parse(await read('package.json')),
      repositoryTopLevel,
    };
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('links, paths and imports: each in the package, importable from it, or a URL', () => {
    expect(readme.length).toBeGreaterThan(10_000);
    expect(readmeProblems(readme, facts)).toEqual([]);
  });

  test('the same for the pages it sends a package user to', async () => {
    const pages = facts.files.filter((f) => /^(constructs\/README|manual\/.+|CHANGELOG)\.md$/.test(f));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      const text = (await run('tar', ['-xzOf', tarball, `package/${page}`])).stdout;
      expect([page, readmeProblems(text, facts)]).toEqual([page, []]);
    }
  });

  test('the files it points a package user at are there', () => {
    for (const file of [
      'examples/desired/demo.yaml',
      'schema/desired-document.schema.json',
      'schema/sps.schema.json',
      'docs/index.md',
      'manual/cli-json.md',
      'constructs/README.md',
      'CHANGELOG.md',
    ])
      expect(facts.files).toContain(file);
  });
});

describe('what the check finds', () => {
  const facts: PackageFacts = {
    files: ['README.md', 'dist/bin/sps.js', 'docs/index.md', 'constructs/README.md'],
    manifest: {
      name: 'sps-iac',
      exports: { '.': {}, './constructs': {} },
      dependencies: { yaml: '^2' },
      peerDependencies: { cdktf: '^0.21' },
    },
    repositoryTopLevel: new Set(['src', 'bin', 'docs', 'constructs', 'dist', 'CHANGELOG.md']),
  };
  const problems = (text: string) => readmeProblems(`# Title\n\n## Usage\n\n${text}\n`, facts);

  test.each([
    ['a checkout command', '```sh\nbin/sps plan desired.yaml\n```', 'path bin/sps'],
    ['a source path in prose', 'See `src/emulator/README.md`.', 'path src/emulator/README.md'],
    ['a link to a file the package lacks', 'See [the changelog](CHANGELOG.md).', 'link CHANGELOG.md'],
    ['a link to a heading that is not there', 'See [below](#installing).', 'link #installing'],
    ['a relative import', "```ts\nimport { App } from './constructs';\n```", "import './constructs'"],
    [
      'a subpath the package does not export',
      "```ts\nrequire('sps-iac/emulator')\n```",
      "import 'sps-iac/emulator'",
    ],
    ['a path outside the repository', 'See `../shared/DESIGN.md`.', 'path ../shared/DESIGN.md'],
  ])('%s', (_what, text, expected) => {
    expect(problems(text).join('\n')).toContain(expected);
  });

  test('what a package user can follow passes', () => {
    expect(
      problems(
        [
          'See [the provider](docs/index.md), [usage](#usage), [a site](https://example.com) and `constructs/README.md`.',
          '```ts\nimport { App } from "sps-iac/constructs";\nimport { parse } from "yaml";\nimport { TerraformStack } from "cdktf";\nimport * as fs from "node:fs";\n```',
          '```sh\nnpx sps plan desired.yaml --out plan.json   # DIR/terraformrc, ssh/connections, sps-iac/sps\n```',
          '`"$schema": "./node_modules/sps-iac/docs/index.md"`',
        ].join('\n\n'),
      ),
    ).toEqual([]);
  });
});
