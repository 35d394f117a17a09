import { EventEmitter } from 'node:events';
import { warmUpValidators } from '@chargemesh/protocol-ocpp';
import { type GatewayPorts, StationConnection, type StationRecord } from '@chargemesh/station-gateway-service';
import { StationSession } from '../../../libs/station-gateway/service/src/connection/station-session';
import pino from 'pino';
import { status, transactionEvent } from './ocpp-messages';

/** CPU per CALL of the frame path without sockets (a development aid: `node dist/tools/bench/gateway/frame-path-micro.js`). */
async function main() {
  warmUpValidators();
  let seq = 0;
  const ports: GatewayPorts = {
    directory: { find: async () => undefined },
    events: { append: async () => ({ seq: ++seq, duplicate: false }), transactionIdAt: async () => undefined },
    audit: { frame: () => undefined },
    tokenAuthority: { authorize: async () => ({ status: 'Accepted', source: 'local-list' }) },
    tokenRefs: { refOf: async () => ({ ref: '0195f4c3-8c1a-7000-8000-000000000001' }) },
    transactionIds: { next: async () => ++seq },
    passwords: { passwordChanged: async () => undefined },
  };
  const settings = { namespace: 'bench', instanceId: 'micro', heartbeatIntervalS: 300, bootRetryIntervalS: 60, pingIntervalMs: 0, callTimeoutMs: 30_000, maxFrameBytes: 1 << 20, maxQueuedCalls: 100, permessageDeflate: false, dataTransferVendors: new Set<string>(), tracing: false };
  const record: StationRecord = { stationId: 'CS-1', party: { countryCode: 'NL', partyId: 'CMX' }, securityProfile: 1, registrationPolicy: 'Accepted', registrationStatus: 'Accepted', transactions: [] };
  let answered = 0;
  let wake: (() => void) | undefined;
  const ws = Object.assign(new EventEmitter(), { readyState: 1, send: () => { answered++; wake?.(); }, ping: () => undefined, close: () => undefined, terminate: () => undefined });
  const host = { ports, settings, logger: pino({ level: 'warn' }), connectionClosed: () => undefined };
  const connection = new StationConnection(ws as never, new StationSession(record, '2.0.1'), host);
  connection.start();
  const framesOf = (round: number) =>
    Array.from({ length: 10_000 }, (_, i) => {
      const dice = i % 10;
      const seqNo = round * 10_000 + i;
      const call = dice === 0 ? ['Heartbeat', {}] : dice < 3 ? ['StatusNotification', status('Available')] : ['TransactionEvent', transactionEvent('TX-1', seqNo === 3 ? 'Started' : 'Updated', seqNo, seqNo * 10)];
      return Buffer.from(JSON.stringify([2, `m-${seqNo}`, ...call]));
    });
  for (let round = 0; round < 8; round++) {
    const frames = framesOf(round);
    const started = process.cpuUsage();
    const wall = performance.now();
    for (const frame of frames) {
      const done = new Promise<void>((resolve) => (wake = resolve));
      ws.emit('message', frame);
      await done;
    }
    const used = process.cpuUsage(started);
    console.log(`round ${round}: ${((used.user + used.system) / frames.length).toFixed(1)} µs CPU per CALL, ${((performance.now() - wall) * 1000 / frames.length).toFixed(1)} µs wall`);
  }
  console.log('answered', answered);
}

void main();
