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

  /**
   * Resolves true once `dueAt` (a `performance.now()` time) has passed, or false when the emulator
   * closes first. Never early: Node runs timers on a millisecond loop clock and fires a fractional
   * delay up to ~2 ms before it is due, so a timer that fires early is set again for the rest.
   */
  until(dueAt: number): Promise<boolean> {
    if (this.#closed) return Promise.resolve(false);
    if (dueAt <= performance.now()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const arm = (): void => {
        const waitMs = dueAt - performance.now();
        if (waitMs <= 0) return resolve(true);
        const timer = setTimeout(() => {
          this.#held.delete(timer);
          arm();
        }, waitMs);
        this.#held.set(timer, resolve);
      };
      arm();
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
