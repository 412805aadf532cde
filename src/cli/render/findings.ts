/**
 * Document findings (from `sps validate`) in the formats pipelines read:
 *   text    `file:line:column: error: message (pointer)`, the form editors and terminals link
 *   json    `{ valid, findings }`
 *   github  workflow commands (`::error file=…,line=…,col=…::…`), shown as annotations on the diff
 *   sarif   SARIF 2.1.0, for code-scanning uploads (GitHub, GitLab, Azure DevOps)
 * A finding holds only what the parser and the checks said, never a value from the document, so no
 * secret can reach any of them.
 */
import { VERSION } from '../../version';

export interface Finding {
  readonly level: 'error' | 'warning';
  /** Stable rule id, e.g. SPS_INVALID_DESIRED_STATE. */
  readonly code: string;
  readonly message: string;
  /** The file as shown to the user (relative to the working directory). */
  readonly file?: string;
  /** JSON pointer in the document. */
  readonly pointer?: string;
  readonly line?: number;
  readonly column?: number;
}

export type FindingsFormat = 'text' | 'json' | 'github' | 'sarif';
export const FINDINGS_FORMATS: readonly FindingsFormat[] = ['text', 'json', 'github', 'sarif'];

export function renderFindings(
  format: FindingsFormat,
  findings: readonly Finding[],
  summary: string,
): string {
  switch (format) {
    case 'text':
      return [...findings.map(textLine), summary].join('\n') + '\n';
    case 'json':
      return JSON.stringify({ valid: !findings.some(isError), findings, summary }, null, 2) + '\n';
    case 'github':
      return (
        [...findings.map(githubCommand), `::notice title=sps validate::${escapeData(summary)}`].join('\n') +
        '\n'
      );
    case 'sarif':
      return JSON.stringify(sarifOf(findings), null, 2) + '\n';
  }
}

export const isError = (f: Finding) => f.level === 'error';

function where(f: Finding): string {
  if (!f.file) return '';
  return f.line !== undefined ? `${f.file}:${f.line}:${f.column ?? 1}: ` : `${f.file}: `;
}

function textLine(f: Finding): string {
  const pointer = f.pointer ? ` (${f.pointer})` : '';
  return `${where(f)}${f.level}: ${f.message}${pointer}`;
}

/** https://docs.github.com/actions/reference/workflow-commands-for-github-actions: %, CR, LF escaped in data; also : and , in properties. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function githubCommand(f: Finding): string {
  const props = [
    ...(f.file ? [`file=${escapeProperty(f.file)}`] : []),
    ...(f.line !== undefined ? [`line=${f.line}`, `col=${f.column ?? 1}`] : []),
    `title=${escapeProperty(f.code)}`,
  ];
  const pointer = f.pointer ? ` (${f.pointer})` : '';
  return `::${f.level} ${props.join(',')}::${escapeData(f.message + pointer)}`;
}

/** SARIF 2.1.0 (OASIS): one run, one rule per code, locations with region and the JSON pointer. */
function sarifOf(findings: readonly Finding[]): object {
  const rules = [...new Set(findings.map((f) => f.code))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sps validate',
            version: VERSION,
            rules: rules.map((id) => ({ id, shortDescription: { text: RULE_TEXT[id] ?? id } })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.code,
          ruleIndex: rules.indexOf(f.code),
          level: f.level,
          message: { text: f.pointer ? `${f.message} (${f.pointer})` : f.message },
          ...(f.file
            ? {
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: f.file.split('\\').join('/') },
                      ...(f.line !== undefined
                        ? { region: { startLine: f.line, startColumn: f.column ?? 1 } }
                        : {}),
                    },
                    ...(f.pointer
                      ? { logicalLocations: [{ fullyQualifiedName: f.pointer, kind: 'member' }] }
                      : {}),
                  },
                ],
              }
            : {}),
        })),
      },
    ],
  };
}

const RULE_TEXT: Record<string, string> = {
  SPS_INVALID_DESIRED_STATE: 'The document does not match the SPS model',
  SPS_CLI_INPUT: 'The file cannot be read as a desired-state document',
  SPS_UNDECLARED_REFERENCE: 'A reference names an object the document does not declare',
};
