import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { commandSubject } from '@chargemesh/contracts/envelope';
import {
  type CpoBackendAnswer,
  cpoBackendAnswerSchema,
  OICP_AGGREGATES,
  OICP_CPO_BACKEND,
  type RemoteCommand,
  RemoteCommandAnsweredV1,
  type OicpStatus,
} from '@chargemesh/contracts/oicp';
import { decideRemoteCommand, type RemoteCommandDecision } from '@chargemesh/oicp-peer-domain';
import { type EventStore, executeAggregateCommand, type NatsRequester, NoRespondersError, RequestTimeoutError } from '@chargemesh/platform-messaging';
import { EVENT_STORE, NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { type Acknowledgement, acknowledgement, evcoIdOfIdentification, type Identification, normaliseProviderId, operatorIdOfEvseId, sameOperatorId, statusCode } from '@chargemesh/protocol-oicp';
import type { OicpPeerConfig } from '../../../oicp-peer.config';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { cpoSessionBehaviour, oicpRef } from '../../../shared/aggregates';
import { OicpStatusError } from '../../../shared/oicp-status';
import { PersonalDataVault } from '../../../shared/personal-data.vault';

export interface RemoteCommandBody {
  SessionID?: string;
  ProviderID: string;
  EvseID: string;
  Identification?: Identification;
  PartnerProductID?: string;
  EMPPartnerSessionID?: string;
  Duration?: number;
}

/**
 * Remote start, remote stop and reservations served to EMP peers. The session is recorded under the
 * EMP's SessionID before the EVSE is asked, so even if the EMP gives up waiting (its call times out),
 * the session belongs to that EMP and its notifications and CDR reach it. The EVSE is reached through
 * the CPO backend port; a retried request gets the first answer again.
 */
@Injectable()
export class RemoteCommandsCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: OicpPeerConfig,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute(command: RemoteCommand, call: InboundCall<RemoteCommandBody>): Promise<Acknowledgement> {
    const body = call.body;
    const operatorId = operatorIdOfEvseId(body.EvseID) as string;
    if (!call.registry.own.operatorIds.some((own) => sameOperatorId(own, operatorId))) throw new OicpStatusError('603', `no CPO here operates ${body.EvseID}`);
    const sessionId = body.SessionID ?? randomUUID();
    const identificationRef = body.Identification ? await this.vault.put(body.Identification) : undefined;
    const facts = {
      sessionId,
      command,
      peerId: call.peer.peerId,
      providerId: normaliseProviderId(body.ProviderID) as string,
      operatorId,
      evseId: body.EvseID,
      ...(identificationRef ? { identificationRef } : {}),
      ...(body.PartnerProductID ? { partnerProductId: body.PartnerProductID } : {}),
      ...(body.EMPPartnerSessionID ? { empPartnerSessionId: body.EMPPartnerSessionID } : {}),
      ...(body.Duration !== undefined ? { durationMinutes: body.Duration } : {}),
    };
    let decision: RemoteCommandDecision | undefined;
    await executeAggregateCommand(this.store, oicpRef(OICP_AGGREGATES.cpoSession, sessionId), cpoSessionBehaviour, (state) => {
      decision = decideRemoteCommand(state, facts);
      return decision.kind === 'ask-backend' ? decision.events : [];
    });
    const decided = decision as RemoteCommandDecision;
    const echo = { SessionID: sessionId, ...(body.EMPPartnerSessionID ? { EMPPartnerSessionID: body.EMPPartnerSessionID } : {}) };
    if (decided.kind === 'refuse') throw new OicpStatusError(decided.code, decided.reason);
    if (decided.kind === 'answered-before') return { Result: decided.accepted, StatusCode: decided.statusCode, ...echo };
    const answer = await this.askBackend(command, { ...facts, evcoId: body.Identification ? evcoIdOfIdentification(body.Identification) : undefined });
    await this.store.append(oicpRef(OICP_AGGREGATES.cpoSession, sessionId), RemoteCommandAnsweredV1, { sessionId, command, accepted: answer.accepted, statusCode: answer.statusCode });
    return { ...acknowledgement('000', { ...echo, ...(answer.cpoPartnerSessionId ? { CPOPartnerSessionID: answer.cpoPartnerSessionId } : {}) }), Result: answer.accepted, StatusCode: answer.statusCode };
  }

  /** The backend's verdict: its refusal code, 320 when no backend runs, 501 when it did not answer in time. */
  private async askBackend(command: RemoteCommand, facts: { sessionId: string; providerId: string; evseId: string; evcoId?: string; partnerProductId?: string; durationMinutes?: number }): Promise<{ accepted: boolean; statusCode: OicpStatus; cpoPartnerSessionId?: string }> {
    const subject = commandSubject(this.config.CHARGEMESH_NAMESPACE, OICP_CPO_BACKEND, command);
    const request = {
      sessionId: facts.sessionId,
      providerId: facts.providerId,
      evseId: facts.evseId,
      ...(facts.evcoId ? { evcoId: facts.evcoId } : {}),
      ...(facts.partnerProductId ? { partnerProductId: facts.partnerProductId } : {}),
      ...(facts.durationMinutes !== undefined ? { durationMinutes: facts.durationMinutes } : {}),
    };
    let answer: CpoBackendAnswer;
    try {
      answer = cpoBackendAnswerSchema.parse(await this.requester.request(subject, request, { timeoutMs: this.config.OICP_BACKEND_TIMEOUT_MS }));
    } catch (error) {
      if (error instanceof NoRespondersError) return { accepted: false, statusCode: statusCode('320', 'no CPO backend is running') };
      if (error instanceof RequestTimeoutError) return { accepted: false, statusCode: statusCode('501', 'the EVSE did not answer in time') };
      return { accepted: false, statusCode: statusCode('021') };
    }
    if (answer.accepted) return { accepted: true, statusCode: statusCode('000'), ...(answer.cpoPartnerSessionId ? { cpoPartnerSessionId: answer.cpoPartnerSessionId } : {}) };
    return { accepted: false, statusCode: statusCode(answer.statusCode ?? '501') };
  }
}
