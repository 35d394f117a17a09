import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { RPCClient } from 'ocpp-rpc';
import type { RPC_ClientOptions } from 'ocpp-rpc/lib/client';
import { WebSocketServer, type WebSocket } from 'ws';
import { parseFrame } from './frames/parse-frame';
import { createMessageId } from './frames/message-id';
import { serializeCall, serializeCallError, serializeCallResult } from './frames/serialize-frame';
import { SAMPLE_EXCHANGES, samplePayload } from './testing/sample-payloads.fixture';
import { validateResponse, validateStationCall, type ValidationResult } from './validation/validate-payload';
import { OCPP_SUBPROTOCOLS, selectSubprotocol, versionOfSubprotocol, type OcppVersion } from './versions';

/**
 * A minimal CSMS built only from this library, driven by ocpp-rpc in strict mode as an independent
 * station: ocpp-rpc checks our CALLRESULTs and our CALLs against its own copies of the schemas.
 */
class LibraryOnlyCsms {
  readonly server = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    handleProtocols: (offered) => selectSubprotocol(offered) ?? false,
  });
  readonly responseChecks: { action: string; result: ValidationResult | { ok: false; code: string } }[] = [];
  private readonly pending = new Map<string, { action: string; done: () => void }>();
  private socket: WebSocket | undefined;
  private version: OcppVersion | undefined;

  constructor() {
    this.server.on('connection', (socket) => {
      this.socket = socket;
      this.version = versionOfSubprotocol(socket.protocol);
      socket.on('message', (data: Buffer) => this.onFrame(data));
    });
  }

  get url() {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/ocpp`;
  }

  /** Sends a CSMS-initiated CALL and resolves once the station's CALLRESULT has been validated. */
  sendCall(action: string, payload: unknown): Promise<void> {
    const messageId = createMessageId();
    return new Promise((resolve) => {
      this.pending.set(messageId, { action, done: resolve });
      this.socket?.send(serializeCall(messageId, action, payload));
    });
  }

  private onFrame(data: Buffer) {
    const version = this.version!;
    const frame = parseFrame(version, data);
    if (frame.kind === 'invalid') {
      if (frame.respond) this.socket?.send(serializeCallError(version, frame.messageId, frame.code, frame.description));
    } else if (frame.kind === 'call') {
      const result = validateStationCall(version, frame.action, frame.payload);
      const reply = result.ok
        ? serializeCallResult(frame.messageId, samplePayload(version, frame.action, 'response'))
        : serializeCallError(version, frame.messageId, result.code, result.description, result.details);
      this.socket?.send(reply);
    } else if (frame.kind === 'callResult') {
      const call = this.pending.get(frame.messageId);
      if (!call) return;
      this.pending.delete(frame.messageId);
      this.responseChecks.push({ action: call.action, result: validateResponse(version, call.action, frame.payload) });
      call.done();
    } else {
      const call = this.pending.get(frame.messageId);
      if (!call) return;
      this.pending.delete(frame.messageId);
      this.responseChecks.push({ action: call.action, result: { ok: false, code: frame.errorCode } });
      call.done();
    }
  }

  async close() {
    for (const client of this.server.clients) client.terminate();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

describe.each(['1.6', '2.0.1'] as const)('round trip with an ocpp-rpc strict station over OCPP %s', (version) => {
  let csms: LibraryOnlyCsms;
  let station: RPCClient;
  const strictFailures: unknown[] = [];
  const inbound: string[] = [];

  beforeAll(async () => {
    csms = new LibraryOnlyCsms();
    await once(csms.server, 'listening');
    // ocpp-rpc's typings demand every option although the client defaults the rest.
    const options: Partial<RPC_ClientOptions> = {
      endpoint: csms.url,
      identity: 'CS-ROUNDTRIP-01',
      protocols: [OCPP_SUBPROTOCOLS[version]],
      strictMode: true,
      reconnect: false,
      callTimeoutMs: 5_000,
    };
    station = new RPCClient(options as RPC_ClientOptions);
    station.on('strictValidationFailure', (failure) => strictFailures.push(failure));
    station.on('message', ({ message, outbound }: { message: string; outbound: boolean }) => {
      if (!outbound) inbound.push(message);
    });
    for (const sample of SAMPLE_EXCHANGES[version]) station.handle(sample.action, async () => sample.response);
    await station.connect();
  });

  afterAll(async () => {
    await station.close({ force: true });
    await csms.close();
  });

  it('should negotiate the subprotocol the station asked for', () => {
    expect(station.protocol).toBe(OCPP_SUBPROTOCOLS[version]);
  });

  it('should answer station CALLs with CALLRESULTs that ocpp-rpc accepts in strict mode', async () => {
    for (const action of ['BootNotification', 'Heartbeat', 'StatusNotification', 'Authorize']) {
      const response = await station.call(action, samplePayload(version, action, 'request'));
      expect(response).toEqual(samplePayload(version, action, 'response'));
    }
    expect(strictFailures).toEqual([]);
  });

  it('should send CALLs that ocpp-rpc accepts and validate the CALLRESULTs it returns', async () => {
    const commands = [
      'Reset',
      'DataTransfer',
      version === '1.6' ? 'RemoteStartTransaction' : 'RequestStartTransaction',
    ];
    for (const action of commands) await csms.sendCall(action, samplePayload(version, action, 'request'));
    expect(strictFailures).toEqual([]);
    expect(csms.responseChecks.filter((check) => commands.includes(check.action))).toEqual(
      commands.map((action) => ({ action, result: { ok: true } })),
    );
  });

  it('should answer unparseable JSON with a CALLERROR carrying message id -1', async () => {
    inbound.length = 0;
    station.sendRaw('[2,"raw-1","Heartbeat",{');
    await waitFor(() => inbound.length > 0);
    const code = version === '1.6' ? 'FormationViolation' : 'RpcFrameworkError';
    expect(JSON.parse(inbound[0])).toEqual([4, '-1', code, 'message is not valid JSON', {}]);
  });

  it('should answer a schema violation with the CALLERROR spelling of the version', async () => {
    inbound.length = 0;
    station.sendRaw('[2,"raw-2","Heartbeat",{"uptime":5}]');
    await waitFor(() => inbound.length > 0);
    const [type, messageId, code] = JSON.parse(inbound[0]);
    expect([type, messageId, code]).toEqual([4, 'raw-2', version === '1.6' ? 'FormationViolation' : 'FormatViolation']);
  });

  it('should see ocpp-rpc refuse a CALL that breaks the schema, proving the oracle is awake', async () => {
    await csms.sendCall('Reset', { type: 'Sideways' });
    expect(strictFailures).toHaveLength(1);
    expect(csms.responseChecks.at(-1)).toEqual({ action: 'Reset', result: { ok: false, code: expect.any(String) } });
  });
});

async function waitFor(condition: () => boolean) {
  for (let attempt = 0; attempt < 200 && !condition(); attempt++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  if (!condition()) throw new Error('condition not met within 2 s');
}
