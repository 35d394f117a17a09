import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { type AttemptOutcome, decideDelivered, decideRejected, retryDelayMs } from '@chargemesh/tariff-cdr-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { DATA_SOURCE, EVENT_STORE, LOGGER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { cpoCdrBehaviour, cpoCdrRef } from '../../shared/aggregates';
import { OcpiSender } from '../../shared/ocpi-sender';
import { PersonalDataVault } from '../../shared/personal-data.vault';
import { inParallel, PollingWorker } from '../../shared/polling-worker';
import { TokenJoiner } from '../../shared/token-joiner';
import type { TariffCdrConfig } from '../../tariff-cdr.config';
import { CdrReadModel, type CpoCdrRow } from '../cdr.read-model';
import { OicpCdrSender } from './oicp-cdr.sender';

/**
 * Delivers the CDRs of hosted CPOs to their receiver: POST cdrs to the token's eMSP (send-ocpi), or
 * the oicp-peer for an EMP it serves. Attempts and their backoff are kept in the database, so
 * retries go on across restarts; the outcome is an event of the CDR (CdrDelivered with the Location
 * the eMSP returned, or CdrDeliveryRejected). A crash between the receiver's answer and that event
 * sends the same CDR again, which the receiver recognises by its id: each CDR takes effect once.
 */
@Injectable()
export class CdrDeliveryWorker extends PollingWorker {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: TariffCdrConfig,
    @Inject(LOGGER) logger: Logger,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly cdrs: CdrReadModel,
    private readonly sender: OcpiSender,
    private readonly oicp: OicpCdrSender,
    private readonly tokens: TokenJoiner,
    private readonly vault: PersonalDataVault,
  ) {
    super('cdr-delivery', dataSource, config.TARIFF_CDR_POLL_MS, logger);
  }

  protected async tick(): Promise<void> {
    await inParallel(await this.cdrs.due(50), 8, (row) => this.deliver(row));
  }

  private async deliver(row: CpoCdrRow): Promise<void> {
    const attempts = (row.attempts ?? 0) + 1;
    const outcome = await this.attempt(row);
    const cpo = { countryCode: row.country_code, partyId: row.party_id };
    if (outcome.kind === 'retry') {
      const retryInMs = retryDelayMs(attempts, { baseMs: this.config.TARIFF_CDR_RETRY_BASE_MS, maxMs: this.config.TARIFF_CDR_RETRY_MAX_MS });
      await this.record(row.key, attempts, retryInMs, outcome.reason, null);
      return;
    }
    const { appended } = await executeAggregateCommand(this.store, cpoCdrRef(cpo, row.cdr_id), cpoCdrBehaviour, (state) =>
      outcome.kind === 'accepted'
        ? decideDelivered(state, { ...(outcome.location ? { location: outcome.location } : {}), attempts, at: new Date() })
        : decideRejected(state, { attempts, ...(outcome.statusCode ? { statusCode: outcome.statusCode } : {}), httpStatus: outcome.httpStatus, message: outcome.reason }),
    );
    if (outcome.kind === 'rejected') this.logger.warn({ cdr: row.key, reason: outcome.reason }, 'a receiver refused a CDR; it waits for an admin to retry');
    // Until the projection shows the outcome, this CDR must not be picked up again.
    await this.record(row.key, attempts, 0, outcome.kind === 'rejected' ? outcome.reason : null, appended.length ? appended[appended.length - 1].seq : Number(row.last_seq) + 1);
  }

  private async attempt(row: CpoCdrRow): Promise<AttemptOutcome> {
    const { receiver } = row;
    if (receiver.kind === 'ocpi') {
      const body = await this.tokens.joinOne(row.cdr, row.cdr_token);
      return this.sender.send({ module: 'cdrs', interface: 'RECEIVER', method: 'POST', path: [], query: {}, body, from: { countryCode: row.country_code, partyId: row.party_id }, to: receiver.party });
    }
    if (receiver.kind === 'oicp') {
      const personal = row.cdr_token ? await this.vault.get(row.cdr_token.personalRef) : undefined;
      return this.oicp.send({ countryCode: row.country_code, partyId: row.party_id }, receiver.providerId, row.cdr, personal?.identification);
    }
    return { kind: 'retry', reason: 'the CDR has no receiver yet' };
  }

  private async record(key: string, attempts: number, retryInMs: number, error: string | null, settledSeq: number | null): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO cdr_delivery_attempts (cdr_key, attempts, next_attempt_at, last_error, settled_seq, updated_at)
       VALUES ($1, $2, now() + make_interval(secs => $3::double precision / 1000), $4, $5, now())
       ON CONFLICT (cdr_key) DO UPDATE SET attempts = EXCLUDED.attempts, next_attempt_at = EXCLUDED.next_attempt_at, last_error = EXCLUDED.last_error,
         settled_seq = COALESCE(EXCLUDED.settled_seq, cdr_delivery_attempts.settled_seq), updated_at = now()`,
      [key, attempts, retryInMs, error, settledSeq],
    );
  }
}
