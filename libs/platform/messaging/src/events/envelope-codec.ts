import { type EventEnvelope, eventEnvelopeSchema } from '@chargemesh/contracts/envelope';
import { UnreadableEventError } from './event-store.errors';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const encodeEnvelope = (envelope: EventEnvelope): Uint8Array => encoder.encode(JSON.stringify(envelope));

export function decodeEnvelope(data: Uint8Array, subject: string, seq: number): EventEnvelope {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decoder.decode(data));
  } catch (error) {
    throw new UnreadableEventError(subject, seq, `not JSON (${(error as Error).message})`);
  }
  const result = eventEnvelopeSchema.safeParse(parsed);
  if (!result.success) throw new UnreadableEventError(subject, seq, result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return result.data as EventEnvelope;
}
