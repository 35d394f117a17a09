import type { AddressInfo } from 'node:net';
import { RPCServer } from 'ocpp-rpc';
import { GATEWAY_DEFLATE } from './deflate';
import { RESPONSES } from './ocpp-messages';

/** What a Node user would pick: an ocpp-rpc server in strict mode (validates every CALL and CALLRESULT), handlers that only answer. */
const server = new RPCServer({ protocols: ['ocpp2.0.1'], strictMode: true, wssOptions: { perMessageDeflate: GATEWAY_DEFLATE } } as unknown as ConstructorParameters<typeof RPCServer>[0]);
server.auth((accept) => accept());
server.on('client', (client: { handle(method: string, handler: () => Promise<Record<string, unknown>>): void }) => {
  for (const [action, answer] of Object.entries(RESPONSES)) client.handle(action, async () => answer() as Record<string, unknown>);
});
void server.listen(0, '127.0.0.1').then((http) => process.send?.({ type: 'ready', port: (http.address() as AddressInfo).port }));

// Exit on a signal so that a --cpu-prof run writes its profile.
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => process.exit(0));
