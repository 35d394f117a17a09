import { z } from 'zod';

/**
 * The body of every request/reply answer over core NATS. Failures carry a stable error code
 * (`PARTY.ALREADY_REGISTERED`) that each edge maps to its own protocol's error.
 */
export const replyErrorSchema = z.object({ code: z.string().min(1), message: z.string() });

export type ReplyError = z.infer<typeof replyErrorSchema>;
export type Reply<T> = { ok: true; data: T } | { ok: false; error: ReplyError };

export const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: replyErrorSchema }),
]);
