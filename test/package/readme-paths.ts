/**
 * What a README promises a package user, as checkable claims: every link, every path of this
 * repository it names and every module its code imports. `readmeProblems` says which ones the
 * package does not keep (the checks of test/package/readme.test.ts, kept apart to be tested alone).
 */
import { builtinModules } from 'node:module';

export interface PackageFacts {
  /** Every file of the package, relative to its root (`dist/bin/sps.js`). */
  readonly files: readonly string[];
  /** The package's package.json. */
  readonly manifest: {
    readonly name: string;
    readonly exports: Record<string, unknown>;
    readonly dependencies?: Record<string, string>;
    readonly peerDependencies?: Record<string, string>;
  };
  /** The first segments of the repository's paths (`src`, `test`, `CHANGELOG.md`, …): what makes a word a path of it. */
  readonly repositoryTopLevel: ReadonlySet<string>;
}

/** GitHub's heading anchors. */
export function headingSlugs(markdown: string): Set<string> {
  const slugs = new Set<string>();
  for (const [, title] of markdown.matchAll(/^#+ (.+)$/gm))
    slugs.add(
      title
        .toLowerCase()
        .replace(/[^\w\- ]/g, '')
        .replace(/ /g, '-'),
    );
  return slugs;
}

/** The code of a README: fenced blocks and inline code spans. */
function codeOf(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1]);
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```/gm, '');
  return [...blocks, ...[...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1])];
}

/** Words of code that name a path of this repository (or a relative one). */
function repositoryPaths(code: string, topLevel: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const word of code.split(/[\s"'`()=,;:<>[\]{}]+/)) {
    const path = word.replace(/^\.\/node_modules\/sps-iac\//, '').replace(/[.…]+$/, '');
    if (/^\.\.?\//.test(path)) out.push(path);
    else if (topLevel.has(path.split('/')[0]) && (path.includes('/') || /\.\w+$/.test(path))) out.push(path);
  }
  return out;
}

function inPackage(path: string, files: readonly string[]): boolean {
  const clean = path.replace(/\/$/, '');
  return files.some((f) => f === clean || f.startsWith(`${clean}/`));
}

/** A module specifier a package user can import: the package's exports, its dependencies, Node's own. */
function importable(specifier: string, facts: PackageFacts): boolean {
  const { name, exports, dependencies = {}, peerDependencies = {} } = facts.manifest;
  if (specifier === name || specifier.startsWith(`${name}/`))
    return `.${specifier.slice(name.length)}` in exports;
  const pkg = specifier.startsWith('@')
    ? specifier.split('/').slice(0, 2).join('/')
    : specifier.split('/')[0];
  return (
    pkg in dependencies || pkg in peerDependencies || builtinModules.includes(specifier.replace(/^node:/, ''))
  );
}

export function readmeProblems(readme: string, facts: PackageFacts): string[] {
  const problems: string[] = [];
  const slugs = headingSlugs(readme);
  for (const [, target] of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^https?:\/\//.test(target)) continue;
    if (target.startsWith('#')) {
      if (!slugs.has(target.slice(1))) problems.push(`link ${target}: no such heading`);
    } else if (!inPackage(target.split('#')[0].replace(/^\.\//, ''), facts.files))
      problems.push(`link ${target}: not in the package`);
  }
  for (const code of codeOf(readme)) {
    for (const path of repositoryPaths(code, facts.repositoryTopLevel))
      if (/^\.\.?\//.test(path) || !inPackage(path, facts.files))
        problems.push(`path ${path}: not in the package`);
    for (const [, specifier] of code.matchAll(/(?:\bfrom\s+|\brequire\(\s*|\bimport\(\s*)['"]([^'"]+)['"]/g))
      if (!importable(specifier, facts))
        problems.push(`import '${specifier}': not importable from the package`);
  }
  return [...new Set(problems)];
}
