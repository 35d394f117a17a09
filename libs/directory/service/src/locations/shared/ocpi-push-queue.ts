import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { OcpiModule } from '@chargemesh/contracts/ocpi';
import type { ConnectedParty, PartyRole } from '@chargemesh/contracts/party';
import { isOcpiSuccess, ocpiStatusCategory, type PartyRef, sameParty } from '@chargemesh/protocol-ocpi';
import type { OcpiOutboundClient } from './ocpi-outbound.client';

/** One push waiting for delivery: a Receiver request of the source party. */
export interface QueuedPush {
  method: 'PUT' | 'PATCH';
  path: string[];
  query?: Record<string, string>;
  body: unknown;
}

export interface PushQueueDefinition {
  module: OcpiModule;
  /** The projection view holding the queue: seq, source_cc, source_pid, method, path, query, body, created_at. */
  outbox: string;
  sourceRole: PartyRole;
  targetRoles: readonly PartyRole[];
  /** What a receiver new to this source gets: the current state of everything, and the queue position it matches (read in one snapshot). */
  snapshot(manager: EntityManager, source: PartyRef): Promise<{ head: number; pushes: QueuedPush[] }>;
}

export interface PushQueueDeps {
  dataSource: DataSource;
  outbound: OcpiOutboundClient;
  logger: Logger;
  retentionMs: number;
  /** First wait before retrying a receiver that failed; it doubles per failure up to a minute. */
  retryBaseMs: number;
  sources: () => Promise<PartyRef[]>;
  targets: () => Promise<ConnectedParty[]>;
}

const BATCH = 200;
const CONCURRENT_TARGETS = 8;
const MAX_RETRY_WAIT_MS = 60_000;

type Outcome = 'delivered' | 'retry';

/**
 * Delivers the changes of hosted parties (their locations to eMSPs, their tokens to CPOs) to every
 * connected receiver, in order and at least once: one cursor per source and receiver records
 * the last queue entry the receiver acknowledged. A receiver seen for the first time, or one that
 * was away longer than the queue keeps entries, first gets the current state of everything (a
 * full push). A refusal (2xxx) is logged and skipped: sending it again cannot help; a failure on
 * the way (3xxx, hub errors, no answer) stops that receiver until the next round.
 */
export class OcpiPushQueue {
  private lastPrune = 0;
  /** Receivers that failed lately and when to try them again: one that is down (or never takes this module) is not asked every round. */
  private readonly backoff = new Map<string, { failures: number; until: number }>();

  constructor(
    private readonly definition: PushQueueDefinition,
    private readonly deps: PushQueueDeps,
  ) {}

  async deliverAll(): Promise<void> {
    const [sources, connected] = await Promise.all([this.deps.sources(), this.deps.targets()]);
    const targets = uniqueParties(connected.filter((party) => this.definition.targetRoles.includes(party.role)));
    const pairs = sources.flatMap((source) => targets.filter((target) => !sameParty(source, target)).map((target) => ({ source, target })));
    for (let index = 0; index < pairs.length; index += CONCURRENT_TARGETS) {
      await Promise.all(pairs.slice(index, index + CONCURRENT_TARGETS).map(({ source, target }) => this.deliver(source, target)));
    }
    if (Date.now() - this.lastPrune > 60_000) await this.prune();
  }

  private async deliver(source: PartyRef, target: PartyRef): Promise<void> {
    const key = `${source.countryCode}*${source.partyId}>${target.countryCode}*${target.partyId}`;
    const waiting = this.backoff.get(key);
    if (waiting && waiting.until > Date.now()) return;
    if (await this.deliverNow(source, target)) {
      this.backoff.delete(key);
      return;
    }
    const failures = (waiting?.failures ?? 0) + 1;
    this.backoff.set(key, { failures, until: Date.now() + Math.min(this.deps.retryBaseMs * 2 ** (failures - 1), MAX_RETRY_WAIT_MS) });
  }

  /** True when the receiver has everything queued for it; false when it must be tried again later. */
  private async deliverNow(source: PartyRef, target: PartyRef): Promise<boolean> {
    let cursor = await this.cursor(source, target);
    if (cursor === undefined) {
      const { head, pushes } = await this.deps.dataSource.transaction('REPEATABLE READ', (manager) => this.definition.snapshot(manager, source));
      for (const push of pushes) if ((await this.send(source, target, push)) === 'retry') return false;
      await this.saveCursor(source, target, head);
      cursor = head;
    }
    for (;;) {
      const rows: (QueuedPush & { seq: string })[] = await this.deps.dataSource.query(
        `SELECT seq, method, path, query, body FROM ${this.definition.outbox} WHERE source_cc = $1 AND source_pid = $2 AND seq > $3 ORDER BY seq LIMIT ${BATCH}`,
        [source.countryCode, source.partyId, cursor],
      );
      for (const row of rows) {
        if ((await this.send(source, target, row)) === 'retry') return false;
        cursor = Number(row.seq);
        await this.saveCursor(source, target, cursor);
      }
      if (rows.length < BATCH) return true;
    }
  }

  private async send(source: PartyRef, target: PartyRef, push: QueuedPush): Promise<Outcome> {
    const where = { module: this.definition.module, from: `${source.countryCode}*${source.partyId}`, to: `${target.countryCode}*${target.partyId}`, path: push.path.join('/') };
    try {
      const reply = await this.deps.outbound.send({
        module: this.definition.module,
        interface: 'RECEIVER',
        method: push.method,
        path: push.path,
        query: push.query ?? {},
        body: push.body,
        from: source,
        to: { countryCode: target.countryCode, partyId: target.partyId },
      });
      if (isOcpiSuccess(reply.statusCode) && reply.httpStatus < 400) return 'delivered';
      if (ocpiStatusCategory(reply.statusCode) === 'client-error' && reply.httpStatus < 500) {
        this.deps.logger.warn({ ...where, statusCode: reply.statusCode, statusMessage: reply.statusMessage }, 'a receiver refused a push; skipping it');
        return 'delivered';
      }
      this.deps.logger.info({ ...where, statusCode: reply.statusCode, httpStatus: reply.httpStatus }, 'a push did not get through; retrying later');
    } catch (error) {
      this.deps.logger.info({ ...where, err: error }, 'a push could not be sent; retrying later');
    }
    return 'retry';
  }

  private async cursor(source: PartyRef, target: PartyRef): Promise<number | undefined> {
    const rows: { last_seq: string }[] = await this.deps.dataSource.query(
      'SELECT last_seq FROM ocpi_push_cursors WHERE module = $1 AND source_cc = $2 AND source_pid = $3 AND target_cc = $4 AND target_pid = $5',
      [this.definition.module, source.countryCode, source.partyId, target.countryCode.toUpperCase(), target.partyId.toUpperCase()],
    );
    return rows[0] ? Number(rows[0].last_seq) : undefined;
  }

  private async saveCursor(source: PartyRef, target: PartyRef, seq: number): Promise<void> {
    await this.deps.dataSource.query(
      `INSERT INTO ocpi_push_cursors (module, source_cc, source_pid, target_cc, target_pid, last_seq) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (module, source_cc, source_pid, target_cc, target_pid) DO UPDATE SET last_seq = EXCLUDED.last_seq, updated_at = now()`,
      [this.definition.module, source.countryCode, source.partyId, target.countryCode.toUpperCase(), target.partyId.toUpperCase(), seq],
    );
  }

  /** Drops entries older than the retention; receivers that had not got them lose their cursor and get a full push when they are back. */
  private async prune(): Promise<void> {
    this.lastPrune = Date.now();
    const gone: { source_cc: string; source_pid: string; seq: string }[] = await this.deps.dataSource.query(
      `WITH gone AS (DELETE FROM ${this.definition.outbox} WHERE created_at < now() - ($1::bigint * interval '1 millisecond') RETURNING source_cc, source_pid, seq)
       SELECT source_cc, source_pid, max(seq) AS seq FROM gone GROUP BY source_cc, source_pid`,
      [this.deps.retentionMs],
    );
    for (const row of gone) {
      await this.deps.dataSource.query('DELETE FROM ocpi_push_cursors WHERE module = $1 AND source_cc = $2 AND source_pid = $3 AND last_seq < $4', [
        this.definition.module,
        row.source_cc,
        row.source_pid,
        row.seq,
      ]);
    }
  }
}

function uniqueParties(parties: ConnectedParty[]): PartyRef[] {
  const seen = new Map<string, PartyRef>();
  for (const party of parties) seen.set(`${party.countryCode.toUpperCase()}*${party.partyId.toUpperCase()}`, { countryCode: party.countryCode.toUpperCase(), partyId: party.partyId.toUpperCase() });
  return [...seen.values()];
}
