import { Inject, Injectable } from '@nestjs/common';
import { pending } from '@chargemesh/contracts/envelope';
import { type AuthorizationResult, type AuthorizeStopCommand, CpoSessionStopAuthorizedV1, OICP_AGGREGATES } from '@chargemesh/contracts/oicp';
import { identificationKeys } from '@chargemesh/oicp-peer-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { type AuthorizationStopResponse, authorizeStopRequestSchema, type AuthorizeStopRequest, type Identification, OICP_OPERATIONS, statusCode } from '@chargemesh/protocol-oicp';
import { PeerClient } from '../../../peer-api/peer-client';
import { cpoSessionBehaviour, oicpRef } from '../../../shared/aggregates';
import { statusOfCall } from '../../../shared/call-status';
import { checkOicp, hostedOperator } from '../../../shared/hosted';
import { PersonalDataVault } from '../../../shared/personal-data.vault';
import { RegistryReadModel } from '../../../shared/registry.read-model';

/**
 * AuthorizeStop: the session's EMP peer decides. A session authorized from pushed authentication data
 * has no EMP to ask; the card or contract that started it may stop it.
 */
@Injectable()
export class AuthorizeStopCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: RegistryReadModel,
    private readonly client: PeerClient,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute(command: AuthorizeStopCommand): Promise<AuthorizationResult> {
    const { operatorId } = hostedOperator(await this.registry.snapshot(), command.operatorId);
    const request: AuthorizeStopRequest = checkOicp(
      authorizeStopRequestSchema,
      {
        SessionID: command.sessionId,
        OperatorID: operatorId,
        Identification: command.identification,
        ...(command.evseId ? { EvseID: command.evseId } : {}),
        ...(command.cpoPartnerSessionId ? { CPOPartnerSessionID: command.cpoPartnerSessionId } : {}),
      },
      'the authorization request',
    );
    const ref = oicpRef(OICP_AGGREGATES.cpoSession, request.SessionID);
    const { events } = await this.store.load(ref);
    const state = events.reduce((current, event) => cpoSessionBehaviour.evolve(current, event.envelope), cpoSessionBehaviour.initial);
    if (!state.known) return { authorizationStatus: 'NotAuthorized', statusCode: statusCode('400', 'no such session here'), answers: [] };
    if (!state.peerId) {
      const started = state.identificationRef ? await this.vault.get<Identification>(state.identificationRef) : undefined;
      const same = started !== undefined && identificationKeys(started).some((key) => identificationKeys(request.Identification).includes(key));
      if (!same) return { authorizationStatus: 'NotAuthorized', statusCode: statusCode('102', 'only the identification that started the session may stop it'), answers: [] };
      await this.recordStop(request.SessionID);
      return { authorizationStatus: 'Authorized', statusCode: statusCode('000'), sessionId: request.SessionID, ...(state.providerId ? { providerId: state.providerId } : {}), answers: [] };
    }
    const result = await this.client.call<AuthorizationStopResponse>(state.peerId, OICP_OPERATIONS.AuthorizeStop, operatorId, request);
    const body = result.kind === 'answered' ? result.body : undefined;
    const answer = result.kind === 'answered' ? (body?.AuthorizationStatus ?? 'failed') : result.kind;
    if (body?.AuthorizationStatus !== 'Authorized') {
      return { authorizationStatus: 'NotAuthorized', statusCode: body?.StatusCode ?? statusOfCall(result), answers: [{ peerId: state.peerId, answer }] };
    }
    await this.recordStop(request.SessionID, state.peerId);
    return { authorizationStatus: 'Authorized', statusCode: body.StatusCode, sessionId: request.SessionID, ...(body.ProviderID ? { providerId: body.ProviderID } : {}), peerId: state.peerId, answers: [{ peerId: state.peerId, answer }] };
  }

  private async recordStop(sessionId: string, peerId?: string): Promise<void> {
    await executeAggregateCommand(this.store, oicpRef(OICP_AGGREGATES.cpoSession, sessionId), cpoSessionBehaviour, (state) =>
      state.stopAuthorized ? [] : [pending(CpoSessionStopAuthorizedV1, { sessionId, ...(peerId ? { peerId } : {}) })],
    );
  }
}
