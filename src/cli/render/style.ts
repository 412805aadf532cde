/** ANSI colours, applied only when stdout is a terminal and NO_COLOR is unset. */
export interface Style {
  readonly green: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly red: (s: string) => string;
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
}

const wrap = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
const plain = (s: string) => s;

export function styleFor(color: boolean): Style {
  return color
    ? { green: wrap(32, 39), yellow: wrap(33, 39), red: wrap(31, 39), bold: wrap(1, 22), dim: wrap(2, 22) }
    : { green: plain, yellow: plain, red: plain, bold: plain, dim: plain };
}
