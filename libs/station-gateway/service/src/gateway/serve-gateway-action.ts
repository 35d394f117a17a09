import { STATION_GATEWAY_ACTIONS, STATION_GATEWAY_SERVICE } from '@chargemesh/contracts/station';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { serveAction } from '@chargemesh/platform-runtime';
import type { z } from 'zod';

/** Serves `<ns>.cmd.station-gateway.<action>` in the gateway's queue group, with the request checked against its contract. */
export function serveGatewayAction<TSchema extends z.ZodType>(
  responder: NatsResponder,
  namespace: string,
  action: (typeof STATION_GATEWAY_ACTIONS)[keyof typeof STATION_GATEWAY_ACTIONS],
  schema: TSchema,
  handler: (request: z.output<TSchema>) => Promise<unknown>,
): void {
  serveAction(responder, namespace, STATION_GATEWAY_SERVICE, action, schema, handler);
}
