import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { commandSubject, type EventData, type EventDefinition, STREAMS, streamName } from '@chargemesh/contracts/envelope';
import { LOCATION_ACTIONS } from '@chargemesh/contracts/location';
import { OICP_ACTIONS, OICP_SERVICE } from '@chargemesh/contracts/oicp';
import { type HandleOcpiModuleRequest, type OcpiExchangeReply, ocpiModuleHandlerSubject, type OcpiModule, type SendOcpiRequest, sendOcpiSubject } from '@chargemesh/contracts/ocpi';
import { DIRECTORY_ACTIONS, DIRECTORY_SERVICE, type PartyRole } from '@chargemesh/contracts/party';
import { STATION_AGGREGATE } from '@chargemesh/contracts/station';
import { TOKEN_ACTIONS } from '@chargemesh/contracts/token';
import { EventStore, NatsRequester, NatsResponder } from '@chargemesh/platform-messaging';
import { type StartedService, startService } from '@chargemesh/platform-runtime';
import { connectTestNats, removeNamespace, TEST_DATABASE_URL, TEST_NATS_URL, testLogger, testNamespace } from '@chargemesh/platform-testing';
import { tariffCdrService } from '../tariff-cdr.service';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const BASE_URL = 'https://ocpi.example.com';

export interface HostedParty {
  countryCode: string;
  partyId: string;
  roles: PartyRole[];
}

/**
 * A real tariff-cdr service on the real NATS and Postgres, in its own namespace, with its
 * collaborators played by test responders on their NATS subjects: the directory (parties, connected
 * eMSPs, EVSE and token lookups) and the hub router's send-ocpi, whose answers each test decides.
 */
export class TariffCdrHarness {
  service!: StartedService;
  nc!: NatsConnection;
  requester!: NatsRequester;
  store!: EventStore;
  readonly sent: SendOcpiRequest[] = [];
  /** How the fake router answers send-ocpi; by default every push is taken. */
  router: (request: SendOcpiRequest) => Promise<OcpiExchangeReply> | OcpiExchangeReply = () => ({ httpStatus: 200, statusCode: 1000, headers: {} });
  evses = new Map<string, unknown>();
  tokens = new Map<string, unknown>();
  /** The oicp-peer: the identities it knows and the CDRs handed to it. */
  oicpIdentities: { countryCode: string; partyId: string; operatorId?: string }[] = [];
  readonly oicpCdrs: unknown[] = [];
  private readonly subscriptions: Subscription[] = [];

  private constructor(
    readonly namespace: string,
    readonly parties: HostedParty[],
    private readonly env: Record<string, string>,
  ) {}

  static async start(parties: HostedParty[], env: Record<string, string> = {}): Promise<TariffCdrHarness> {
    const harness = new TariffCdrHarness(testNamespace(), parties, env);
    harness.nc = await connectTestNats();
    harness.requester = new NatsRequester(harness.nc, 20_000);
    harness.serveCollaborators();
    await harness.startService();
    const js = jetstream(harness.nc);
    harness.store = new EventStore(js, await jetstreamManager(harness.nc), harness.namespace);
    return harness;
  }

  async startService(): Promise<void> {
    this.service = await startService(
      tariffCdrService,
      {
        NODE_ENV: 'test',
        CHARGEMESH_NAMESPACE: this.namespace,
        NATS_URL: TEST_NATS_URL,
        DATABASE_URL: TEST_DATABASE_URL,
        ADMIN_TOKEN,
        LOG_LEVEL: 'silent',
        TARIFF_CDR_POLL_MS: '50',
        TARIFF_CDR_RETRY_BASE_MS: '50',
        TARIFF_CDR_RETRY_MAX_MS: '200',
        ...this.env,
      },
      testLogger(),
      { port: 0, host: '127.0.0.1' },
    );
  }

  async stopService(): Promise<void> {
    await this.service.app.close();
  }

  async close(): Promise<void> {
    await this.service?.app.close();
    this.subscriptions.forEach((subscription) => subscription.unsubscribe());
    await this.nc?.close();
    await removeNamespace(this.namespace);
  }

  private serveCollaborators(): void {
    const responder = new NatsResponder(this.nc, testLogger());
    const directory = (action: string) => commandSubject(this.namespace, DIRECTORY_SERVICE, action);
    const serve = (subject: string, handler: (payload: never) => unknown) => this.subscriptions.push(responder.serve(subject, async (payload) => handler(payload as never)));
    serve(directory(DIRECTORY_ACTIONS.getParty), (request: { countryCode: string; partyId: string }) => {
      const party = this.parties.find((candidate) => candidate.countryCode === request.countryCode.toUpperCase() && candidate.partyId === request.partyId.toUpperCase());
      if (!party) throw Object.assign(new Error('not hosted'), { code: 'PARTY.NOT_FOUND' });
      return { countryCode: party.countryCode, partyId: party.partyId, roles: party.roles.map((role) => ({ role, businessDetails: { name: party.partyId } })), registeredAt: new Date().toISOString(), updatedAt: new Date().toISOString() };
    });
    serve(directory(DIRECTORY_ACTIONS.listConnectedParties), (request: { role?: PartyRole }) =>
      this.parties.filter((party) => !request.role || party.roles.includes(request.role)).map((party) => ({ countryCode: party.countryCode, partyId: party.partyId, role: request.role ?? party.roles[0], kind: 'local' })),
    );
    serve(directory(LOCATION_ACTIONS.findEvseByStation), (request: { stationId: string; evseId: number }) => {
      const evse = this.evses.get(`${request.stationId}/${request.evseId}`);
      if (!evse) throw Object.assign(new Error('no link'), { code: 'LOCATION.NOT_FOUND_STATION_LINK' });
      return evse;
    });
    serve(directory(TOKEN_ACTIONS.findTokenByRef), (request: { tokenRef: string }) => {
      const token = this.tokens.get(request.tokenRef);
      if (!token) throw Object.assign(new Error('unknown'), { code: 'TOKEN.NOT_FOUND_REF' });
      return token;
    });
    const oicp = (action: string) => commandSubject(this.namespace, OICP_SERVICE, action);
    serve(oicp(OICP_ACTIONS.listIdentities), () => this.oicpIdentities);
    serve(oicp(OICP_ACTIONS.sendChargeDetailRecord), (request: { cdr: { SessionID: string } }) => {
      this.oicpCdrs.push(request);
      return { sessionId: request.cdr.SessionID, peerId: 'emp-peer', duplicate: false };
    });
    serve(sendOcpiSubject(this.namespace), async (request: SendOcpiRequest) => {
      this.sent.push(request);
      return this.router(request);
    });
  }

  /** A request from the hub router to one of our module handlers. */
  ocpi(module: OcpiModule, request: Omit<HandleOcpiModuleRequest, 'module' | 'baseUrl' | 'requestId' | 'correlationId' | 'query'> & { query?: Record<string, string> }): Promise<OcpiExchangeReply> {
    return this.requester.request(ocpiModuleHandlerSubject(this.namespace, module), { query: {}, requestId: 'req-1', correlationId: 'corr-1', baseUrl: BASE_URL, module, ...request });
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async admin(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const response = await fetch(`${this.service.url}${path}`, { method, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    return { status: response.status, body: await response.json() };
  }

  /** Appends a station event the way the gateway does (STATION stream, one subject per station). */
  appendStation<TDefinition extends EventDefinition>(stationId: string, definition: TDefinition, data: EventData<TDefinition>) {
    return this.store.append({ stream: STREAMS.STATION, aggregate: STATION_AGGREGATE, id: stationId }, definition, data);
  }

  /** Every message of a stream as text, for checking what the event store keeps forever. */
  async rawMessages(stream: keyof typeof STREAMS): Promise<string[]> {
    const jsm = await jetstreamManager(this.nc);
    const name = streamName(this.namespace, STREAMS[stream].name);
    const { state } = await jsm.streams.info(name);
    const texts: string[] = [];
    for (let seq = state.first_seq; seq <= state.last_seq && state.messages > 0; seq++) {
      const message = await jsm.streams.getMessage(name, { seq });
      if (message) texts.push(new TextDecoder().decode(message.data));
    }
    return texts;
  }

  /** How many messages one subject of a stream holds. */
  async countOn(stream: keyof typeof STREAMS, subject: string): Promise<number> {
    const jsm = await jetstreamManager(this.nc);
    const state = (await jsm.streams.info(streamName(this.namespace, STREAMS[stream].name), { subjects_filter: subject })).state;
    return state.subjects?.[subject] ?? 0;
  }
}
