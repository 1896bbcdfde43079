/** Per-field bookkeeping of automatic retries, so a retry of an older value never runs after a newer write. */

/** The newest write per field and its pending retry timer. */
export class RetrySchedule {
  // A number per field that each new write raises.
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** Starts a new write for `key`: cancels its pending retry and returns the write's number. */
  startWrite(key: string): number {
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    return generation;
  }

  /** Tells whether `generation` is still the newest write for `key`. */
  isCurrent(key: string, generation: number): boolean {
    return this.generations.get(key) === generation;
  }

  /**
   * Runs `send` after `delayMs` unless a newer write for `key` starts first. The timer is not
   * cleared when the page unmounts, so a retry still goes out after a page switch, as a pending
   * text save does.
   */
  schedule(key: string, generation: number, delayMs: number, send: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(key);
      if (this.isCurrent(key, generation)) send();
    }, delayMs);
    this.timers.set(key, timer);
  }
}
