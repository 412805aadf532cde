/**
 * `npm run schema:generate`: writes schema/desired-document.schema.json, the desired-state document's
 * JSON Schema that the package ships and `sps schema` prints (src/model/document-json-schema.ts).
 * test/model/document-schema.test.ts fails when the file is out of date; `npm run schema:check`
 * compares it with the last released one.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { DOCUMENT_SCHEMA_FILE, documentJsonSchemaText } from '../src/model/document-json-schema';
import { VERSION } from '../src/version';

export const DOCUMENT_SCHEMA_PATH = path.resolve(__dirname, '..', DOCUMENT_SCHEMA_FILE);
export const DOCUMENT_SCHEMA_COMMAND = 'npm run schema:generate';

if (require.main === module) {
  writeFileSync(DOCUMENT_SCHEMA_PATH, documentJsonSchemaText(VERSION));
  process.stdout.write(`wrote ${DOCUMENT_SCHEMA_FILE}\n`);
}
