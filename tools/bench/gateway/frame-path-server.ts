import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { warmUpValidators } from '@chargemesh/protocol-ocpp';
import { type GatewayPorts, hashPassword, OcppServer, type StationRecord } from '@chargemesh/station-gateway-service';
import pino from 'pino';

/**
 * The gateway's frame path alone: the real OcppServer, StationConnection and message handlers
 * (parse, validate, gate, handle, build the events, validate and send the answer) with in-memory
 * ports, so nothing is stored. Compared with ocpp-rpc strict and a bare ws server in the same run.
 */
async function main() {
  warmUpValidators();
  const password = process.argv[2] ?? 'bench-password-0123456789';
  const passwordHash = await hashPassword(Buffer.from(password), 1024);
  let seq = 0;
  const refs = new Map<string, string>();
  const ports: GatewayPorts = {
    directory: {
      find: async (stationId): Promise<StationRecord> => ({
        stationId,
        party: { countryCode: 'NL', partyId: 'CMX' },
        securityProfile: 1,
        registrationPolicy: 'Accepted',
        passwordHash,
        transactions: [],
      }),
    },
    events: { append: async () => ({ seq: ++seq, duplicate: false }), transactionIdAt: async () => undefined },
    audit: { frame: () => undefined },
    tokenAuthority: { authorize: async () => ({ status: 'Accepted', source: 'local-list' }) },
    tokenRefs: {
      refOf: async (token) => {
        let ref = refs.get(token.value);
        if (!ref) refs.set(token.value, (ref = randomUUID()));
        return { ref, ...(token.type ? { type: token.type } : {}) };
      },
    },
    transactionIds: { next: async () => ++seq },
    passwords: { passwordChanged: async () => undefined },
  };
  const settings = {
    namespace: 'bench',
    instanceId: 'frame-path',
    heartbeatIntervalS: 300,
    bootRetryIntervalS: 60,
    pingIntervalMs: 30_000,
    callTimeoutMs: 30_000,
    maxFrameBytes: 512 * 1024,
    maxQueuedCalls: 100,
    permessageDeflate: true,
    dataTransferVendors: new Set<string>(),
    tracing: false,
  };
  const ocpp = new OcppServer(settings, ports, pino({ level: 'warn' }), { attach: async () => undefined, detach: () => undefined });
  const http = createServer((_request, response) => response.writeHead(404).end());
  http.on('upgrade', (request, socket, head) => ocpp.handleUpgrade(request, socket, head, false));
  http.listen(0, '127.0.0.1', () => process.send?.({ type: 'ready', port: (http.address() as { port: number }).port }));
}

void main();

// Exit on a signal so that a --cpu-prof run writes its profile.
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => process.exit(0));
