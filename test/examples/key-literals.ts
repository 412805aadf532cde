/**
 * Finds what ties an example to one appliance: a key literal (keys are generated per appliance; a
 * UUID anywhere, or a built-in's negative key where a reference goes), or any literal where a
 * reference names an object this tool cannot create (X.509 identities, trusted CA lists: read-only
 * kinds, so the object is the appliance's own and its key or name differs from one to the next).
 * Such references belong in a Terraform variable or a data source.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { KINDS, kindOf } from '../../src/model';

export interface Finding {
  readonly file: string;
  readonly line: number;
  readonly text: string;
  readonly why: string;
}

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/** The last segment of every reference path of the model, and whether its target is read-only. */
const REFERENCE_FIELDS = KINDS.flatMap((k) =>
  k.references.map((r) => ({
    field: r.path[r.path.length - 1],
    readOnlyTarget: kindOf(r.target).shape === 'read-only',
  })),
);
const fields = (readOnly?: boolean) =>
  [
    ...new Set(
      REFERENCE_FIELDS.filter((r) => readOnly === undefined || r.readOnlyTarget === readOnly).map(
        (r) => r.field,
      ),
    ),
  ].join('|');

// `field: value` (YAML, JSON) or `field = value` (HCL), the value quoted or not
const assigned = (names: string, value: string) =>
  new RegExp(`\\b(?:${names})["']?\\s*[:=]\\s*["'\`]?(${value})`, 'g');

const RULES: readonly { readonly pattern: RegExp; readonly why: string }[] = [
  { pattern: UUID, why: 'a key literal (UUID)' },
  {
    pattern: assigned(fields(), '-\\d+\\b'),
    why: "a built-in object's key in a reference",
  },
  {
    // a pass-through $ref by key (`ssh/settings_policies/-300`), or SpsObject.ref(endpoint, '-300')
    pattern:
      /(?:\$ref["']?\s*[:=]\s*["'`]?[\w/@-]*\/-\d+\b|\bSpsObject\.ref\(\s*["'`][^"'`]*["'`]\s*,\s*["'`]-\d+)/g,
    why: "a built-in object's key in a $ref",
  },
  {
    // a literal (not a `${…}` variable or placeholder) where the target is the appliance's own
    pattern: assigned(fields(true), '(?!\\$\\{)[^\\s"\'`,}]+'),
    why: 'a literal naming an object the appliance already has (use a variable)',
  },
  {
    pattern: /\b(?:X509Identity\.fromKey|TrustedCaList\.fromName)\(\s*[^,()]+,\s*[^,()]+,\s*["'`]/g,
    why: 'a literal naming an object the appliance already has (use a variable)',
  },
];

export function keyLiterals(file: string, text: string): Finding[] {
  const out: Finding[] = [];
  for (const { pattern, why } of RULES) {
    for (const match of text.matchAll(pattern)) {
      const line = text.slice(0, match.index).split('\n').length;
      out.push({ file, line, text: text.split('\n')[line - 1].trim(), why });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** Every file under a directory, generated output left out (cdktf.out, node_modules, .gen). */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (['node_modules', 'cdktf.out', '.gen'].includes(name)) return [];
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

export function keyLiteralsUnder(dir: string): Finding[] {
  return filesUnder(dir).flatMap((file) =>
    keyLiterals(path.relative(path.dirname(dir), file), readFileSync(file, 'utf8')),
  );
}
