import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { retryDelayMs } from '@chargemesh/tariff-cdr-domain';
import { DATA_SOURCE, LOGGER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { CdrDeliveryWorker } from '../../cdrs/delivery/cdr-delivery.worker';
import { SessionPushWorker } from '../../sessions/push/session-push.worker';
import { inParallel, PollingWorker } from '../../shared/polling-worker';
import type { TariffCdrConfig } from '../../tariff-cdr.config';
import { type ProgressRow, TransactionProgressRepository } from '../transaction-progress.repository';
import { ReconcileTransactionCommandHandler } from './reconcile-transaction.command-handler';

/**
 * The CPO pipeline: station transactions (the station-transactions projection) become sessions and
 * CDRs of the hosted CPOs. Each poll registers the transactions that changed, reconciles those that
 * are due (a transaction that waits for a lookup is retried with backoff, visibly), and asks again
 * who owns the tokens that had no known owner.
 */
@Injectable()
export class TransactionPipelineWorker extends PollingWorker {
  constructor(
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: TariffCdrConfig,
    @Inject(LOGGER) logger: Logger,
    private readonly progress: TransactionProgressRepository,
    private readonly reconciler: ReconcileTransactionCommandHandler,
    private readonly sessionPushes: SessionPushWorker,
    private readonly deliveries: CdrDeliveryWorker,
  ) {
    super('transaction-pipeline', dataSource, config.TARIFF_CDR_POLL_MS, logger);
  }

  protected async tick(): Promise<void> {
    while ((await this.progress.scan(500)) === 500);
    let changed = false;
    await inParallel(await this.progress.due(100), 8, async (row) => {
      changed = (await this.reconcile(row)) || changed;
    });
    await inParallel(await this.progress.tokenDue(50), 4, async (row) => {
      changed = (await this.resolveToken(row)) || changed;
    });
    if (changed) {
      this.sessionPushes.poke();
      this.deliveries.poke();
    }
  }

  private async reconcile(row: ProgressRow): Promise<boolean> {
    try {
      const outcome = await this.reconciler.execute(row.station_id, row.transaction_id, row.session_key);
      if (outcome.kind === 'wait') {
        await this.progress.waiting(row, outcome.reason, this.retryDelay(row.attempts + 1));
        return false;
      }
      await this.progress.reconciled(row, outcome, this.retryDelay(1));
      return outcome.changed;
    } catch (error) {
      this.logger.warn({ err: error, stationId: row.station_id, transactionId: row.transaction_id }, 'a transaction could not be turned into session events; retrying');
      await this.progress.waiting(row, (error as Error).message, this.retryDelay(row.attempts + 1));
      return false;
    }
  }

  private async resolveToken(row: ProgressRow): Promise<boolean> {
    const retryInMs = this.retryDelay(row.token_attempts + 1);
    try {
      if (!(await this.reconciler.resolveToken(row.session_key as string))) {
        await this.progress.tokenStillUnknown(row, retryInMs, 'the owner of the token is not known (TOKEN.NOT_FOUND_REF); the session and its CDR wait for it');
        return false;
      }
      await this.progress.tokenResolved(row);
      return true;
    } catch (error) {
      await this.progress.tokenStillUnknown(row, retryInMs, (error as Error).message);
      return false;
    }
  }

  private retryDelay(attempts: number): number {
    return retryDelayMs(attempts, { baseMs: this.config.TARIFF_CDR_RETRY_BASE_MS, maxMs: this.config.TARIFF_CDR_RETRY_MAX_MS });
  }
}
