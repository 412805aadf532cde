/** `--json`: the Report itself, one document on stdout. Shape: manual/cli-json.md. */
import type { Report } from './report';

export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
