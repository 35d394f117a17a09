import { type IHandlersOption, RPCClient } from 'ocpp-rpc';
import type { Json } from '@chargemesh/credentials-e2e/ocpi-http';
import type { TopologyPlatform } from './topology-platform';

const PASSWORD = 'correct-horse-battery-staple';

/**
 * A 2.0.1 charging station (ocpp-rpc in strict mode: every frame the gateway sends it is checked
 * against the OCA schemas), provisioned at a CPO platform's real station gateway and booted. It
 * accepts every command and records them.
 */
export class OcppStation {
  readonly calls: { action: string; params: Json }[] = [];
  readonly failures: unknown[] = [];

  private constructor(
    readonly id: string,
    private readonly client: RPCClient,
  ) {}

  static async connect(platform: TopologyPlatform, id: string, party: { countryCode: string; partyId: string }): Promise<OcppStation> {
    await platform.adminCall('station-gateway', 'POST', '/admin/stations', { stationId: id, party, securityProfile: 1, password: PASSWORD }, 201);
    const client = new RPCClient({
      endpoint: `ws://127.0.0.1:${platform.gateway?.port}/ocpp`,
      identity: id,
      password: PASSWORD,
      protocols: ['ocpp2.0.1'],
      strictMode: true,
      reconnect: false,
      callTimeoutMs: 15_000,
    } as unknown as ConstructorParameters<typeof RPCClient>[0]);
    const station = new OcppStation(id, client);
    client.on('strictValidationFailure', (failure: unknown) => station.failures.push(failure));
    client.handle(async ({ method = '', params }: IHandlersOption) => {
      station.calls.push({ action: method, params });
      return { status: 'Accepted' };
    });
    await client.connect();
    await client.call('BootNotification', { reason: 'PowerUp', chargingStation: { vendorName: 'ChargeMesh', model: 'Topology' } });
    return station;
  }

  call(action: string, params: unknown): Promise<Json> {
    return this.client.call(action, params);
  }

  /** What the station answers when a driver presents an RFID card. */
  async authorize(uid: string): Promise<string> {
    const answer: Json = await this.client.call('Authorize', { idToken: { idToken: uid, type: 'ISO14443' } });
    return answer.idTokenInfo.status;
  }

  /** Starts the transaction a RequestStartTransaction asked for, charges `wattHours` and ends it. */
  async chargeFor(remoteStart: Json, transactionId: string, wattHours: number): Promise<void> {
    const meter = (at: Date, value: number) => [{ timestamp: at.toISOString(), sampledValue: [{ value, measurand: 'Energy.Active.Import.Register' }] }];
    const startedAt = new Date(Date.now() - 3_600_000);
    await this.client.call('TransactionEvent', {
      eventType: 'Started',
      timestamp: startedAt.toISOString(),
      triggerReason: 'RemoteStart',
      seqNo: 0,
      transactionInfo: { transactionId, remoteStartId: remoteStart.remoteStartId, chargingState: 'Charging' },
      evse: { id: remoteStart.evseId ?? 1, connectorId: 1 },
      idToken: remoteStart.idToken,
      meterValue: meter(startedAt, 10_000),
    });
    const endedAt = new Date();
    await this.client.call('TransactionEvent', {
      eventType: 'Ended',
      timestamp: endedAt.toISOString(),
      triggerReason: 'EVCommunicationLost',
      seqNo: 1,
      transactionInfo: { transactionId, stoppedReason: 'EVDisconnected' },
      meterValue: meter(endedAt, 10_000 + wattHours),
    });
  }

  close(): Promise<unknown> {
    return this.client.close();
  }
}
