/**
 * Everything the CLI touches outside itself, passed in so tests run it in-process: output streams,
 * the environment, whether each stream is a terminal, and the confirmation prompt.
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly isTTY: { readonly stdout: boolean; readonly stderr: boolean; readonly stdin: boolean };
  /** Asks a question on the terminal and resolves with the answer line.  @default - none: confirmation impossible */
  readonly prompt?: (question: string) => Promise<string>;
  /** Base for relative paths.  @default process.cwd() */
  readonly cwd?: string;
}

/**
 * The safety net behind "never render a secret": every byte written goes through this filter, which
 * replaces any known secret value (and each long line of a multi-line one, e.g. a PEM body).
 */
export class SecretFilter {
  readonly #needles = new Set<string>();

  add(value: string | undefined): void {
    if (!value || value.length < 4) return;
    this.#needles.add(value);
    for (const line of value.split(/\r?\n/)) if (line.trim().length >= 16) this.#needles.add(line.trim());
  }

  apply(text: string): string {
    let out = text;
    // longest first, so a PEM is replaced whole before its lines are
    for (const needle of [...this.#needles].sort((a, b) => b.length - a.length)) {
      if (out.includes(needle)) out = out.split(needle).join('(sensitive)');
    }
    return out;
  }
}

/** The io every command uses: writes filtered through the secret filter. */
export interface Output {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly io: CliIo;
  readonly secrets: SecretFilter;
  readonly color: boolean;
  /** Progress line on stderr, only when stderr is a terminal; `undefined` clears it. */
  readonly progress: (text: string | undefined) => void;
}

const PROGRESS_INTERVAL_MS = 100;

export function makeOutput(io: CliIo): Output {
  const secrets = new SecretFilter();
  const color = io.isTTY.stdout && !io.env.NO_COLOR;
  let progressShown = false;
  let shownAt = 0;
  const progress = (text: string | undefined): void => {
    if (!io.isTTY.stderr) return;
    if (text === undefined) {
      if (progressShown) io.stderr('\r\x1b[2K');
      progressShown = false;
      return;
    }
    // a redraw per object read would be thousands of terminal writes: a few per second is enough
    const now = performance.now();
    if (progressShown && now - shownAt < PROGRESS_INTERVAL_MS) return;
    shownAt = now;
    io.stderr(`\r\x1b[2K${secrets.apply(text)}`);
    progressShown = true;
  };
  return {
    out: (t) => io.stdout(secrets.apply(t)),
    err: (t) => {
      progress(undefined);
      io.stderr(secrets.apply(t));
    },
    io,
    secrets,
    color,
    progress,
  };
}
