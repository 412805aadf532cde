/** What every command runs with: where it writes, how it styles, and the demo's own settings. */
import type { Output } from '../io';
import type { Settings } from '../settings';
import { styleFor, type Style } from '../render/style';

export interface CommandContext {
  readonly out: Output;
  readonly style: Style;
  /** Set by the demo when it started the embedded emulator. */
  readonly settingsOverride?: Settings;
}

export function contextFor(out: Output, settingsOverride?: Settings): CommandContext {
  return { out, style: styleFor(out.color), ...(settingsOverride ? { settingsOverride } : {}) };
}
