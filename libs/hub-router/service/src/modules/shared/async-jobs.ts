import { type BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '@chargemesh/platform-runtime';

/**
 * The asynchronous halves of commands and charging profile requests (the charge point's answer,
 * then the POST to response_url), run after the synchronous answer. A shutdown waits for them a
 * little, so that a result already on its way is still delivered.
 */
@Injectable()
export class AsyncJobs implements BeforeApplicationShutdown {
  private readonly running = new Set<Promise<void>>();

  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  start(name: string, job: () => Promise<void>): void {
    const running: Promise<void> = job()
      .catch((error: unknown) => this.logger.error({ err: error, job: name }, 'an asynchronous OCPI job failed'))
      .finally(() => this.running.delete(running));
    this.running.add(running);
  }

  async beforeApplicationShutdown(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.running]), new Promise((resolve) => (timer = setTimeout(resolve, 5_000)))]);
    clearTimeout(timer);
  }
}
