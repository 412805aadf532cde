/**
 * The checked-in inputs and outputs of binding generation are current: the schema is what the
 * provider prints, and constructs/gen is what the generator makes of that schema.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { PROVIDER_NAMESPACE, createSpsProvider } from '../../src/provider/sps-provider';
import { schemaToJson } from '../../src/provider/tf';
import { GEN_DIR, REGENERATE_COMMAND, SCHEMA_FILE, generateBindings } from '../../scripts/generate-bindings';

function filesUnder(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, file);
    try {
      files.set(file, readFileSync(full, 'utf8'));
    } catch {
      // a directory entry: nothing to compare
    }
  }
  return files;
}

describe('generated bindings', () => {
  it('schema/sps.schema.json is what the provider prints (npm run provider:schema)', () => {
    const printed =
      JSON.stringify(schemaToJson(createSpsProvider({}), { namespace: PROVIDER_NAMESPACE }), null, 2) + '\n';
    if (readFileSync(SCHEMA_FILE, 'utf8') !== printed) {
      throw new Error(
        'schema/sps.schema.json is out of date: run `npm run provider:schema`, then `npm run constructs:generate`',
      );
    }
  });

  it(`constructs/gen is what the generator makes of the schema (${REGENERATE_COMMAND})`, async () => {
    const fresh = mkdtempSync(path.join(tmpdir(), 'sps-gen-'));
    await generateBindings(fresh);
    const expected = filesUnder(fresh);
    const actual = filesUnder(GEN_DIR);
    const stale = [...new Set([...expected.keys(), ...actual.keys()])].filter(
      (f) => expected.get(f) !== actual.get(f),
    );
    if (stale.length > 0) {
      throw new Error(`constructs/gen is out of date (${stale.join(', ')}): run \`${REGENERATE_COMMAND}\``);
    }
    expect(actual.size).toBeGreaterThan(4);
  });
});
