import { v7 as uuidv7 } from 'uuid';
import type { EventData, EventDefinition } from '@chargemesh/contracts/envelope';
import type { Tx } from '../database/transaction';

/**
 * Records a fact for the CREDENTIAL stream in the same transaction as the change it describes
 * (transactional outbox: Postgres is the source of truth here, the relay publishes afterwards).
 * The data is checked against the event's contract now, so a bad fact fails the change itself.
 */
export async function addToOutbox<TDefinition extends EventDefinition>(
  tx: Tx,
  definition: TDefinition,
  aggregateId: string,
  data: EventData<TDefinition>,
  correlationId?: string,
): Promise<void> {
  const checked = definition.schema.parse(data);
  await tx.query('INSERT INTO credentials_outbox (event_id, event_type, aggregate_id, data, correlation_id) VALUES ($1, $2, $3, $4, $5)', [
    uuidv7(),
    definition.name,
    aggregateId,
    JSON.stringify(checked),
    correlationId ?? null,
  ]);
}
