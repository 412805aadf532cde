/**
 * Holding answers back for the injected latency. The latency is counted from the request's arrival
 * and the emulator does its work inside it, so an answer leaves `latency` ms after its request came
 * in — an appliance whose network and processing together take that long — rather than latency
 * plus the emulator's own CPU time, which no real appliance adds to the client's machine.
 * Closing the emulator releases every held answer at once, as dropped, so latency never holds a
 * closing emulator open.
 */
export class AnswerHold {
  readonly #held = new Map<NodeJS.Timeout, (sent: boolean) => void>();
  #closed = false;

  /** Resolves true at `dueAt` (a `performance.now()` time), or false when the emulator closes first. */
  until(dueAt: number): Promise<boolean> {
    if (this.#closed) return Promise.resolve(false);
    const waitMs = dueAt - performance.now();
    if (waitMs <= 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#held.delete(timer);
        resolve(true);
      }, waitMs);
      this.#held.set(timer, resolve);
    });
  }

  /** Every held answer is dropped now, and every later one at once. */
  releaseAll(): void {
    this.#closed = true;
    for (const [timer, resolve] of this.#held) {
      clearTimeout(timer);
      resolve(false);
    }
    this.#held.clear();
  }
}
