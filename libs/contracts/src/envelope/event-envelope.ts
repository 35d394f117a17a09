import { z } from 'zod';

/**
 * The envelope every event travels in. `type` is the stable wire name with its version
 * (`PartyRegistered.v1`), never derived from a class name. `data` is checked against the
 * event's own schema by whoever reads it.
 */
export const eventEnvelopeSchema = z.object({
  id: z.uuid(),
  type: z.string().regex(/^[A-Z][A-Za-z0-9]*\.v[1-9][0-9]*$/),
  version: z.number().int().positive(),
  occurredAt: z.iso.datetime({ offset: true }),
  aggregateId: z.string().min(1),
  correlationId: z.string().min(1),
  causationId: z.string().min(1).optional(),
  traceparent: z.string().optional(),
  data: z.unknown(),
});

export type EventEnvelope<TData = unknown> = Omit<z.infer<typeof eventEnvelopeSchema>, 'data'> & { data: TData };
