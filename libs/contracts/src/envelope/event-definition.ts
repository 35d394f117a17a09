import type { z } from 'zod';
import type { EventEnvelope } from './event-envelope';

/**
 * A published event contract. Once released, a definition is never changed: a breaking change is
 * a new definition with the next version, and readers handle both while they migrate.
 */
export interface EventDefinition<TSchema extends z.ZodType = z.ZodType> {
  /** `PartyRegistered.v1`: what goes into the envelope and the event-type header. */
  readonly name: string;
  readonly type: string;
  readonly version: number;
  readonly schema: TSchema;
}

export type EventData<TDefinition extends EventDefinition> = z.infer<TDefinition['schema']>;

export function defineEvent<TSchema extends z.ZodType>(
  type: string,
  version: number,
  schema: TSchema,
): EventDefinition<TSchema> {
  return Object.freeze({ name: `${type}.v${version}`, type, version, schema });
}

/** Narrows an envelope to one definition and checks its data; undefined when it is another event. */
export function matchEvent<TDefinition extends EventDefinition>(
  envelope: EventEnvelope,
  definition: TDefinition,
): EventEnvelope<EventData<TDefinition>> | undefined {
  if (envelope.type !== definition.name) return undefined;
  return { ...envelope, data: definition.schema.parse(envelope.data) as EventData<TDefinition> };
}

/** An event a domain decision wants appended; the platform adds the envelope. */
export interface PendingEvent<TDefinition extends EventDefinition = EventDefinition> {
  definition: TDefinition;
  data: EventData<TDefinition>;
}

export const pending = <TDefinition extends EventDefinition>(definition: TDefinition, data: EventData<TDefinition>): PendingEvent => ({
  definition,
  data,
});
