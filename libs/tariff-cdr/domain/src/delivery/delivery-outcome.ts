import type { OcpiExchangeReply } from '@chargemesh/contracts/ocpi';

/**
 * What one attempt to push something to a receiver came to. `rejected` is the receiver refusing
 * the content (an OCPI 2xxx): sending it again unchanged cannot help. Everything else that is not a
 * success (3xxx, a Hub's 4xxx, a time-out, the router not running) is worth another attempt.
 */
export type AttemptOutcome =
  | { kind: 'accepted'; location?: string; httpStatus: number }
  | { kind: 'retry'; reason: string; statusCode?: number; httpStatus?: number }
  | { kind: 'rejected'; reason: string; statusCode: number; httpStatus: number };

const headerOf = (headers: Record<string, string>, name: string) => Object.entries(headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];

export function outcomeOfReply(reply: OcpiExchangeReply): AttemptOutcome {
  const { statusCode, httpStatus } = reply;
  const reason = `HTTP ${httpStatus}, OCPI ${statusCode}${reply.statusMessage ? `: ${reply.statusMessage}` : ''}`;
  if (statusCode >= 1000 && statusCode < 2000 && httpStatus >= 200 && httpStatus < 300) {
    const location = headerOf(reply.headers, 'Location');
    return { kind: 'accepted', httpStatus, ...(location ? { location } : {}) };
  }
  if (statusCode >= 2000 && statusCode < 3000 && httpStatus < 500) return { kind: 'rejected', reason, statusCode, httpStatus };
  return { kind: 'retry', reason, statusCode, httpStatus };
}

/** Exponential backoff: base, 2×base, 4×base, … capped at max. */
export function retryDelayMs(attempts: number, policy: { baseMs: number; maxMs: number }): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  return Math.min(policy.baseMs * 2 ** exponent, policy.maxMs);
}
