/**
 * The project's own import graph (every `import … from './…'` and `export … from './…'`, type-only
 * ones included), read from the sources: what the architecture tests check cycles and layers on.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/g;

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (entry !== 'gen' && entry !== 'node_modules' && entry !== 'precompiled') sources(full, out);
    } else if (entry.endsWith('.ts') && !entry.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')])
    if (existsSync(candidate)) return candidate;
  return undefined;
}

/** file → the project files it imports (relative to ROOT). */
export function importGraph(dirs: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const dir of dirs)
    for (const file of sources(path.join(ROOT, dir))) {
      const text = readFileSync(file, 'utf8');
      const targets = new Set<string>();
      for (const m of text.matchAll(IMPORT)) {
        const target = resolveImport(file, m[1]);
        if (target) targets.add(path.relative(ROOT, target));
      }
      graph.set(path.relative(ROOT, file), [...targets]);
    }
  return graph;
}

/** Every cycle, each as the files around it (one per strongly connected group, shortest found). */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const start of graph.keys()) {
    // breadth-first from start back to start: the shortest cycle through it
    const parent = new Map<string, string>();
    const queue = [...(graph.get(start) ?? [])];
    for (const q of queue) parent.set(q, start);
    let found: string[] | undefined;
    while (queue.length && !found) {
      const node = queue.shift()!;
      if (node === start) {
        found = [start];
        for (let n = parent.get(start)!; n !== start; n = parent.get(n)!) found.unshift(n);
        break;
      }
      for (const next of graph.get(node) ?? [])
        if (!parent.has(next)) {
          parent.set(next, node);
          queue.push(next);
        }
    }
    if (!found) continue;
    const key = [...found].sort().join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(found);
  }
  return out;
}
