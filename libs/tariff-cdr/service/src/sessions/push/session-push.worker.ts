import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { planSessionPush, retryDelayMs } from '@chargemesh/tariff-cdr-domain';
import { DATA_SOURCE, LOGGER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { OcpiSender } from '../../shared/ocpi-sender';
import { inParallel, PollingWorker } from '../../shared/polling-worker';
import { PushStateRepository, type PushStateRow } from '../../shared/push-state.repository';
import { TokenJoiner } from '../../shared/token-joiner';
import { advanceCursor, readCursor } from '../../shared/work-cursor';
import type { TariffCdrConfig } from '../../tariff-cdr.config';
import { type CpoSessionRow, SessionReadModel } from '../session.read-model';

const CURSOR = 'session-push';

/**
 * Pushes the sessions of hosted CPOs to the eMSP of their token (mod_sessions push model): a PUT
 * first, then PATCHes with what changed and the newly closed charging periods. What the eMSP
 * accepted is kept per session, so that several changes go out as one PATCH, and after any failed
 * attempt the next push is a PUT of the whole session (the receiver's state is unknown then; a
 * PATCH that was applied but not answered would otherwise append its periods twice).
 */
@Injectable()
export class SessionPushWorker extends PollingWorker {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: TariffCdrConfig,
    @Inject(LOGGER) logger: Logger,
    private readonly sessions: SessionReadModel,
    private readonly sender: OcpiSender,
    private readonly pushes: PushStateRepository,
    private readonly tokens: TokenJoiner,
  ) {
    super('session-push', dataSource, config.TARIFF_CDR_POLL_MS, logger);
  }

  protected async tick(): Promise<void> {
    while ((await this.scan(500)) === 500);
    const due: PushStateRow[] = await this.dataSource.query(
      "SELECT * FROM push_state WHERE kind = 'session' AND wanted_seq > delivered_seq AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT 100",
    );
    const rows = new Map((await this.sessions.cpoByKeys(due.map((push) => push.object_key))).map((row) => [row.key, row]));
    await inParallel(due, 8, async (push) => {
      const row = rows.get(push.object_key);
      if (row) await this.push(push, row);
    });
  }

  /** Registers the sessions changed since the last scan that have an OCPI eMSP to push to. */
  private async scan(limit: number): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const changed = await this.sessions.cpoChangedAfter(await readCursor(manager, CURSOR), limit);
      if (changed.length === 0) return 0;
      const wanted = changed.filter((row) => row.receiver_kind === 'ocpi' && row.receiver_key);
      if (wanted.length) {
        await manager.query(
          `INSERT INTO push_state (kind, object_key, receiver_key, wanted_seq)
           SELECT 'session', key, receiver_key, last_seq FROM jsonb_to_recordset($1::jsonb) AS r(key text, receiver_key text, last_seq bigint)
           ON CONFLICT (kind, object_key, receiver_key) DO UPDATE SET wanted_seq = GREATEST(push_state.wanted_seq, EXCLUDED.wanted_seq), next_attempt_at = LEAST(push_state.next_attempt_at, now())`,
          [JSON.stringify(wanted)],
        );
      }
      await advanceCursor(manager, CURSOR, Number(changed[changed.length - 1].last_seq));
      return changed.length;
    });
  }

  private async push(push: PushStateRow, row: CpoSessionRow): Promise<void> {
    const seq = Number(row.last_seq);
    if (row.receiver.kind !== 'ocpi' || push.receiver_key !== `${row.receiver.party.countryCode}*${row.receiver.party.partyId}`.toUpperCase()) {
      // The session's receiver is another one now: this receiver is owed nothing more.
      await this.pushes.delivered('session', push.object_key, push.receiver_key, Math.max(seq, Number(push.wanted_seq)), push.delivered);
      return;
    }
    const plan = planSessionPush(push.delivered ?? undefined, row.session);
    if (!plan) {
      await this.pushes.delivered('session', push.object_key, push.receiver_key, seq, row.session);
      return;
    }
    const body = plan.method === 'PUT' ? await this.tokens.joinOne(row.session, row.cdr_token) : plan.body;
    const outcome = await this.sender.send({
      module: 'sessions',
      interface: 'RECEIVER',
      method: plan.method,
      path: [row.country_code, row.party_id, row.session_id],
      query: {},
      body,
      from: { countryCode: row.country_code, partyId: row.party_id },
      to: row.receiver.party,
    });
    if (outcome.kind === 'accepted') {
      await this.pushes.delivered('session', push.object_key, push.receiver_key, seq, row.session);
    } else if (outcome.kind === 'rejected' && plan.method === 'PUT') {
      this.logger.warn({ session: row.key, receiver: push.receiver_key, reason: outcome.reason }, 'an eMSP refused a session; not sent again until the session changes');
      await this.pushes.failed('session', push.object_key, push.receiver_key, { error: outcome.reason, giveUpAtSeq: seq });
    } else {
      const retryInMs = retryDelayMs(push.attempts + 1, { baseMs: this.config.TARIFF_CDR_RETRY_BASE_MS, maxMs: this.config.TARIFF_CDR_RETRY_MAX_MS });
      await this.pushes.failed('session', push.object_key, push.receiver_key, { error: outcome.reason, retryInMs });
    }
  }
}
