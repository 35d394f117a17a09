import { STREAMS } from '@chargemesh/contracts/envelope';
import { deliveriesOf } from '@chargemesh/oicp-peer-domain';
import type { Projection, ProjectionDb } from '@chargemesh/platform-messaging';

export const DELIVERY_CHANNEL = 'oicp_delivery';
const MAX_STATEMENT_CHARS = 4 * 1024 * 1024;

/** Rows in stream order, so ids, and so each lane, follow the stream. */
async function insertRows(db: ProjectionDb, rowsJson: string): Promise<void> {
  await db.query(
    `INSERT INTO oicp_delivery (event_id, event_seq, peer_id, operation, lane, caller_id, body, personal_field, personal_ref, coalesce_key, session_id)
     SELECT event_id, event_seq, peer_id, operation, lane, caller_id, body, personal_field, personal_ref, coalesce_key, session_id
       FROM jsonb_to_recordset($1::jsonb) AS r(event_id uuid, event_seq bigint, peer_id text, operation text, lane text, caller_id text, body jsonb,
                                              personal_field text, personal_ref uuid, coalesce_key text, session_id text)
     ORDER BY event_seq
     ON CONFLICT (event_id, peer_id, operation) DO NOTHING`,
    [rowsJson],
  );
}

/**
 * Turns submitted events into rows of the delivery queue (`oicp_delivery`), in the same transaction as
 * the projection's checkpoint: each event yields its deliveries exactly once, across restarts too. The
 * queue is a table of the service's migration, not a versioned projection table: rebuilding this
 * projection must never enqueue history again, so its version stays 1 and inserts ignore repeats.
 * NOTIFY wakes the delivery worker when the transaction commits.
 */
export const deliveriesProjection: Projection = {
  name: 'deliveries',
  version: 1,
  stream: STREAMS.OICP,
  tables: [],
  async createTables() {
    // The queue belongs to the migration (see above).
  },
  async apply(events, db) {
    // Rows go in statements of a bounded size: a status burst is a few statements, while the parts of a
    // large fullLoad (each near max_payload, times every peer) never make one huge statement.
    let pending: string[] = [];
    let pendingBytes = 0;
    let queued = false;
    const flush = async () => {
      if (pending.length === 0) return;
      await insertRows(db, `[${pending.join(',')}]`);
      pending = [];
      pendingBytes = 0;
      queued = true;
    };
    for (const event of events) {
      for (const delivery of deliveriesOf(event.envelope)) {
        const row = JSON.stringify({
          event_id: event.envelope.id,
          event_seq: event.seq,
          peer_id: delivery.peerId,
          operation: delivery.operation,
          lane: `${delivery.peerId}|${delivery.operation}`,
          caller_id: delivery.callerId ?? null,
          body: delivery.body,
          personal_field: delivery.personal?.field ?? null,
          personal_ref: delivery.personal?.ref ?? null,
          coalesce_key: delivery.coalesceKey ?? null,
          session_id: delivery.sessionId ?? null,
        });
        if (pendingBytes + row.length > MAX_STATEMENT_CHARS) await flush();
        pending.push(row);
        pendingBytes += row.length;
      }
    }
    await flush();
    if (queued) await db.query(`NOTIFY ${DELIVERY_CHANNEL}`);
  },
};
