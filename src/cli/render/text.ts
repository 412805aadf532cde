/** The human diff: `+ create`, `~ update`, `- delete`, field lines `path: old → new`, secrets as (sensitive). */
import { SENSITIVE } from '../../reconcile';
import { label, type Report, type ReportChange, type ReportOperation } from './report';
import { impactText } from './impact';
import type { Style } from './style';

export type Wording = 'plan' | 'drift';

const SIGN = { create: '+', update: '~', delete: '-', noop: ' ' } as const;

export function renderPlanText(report: Report, style: Style, wording: Wording = 'plan'): string {
  const lines: string[] = [
    `${style.bold(wording === 'drift' ? 'Drift check' : 'Plan')} for ${report.appliance}${report.firmware_version ? ` (SPS ${report.firmware_version})` : ''}`,
    '',
  ];
  const changing = report.operations.filter((o) => o.action !== 'noop');
  for (const op of changing) lines.push(...operationLines(op, style), '');
  lines.push(...impactText(report.impact, style));
  if (report.notes.length) {
    lines.push(style.bold('Notes:'), ...report.notes.map((n) => `  - ${n}`), '');
  }
  const s = report.summary;
  if (!report.changes_present) {
    lines.push(
      wording === 'drift'
        ? style.green(`No drift: the appliance matches the desired state (${s.noop} objects checked).`)
        : style.green(`No changes. The appliance matches the desired state (${s.noop} objects unchanged).`),
    );
  } else if (wording === 'drift') {
    lines.push(
      style.yellow(
        `Drift: the appliance differs from the desired state: ${s.create} missing, ${s.update} different, ${s.delete} not declared (${s.noop} in sync).`,
      ),
    );
  } else {
    lines.push(
      `${style.bold('Plan:')} ${s.create} to create, ${s.update} to update, ${s.delete} to delete, ${s.noop} unchanged.`,
    );
  }
  return lines.join('\n') + '\n';
}

function operationLines(op: ReportOperation, style: Style): string[] {
  const colour = op.action === 'create' ? style.green : op.action === 'delete' ? style.red : style.yellow;
  const head = colour(`  ${SIGN[op.action]} ${op.action} ${label(op)}`);
  const body = op.changes.map((c) => `      ${changeText(c, op.action)}`);
  const kept = op.unmanaged.length
    ? [
        style.dim(
          op.unmanaged.length === 1
            ? '      (1 field not in the document is kept as it is)'
            : `      (${op.unmanaged.length} fields not in the document are kept as they are)`,
        ),
      ]
    : [];
  const notes = op.notes.map((n) => style.dim(`      note: ${n}`));
  return [head, ...body, ...kept, ...notes];
}

function changeText(c: ReportChange, action: ReportOperation['action']): string {
  if (c.released)
    return `- ${c.path}: ${c.sensitive ? SENSITIVE : show(c.before)} (back to the appliance's default)`;
  if (c.sensitive)
    return `${c.path || '/'}: ${SENSITIVE}${c.unverifiable ? ' (written: the appliance does not show it)' : ''}`;
  if (action === 'create' || c.before === undefined) return `${c.path}: ${show(c.after)}`;
  if (c.after === undefined) return `${c.path}: ${show(c.before)} → (removed)`;
  return `${c.path}: ${show(c.before)} → ${show(c.after)}`;
}

const show = (v: unknown): string => (v === undefined ? '(unset)' : JSON.stringify(v));

export function renderResultsText(report: Report, style: Style): string {
  const results = report.results ?? [];
  const lines = results.filter((r) => r.result !== 'unchanged').map((r) => `  ${label(r)}: ${r.result}`);
  const counts = (word: string) => results.filter((r) => r.result === word).length;
  const summary = `${counts('created')} created, ${counts('updated')} updated, ${counts('deleted')} deleted, ${counts('unchanged')} unchanged`;
  return (
    [
      ...lines,
      report.committed
        ? style.green(`Apply complete: ${summary}; committed in one transaction.`)
        : style.green(`Nothing to apply: ${summary}; no transaction was opened.`),
    ].join('\n') + '\n'
  );
}

export function renderDeviceValidationText(report: Report, style: Style): string {
  const v = report.device_validation;
  if (!v) return '';
  if (!v.accepted)
    return (
      style.red(
        `The appliance refused the staged changes (rolled back, nothing committed): ${v.error ?? 'no reason given'}`,
      ) + '\n'
    );
  const lines = v.changes.map((c) => `  ${String(c.type)} ${String(c.path)}`);
  return (
    [
      style.bold('The appliance accepted the staged changes (rolled back, nothing committed):'),
      ...lines,
    ].join('\n') + '\n'
  );
}
