import type { z } from 'zod';
import { commandSubject } from '@chargemesh/contracts/envelope';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { parseRequest } from '../http/parse-body';

/**
 * Serves one `<ns>.cmd.<service>.<action>` subject in the service's queue group (one instance answers
 * each request): the payload is checked with its contract before the handler sees it (REQUEST.INVALID).
 */
export function serveAction<TSchema extends z.ZodType>(
  responder: NatsResponder,
  namespace: string,
  service: string,
  action: string,
  schema: TSchema,
  handler: (request: z.output<TSchema>) => Promise<unknown>,
): void {
  responder.serve(commandSubject(namespace, service, action), (payload) => handler(parseRequest(schema, payload)), { queue: service });
}
