/**
 * Holding answers back for the injected latency. The latency is counted from the request's arrival
 * and the emulator does its work inside it, so an answer leaves `latency` ms after its request came
 * in — an appliance whose network and processing together take that long — rather than latency
 * plus the emulator's own CPU time, which no real appliance adds to the client's machine.
 * Closing the emulator releases every held answer at once, as dropped, so latency never holds a
 * closing emulator open.
 */

/** How long before its due time an answer stops sleeping on a timer and waits on the loop. */
const SPIN_MS = 2;

export class AnswerHold {
  readonly #held = new Map<NodeJS.Timeout, (sent: boolean) => void>();
  #closed = false;

  /**
   * Resolves true once `dueAt` (a `performance.now()` time) has passed, or false when the emulator
   * closes first. Node runs timers on a millisecond loop clock: a timer fires anywhere from ~2 ms
   * early to ~1 ms late, which at 10 ms of latency is a 10-20 % error in every round trip. So the
   * timer is aimed SPIN_MS early and the rest is waited out on the event loop (setImmediate, which
   * still serves every other request in between): never early, late by microseconds.
   */
  until(dueAt: number): Promise<boolean> {
    if (this.#closed) return Promise.resolve(false);
    if (dueAt <= performance.now()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wait = (): void => {
        if (this.#closed) return resolve(false);
        const waitMs = dueAt - performance.now();
        if (waitMs <= 0) return resolve(true);
        if (waitMs <= SPIN_MS) {
          setImmediate(wait);
          return;
        }
        const timer = setTimeout(() => {
          this.#held.delete(timer);
          wait();
        }, waitMs - SPIN_MS);
        this.#held.set(timer, resolve);
      };
      wait();
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
