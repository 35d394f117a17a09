import type { z } from 'zod';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { OICP_SERVICE } from '@chargemesh/contracts/oicp';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { parseRequest } from '@chargemesh/platform-runtime';

/**
 * Serves one `<ns>.cmd.oicp-peer.<action>` subject: the payload is checked with its contract and handed
 * to the use case; coded errors travel back to the caller as they are.
 */
export function serveCommand<TSchema extends z.ZodType>(
  responder: NatsResponder,
  namespace: string,
  action: string,
  schema: TSchema,
  handle: (request: z.output<TSchema>) => Promise<unknown>,
): void {
  responder.serve(commandSubject(namespace, OICP_SERVICE, action), (payload) => handle(parseRequest(schema, payload)), { queue: OICP_SERVICE });
}
