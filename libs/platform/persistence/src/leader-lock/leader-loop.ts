import type { PostgresLeaderLock } from './postgres-leader-lock';

/**
 * Runs `tick` every `intervalMs` (and at once when woken) while this instance holds the lock.
 * A failing tick is logged by the caller's `onError` and retried at the next interval.
 */
export class LeaderLoop {
  private stopped = false;
  private running?: Promise<void>;
  private wake?: () => void;
  private woken = false;

  constructor(
    private readonly lock: PostgresLeaderLock,
    private readonly intervalMs: number,
    private readonly tick: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  start(): void {
    this.running ??= this.run();
  }

  /** Runs the next tick now instead of at the end of the interval. */
  poke(): void {
    this.woken = true;
    this.wake?.();
  }

  /** Stops after the current tick, waiting for it at most `graceMs` (a tick may be in a slow call to a partner). */
  async stop(graceMs = 2_000): Promise<void> {
    this.stopped = true;
    this.wake?.();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.running, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    await this.lock.release();
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      this.woken = false;
      try {
        if (await this.lock.acquire()) await this.tick();
      } catch (error) {
        this.onError(error);
      }
      if (this.stopped) break;
      if (!this.woken) await this.sleep();
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.intervalMs);
      this.wake = done;
    });
  }
}
