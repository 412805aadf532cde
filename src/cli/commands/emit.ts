/** Writes a report in the format the flags ask for: --json, --markdown, or the text diff. */
import { renderJson } from '../render/json';
import { renderMarkdown } from '../render/markdown';
import type { Report } from '../render/report';
import { renderDeviceValidationText, renderPlanText, renderResultsText, type Wording } from '../render/text';
import type { CommandContext, OutputFlags } from './shared';

/** `fullPlan`: where the whole plan is kept (a saved plan file), named when the comment is cut. */
export function emitPlan(
  ctx: CommandContext,
  report: Report,
  flags: OutputFlags,
  wording: Wording,
  fullPlan?: string,
): void {
  if (flags.json) return ctx.out.out(renderJson(report));
  if (flags.markdown) return ctx.out.out(renderMarkdown(report, wording, fullPlan ? { fullPlan } : {}));
  ctx.out.out(renderPlanText(report, ctx.style, wording));
  if (report.device_validation) ctx.out.out(renderDeviceValidationText(report, ctx.style));
}

/** apply: text mode has already shown the plan, so it adds the results; json/markdown print everything once. */
export function emitApplied(ctx: CommandContext, report: Report, flags: OutputFlags): void {
  if (flags.json) return ctx.out.out(renderJson(report));
  if (flags.markdown) return ctx.out.out(renderMarkdown(report, 'plan'));
  ctx.out.out(renderResultsText(report, ctx.style));
}
