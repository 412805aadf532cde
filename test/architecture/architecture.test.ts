/**
 * The shape of the code, as a reviewer checks it: no import cycle (type-only imports included), each
 * layer importing only the layers below it, no hand-written source file over 300 lines, and the
 * pass-through special case confined to the model (every other layer asks the kind).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ROOT, cycles, importGraph } from './import-graph';

const graph = importGraph(['src', 'constructs/lib']);
const layerOf = (file: string): string => file.split('/').slice(0, 2).join('/').replace(/\.ts$/, '');

/** What each layer may import (besides itself). The model and the client know nothing above them. */
const ALLOWED: Record<string, readonly string[]> = {
  'src/model': [],
  'src/version': [],
  'src/tls': [],
  'src/client': ['src/model', 'src/version'],
  'src/reconcile': ['src/model', 'src/client'],
  'src/source': ['src/model', 'src/client', 'src/reconcile'],
  'src/settings': ['src/model', 'src/reconcile'],
  'src/snapshot': ['src/model', 'src/client', 'src/version'],
  'src/emulator': ['src/model', 'src/snapshot', 'src/tls'],
  'src/audit': ['src/model', 'src/client', 'src/reconcile', 'src/settings', 'src/version'],
  'src/doctor': ['src/model', 'src/client', 'src/reconcile', 'src/snapshot'],
  'constructs/lib': ['constructs/gen'],
};

test('no import cycle anywhere, type-only imports included', () => {
  expect(cycles(graph).map((c) => c.join(' → '))).toEqual([]);
});

test('each layer imports only the layers below it', () => {
  const wrong: string[] = [];
  for (const [file, targets] of graph) {
    const allowed = ALLOWED[layerOf(file)];
    if (!allowed) continue; // the entry layers (cli, provider, the package index) may use any
    for (const target of targets) {
      const layer = layerOf(target);
      if (layer !== layerOf(file) && !allowed.includes(layer)) wrong.push(`${file} → ${target}`);
    }
  }
  expect(wrong).toEqual([]);
});

test('no hand-written source file over 300 lines', () => {
  const long = [...graph.keys()]
    .map((file) => ({ file, lines: readFileSync(path.join(ROOT, file), 'utf8').split('\n').length - 1 }))
    .filter((f) => f.lines > 300)
    .map((f) => `${f.file}: ${f.lines} lines`);
  expect(long).toEqual([]);
});

test('the pass-through special case lives in the model alone: the other layers ask the kind', () => {
  const outside = [...graph.keys()].filter(
    (file) =>
      !file.startsWith('src/model/') &&
      /\bisPassThroughName\b/.test(readFileSync(path.join(ROOT, file), 'utf8')),
  );
  expect(outside).toEqual([]);
});
