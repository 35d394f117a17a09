import type { BeforeApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { LeaderLoop, PostgresLeaderLock } from '@chargemesh/platform-persistence';

/**
 * A background job that one instance runs at a time (a Postgres advisory lock per job and
 * database): a tick every poll interval, or at once when poked. All its state is in the database,
 * so another instance (or this one after a restart) carries on where it stopped.
 */
export abstract class PollingWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private loop?: LeaderLoop;
  private readonly lock: PostgresLeaderLock;

  protected constructor(
    private readonly job: string,
    dataSource: DataSource,
    private readonly pollMs: number,
    protected readonly logger: Logger,
  ) {
    this.lock = new PostgresLeaderLock(dataSource, `tariff-cdr:${job}`);
  }

  protected abstract tick(): Promise<void>;

  onApplicationBootstrap(): void {
    this.loop = new LeaderLoop(this.lock, this.pollMs, () => this.tick(), (error) =>
      this.logger.warn({ err: error, job: this.job }, 'a background job failed; it runs again at the next poll'),
    );
    this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop?.stop();
  }

  /** Runs the next tick now (new work arrived). */
  poke(): void {
    this.loop?.poke();
  }
}

/** Runs `work` over the items with at most `limit` at a time (deliveries to different receivers need not wait for each other). */
export async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}
