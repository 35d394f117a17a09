import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { partyKeyOf } from '@chargemesh/contracts/tariff';
import { retryDelayMs } from '@chargemesh/tariff-cdr-domain';
import { DATA_SOURCE, LOGGER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { ConnectedEmsps } from '../../shared/connected-emsps';
import { OcpiSender } from '../../shared/ocpi-sender';
import { inParallel, PollingWorker } from '../../shared/polling-worker';
import { PushStateRepository } from '../../shared/push-state.repository';
import type { TariffCdrConfig } from '../../tariff-cdr.config';

interface DueTariff {
  key: string;
  country_code: string;
  party_id: string;
  tariff_id: string;
  tariff: Record<string, unknown>;
  removed: boolean;
  last_seq: string;
  receiver_key: string;
  attempts: number | null;
}

/**
 * Pushes the tariffs of hosted CPOs to every connected eMSP (mod_tariffs push model): the latest
 * version by PUT, a withdrawn tariff by DELETE to those that had it. Per tariff and eMSP it keeps
 * what was accepted, so an eMSP that connects later gets every tariff, and a failure is retried
 * with backoff until the eMSP takes the latest version (older versions are never sent after it).
 */
@Injectable()
export class TariffPushWorker extends PollingWorker {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: TariffCdrConfig,
    @Inject(LOGGER) logger: Logger,
    private readonly emsps: ConnectedEmsps,
    private readonly sender: OcpiSender,
    private readonly pushes: PushStateRepository,
  ) {
    super('tariff-push', dataSource, config.TARIFF_CDR_POLL_MS, logger);
  }

  protected async tick(): Promise<void> {
    const receivers = [...new Set((await this.emsps.list()).map((party) => partyKeyOf(party)))];
    if (receivers.length === 0) return;
    const due: DueTariff[] = await this.dataSource.query(
      `SELECT t.key, t.country_code, t.party_id, t.tariff_id, t.tariff, t.removed, t.last_seq, r.receiver_key, p.attempts
         FROM own_tariffs t CROSS JOIN unnest($1::text[]) AS r(receiver_key)
         LEFT JOIN push_state p ON p.kind = 'tariff' AND p.object_key = t.key AND p.receiver_key = r.receiver_key
        WHERE t.country_code || '*' || t.party_id <> r.receiver_key
          AND COALESCE(p.delivered_seq, 0) < t.last_seq
          AND NOT (t.removed AND (p.delivered_seq IS NULL OR p.delivered_seq = 0))
          AND (p.next_attempt_at IS NULL OR p.next_attempt_at <= now())
        ORDER BY t.last_seq LIMIT 200`,
      [receivers],
    );
    await inParallel(due, 8, (row) => this.push(row));
  }

  private async push(row: DueTariff): Promise<void> {
    const [countryCode, partyId] = row.receiver_key.split('*');
    const outcome = await this.sender.send({
      module: 'tariffs',
      interface: 'RECEIVER',
      method: row.removed ? 'DELETE' : 'PUT',
      path: [row.country_code, row.party_id, row.tariff_id],
      query: {},
      ...(row.removed ? {} : { body: row.tariff }),
      from: { countryCode: row.country_code, partyId: row.party_id },
      to: { countryCode, partyId },
    });
    const seq = Number(row.last_seq);
    // A DELETE of a tariff the eMSP does not have (404) leaves it where we want it.
    if (outcome.kind === 'accepted' || (row.removed && outcome.kind === 'rejected' && outcome.httpStatus === 404)) {
      await this.pushes.delivered('tariff', row.key, row.receiver_key, seq, null);
    } else if (outcome.kind === 'rejected') {
      this.logger.warn({ tariff: row.key, receiver: row.receiver_key, reason: outcome.reason }, 'an eMSP refused a tariff; not sent again until the tariff changes');
      await this.pushes.failed('tariff', row.key, row.receiver_key, { error: outcome.reason, giveUpAtSeq: seq });
    } else {
      await this.pushes.failed('tariff', row.key, row.receiver_key, { error: outcome.reason, retryInMs: this.retryDelay((row.attempts ?? 0) + 1) });
    }
  }

  private retryDelay(attempts: number): number {
    return retryDelayMs(attempts, { baseMs: this.config.TARIFF_CDR_RETRY_BASE_MS, maxMs: this.config.TARIFF_CDR_RETRY_MAX_MS });
  }
}
