/**
 * Everything the CLI touches outside itself, passed in so tests run it in-process: output streams,
 * the environment, whether each stream is a terminal, and the confirmation prompt.
 */
import { Redactor } from '../client/core/redact';
import { SENSITIVE } from '../reconcile';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: NodeJS.ProcessEnv;
  readonly isTTY: { readonly stdout: boolean; readonly stderr: boolean; readonly stdin: boolean };
  /** Asks a question on the terminal and resolves with the answer line.  @default - none: confirmation impossible */
  readonly prompt?: (question: string) => Promise<string>;
  /** Base for relative paths.  @default process.cwd() */
  readonly cwd?: string;
  /**
   * Aborted on SIGINT/SIGTERM (reason: an SpsInterruptedError). An apply then rolls back and releases
   * the lock before the command ends; read-only commands stop at once.
   */
  readonly interrupt?: AbortSignal;
}

/**
 * The safety net behind "never render a secret": every byte written goes through the project's one
 * redactor (src/client/core/redact.ts), which knows every secret the run has seen and cannot fail open.
 */
export class SecretFilter {
  readonly #redactor = new Redactor([], SENSITIVE);

  add(value: string | undefined): void {
    this.#redactor.add(value);
  }

  apply(text: string): string {
    return this.#redactor.text(text);
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
