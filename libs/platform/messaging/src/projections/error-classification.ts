import { ZodError } from 'zod';
import { UnreadableEventError } from '../events/event-store.errors';
import { PermanentProjectionError } from './projection';

/**
 * permanent: retrying can never help (bad data, constraint violated by the event) → dead letter now.
 * transient: the database or network is unwell → retry forever with backoff; never dead-letter.
 * unknown: probably a bug → retry a bounded number of times, then dead-letter.
 */
export type ProjectionErrorClass = 'permanent' | 'transient' | 'unknown';

const TRANSIENT_SQLSTATES = new Set(['40001', '40P01', '55P03', '57P01', '57P02', '57P03', '57014']);
const TRANSIENT_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

export function classifyProjectionError(error: unknown): ProjectionErrorClass {
  if (error instanceof PermanentProjectionError || error instanceof UnreadableEventError || error instanceof ZodError) return 'permanent';
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string') {
    if (TRANSIENT_SQLSTATES.has(code) || code.startsWith('08') || code.startsWith('53') || TRANSIENT_NODE_CODES.has(code)) return 'transient';
    if (code.startsWith('22') || code.startsWith('23')) return 'permanent';
  }
  const message = (error as Error)?.message ?? '';
  if (/Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message)) {
    return 'transient';
  }
  return 'unknown';
}
