import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { type OcpiExchangeReply, ocpiExchangeReplySchema, type SendOcpiRequest, sendOcpiSubject } from '@chargemesh/contracts/ocpi';
import type { PartyRole } from '@chargemesh/contracts/party';
import { type NatsRequester, NoRespondersError, RequestTimeoutError } from '@chargemesh/platform-messaging';
import { NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { isOcpiSuccess, type PartyRef } from '@chargemesh/protocol-ocpi';
import type { HubRouterConfig } from '../../hub-router.config';
import { ModuleLookups } from './lookups.client';
import { MODULE_ERRORS } from './module-actions';
import { type SentRequestView, SentRequestsRepository } from './sent-requests.repository';

/**
 * The Sender side of the asynchronous modules for hosted eMSPs and SCSPs: a request gets an id
 * and a response_url of ours that names it (the spec's advice), is recorded, then sent through
 * `send-ocpi`; the CPO's answer is kept with it, and its results arrive on that URL later.
 */
@Injectable()
export class OcpiSender {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
    private readonly lookups: ModuleLookups,
    private readonly requests: SentRequestsRepository,
  ) {}

  /** Our URL for the results of a request: below our own Sender endpoint of the module, so the edge hands them to us. */
  responseUrl(module: 'commands' | 'chargingprofiles', kind: string, id: string): string {
    return `${this.config.OCPI_BASE_URL.replace(/\/+$/, '')}/ocpi/2.2.1/sender/${module}/${encodeURIComponent(kind)}/${id}`;
  }

  newId(): string {
    return randomUUID();
  }

  async requireHosted(party: PartyRef, roles: readonly PartyRole[]): Promise<PartyRef> {
    const sender = { countryCode: party.countryCode.toUpperCase(), partyId: party.partyId.toUpperCase() };
    if (!(await this.lookups.hostedRoles(sender)).some((role) => roles.includes(role))) {
      throw new CodedError(MODULE_ERRORS.notHostedSender, `${sender.countryCode}*${sender.partyId} is not hosted here as ${roles.join(' or ')}`);
    }
    return sender;
  }

  /** Records the request, sends it, keeps the answer (data on success, the OCPI status otherwise) and returns the record. */
  async send(record: Pick<SentRequestView, 'id' | 'module' | 'kind' | 'sender' | 'receiver' | 'subject'>, request: Omit<SendOcpiRequest, 'from' | 'to'>): Promise<SentRequestView> {
    await this.requests.create(record);
    let reply: OcpiExchangeReply;
    try {
      reply = ocpiExchangeReplySchema.parse(
        await this.requester.request(sendOcpiSubject(this.config.CHARGEMESH_NAMESPACE), { ...request, from: record.sender, to: record.receiver }, { timeoutMs: this.config.OCPI_OUTBOUND_TIMEOUT_MS + 2_000 }),
      );
    } catch (error) {
      if (error instanceof NoRespondersError || error instanceof RequestTimeoutError) throw new CodedError(MODULE_ERRORS.unavailable, 'the request could not be routed; try again');
      throw error;
    }
    await this.requests.saveResponse(record.id, isOcpiSuccess(reply.statusCode) ? reply.data : { status_code: reply.statusCode, ...(reply.statusMessage ? { status_message: reply.statusMessage } : {}) });
    return (await this.requests.find(record.id)) as SentRequestView;
  }
}
