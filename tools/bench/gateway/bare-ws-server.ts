import { WebSocketServer } from 'ws';
import { GATEWAY_DEFLATE } from './deflate';
import { RESPONSES } from './ocpp-messages';

/** The ceiling: a bare `ws` server that parses each CALL and answers it, with no validation, no state, nothing stored. */
const server = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: GATEWAY_DEFLATE, handleProtocols: () => 'ocpp2.0.1', clientTracking: false });
server.on('connection', (ws) => {
  ws.on('message', (data) => {
    const [, id, action] = JSON.parse(String(data)) as [number, string, string];
    ws.send(JSON.stringify([3, id, RESPONSES[action]?.() ?? {}]));
  });
});
server.on('listening', () => process.send?.({ type: 'ready', port: (server.address() as { port: number }).port }));

// Exit on a signal so that a --cpu-prof run writes its profile.
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => process.exit(0));
