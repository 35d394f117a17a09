import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { OICP_AGGREGATES, type AuthorizationResult, type AuthorizeStartCommand } from '@chargemesh/contracts/oicp';
import { authorizationOutcome, authorizationTargets, decideRecordAuthorization, noRouteAuthorization, type PeerAnswer, resolveEmpPeer } from '@chargemesh/oicp-peer-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { type AuthorizationStartResponse, authorizeStartRequestSchema, type AuthorizeStartRequest, normaliseProviderId, OICP_OPERATIONS, statusCode } from '@chargemesh/protocol-oicp';
import { PeerClient } from '../../../peer-api/peer-client';
import { cpoSessionBehaviour, oicpRef } from '../../../shared/aggregates';
import { checkEvseIdsOf, checkOicp, hostedOperator } from '../../../shared/hosted';
import { PersonalDataVault } from '../../../shared/personal-data.vault';
import { RegistryReadModel } from '../../../shared/registry.read-model';
import { AuthenticationDataReadModel } from '../../queries/authentication-data.read-model';

/**
 * AuthorizeStart for a driver at one of our EVSEs. Authentication data an EMP pushed answers at once;
 * otherwise the EMP named by the contract id is asked, or, for a bare card UID, every EMP peer in
 * parallel, and the first "Authorized" wins without waiting for slower peers. The session is recorded
 * under the winner's SessionID, so notifications and the CDR find their way back to it.
 */
@Injectable()
export class AuthorizeStartCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: RegistryReadModel,
    private readonly client: PeerClient,
    private readonly vault: PersonalDataVault,
    private readonly authenticationData: AuthenticationDataReadModel,
  ) {}

  async execute(command: AuthorizeStartCommand): Promise<AuthorizationResult> {
    const snapshot = await this.registry.snapshot();
    const { operatorId } = hostedOperator(snapshot, command.operatorId);
    const request: AuthorizeStartRequest = checkOicp(
      authorizeStartRequestSchema,
      {
        OperatorID: operatorId,
        Identification: command.identification,
        ...(command.evseId ? { EvseID: command.evseId } : {}),
        ...(command.cpoPartnerSessionId ? { CPOPartnerSessionID: command.cpoPartnerSessionId } : {}),
        ...(command.partnerProductId ? { PartnerProductID: command.partnerProductId } : {}),
      },
      'the authorization request',
    );
    if (request.EvseID) checkEvseIdsOf(operatorId, [request.EvseID]);
    const offline = await this.authenticationData.authorizingProvider('cpo_auth_data', request.Identification);
    if (offline) {
      const sessionId = randomUUID();
      const peerId = resolveEmpPeer(snapshot.peers, offline)?.peerId;
      await this.record(request, { sessionId, providerId: offline, peerId, authorizedBy: 'authentication-data' });
      return { authorizationStatus: 'Authorized', statusCode: statusCode('000'), sessionId, providerId: offline, ...(peerId ? { peerId } : {}), answers: [] };
    }
    const targets = authorizationTargets(snapshot.peers, request.Identification);
    if (targets.mode === 'none') return noRouteAuthorization(targets.reason);
    const answers = await this.firstAuthorized(targets.peers.map((peer) => peer.peerId), operatorId, request);
    const result = authorizationOutcome(targets.mode, answers);
    if (result.authorizationStatus === 'Authorized' && result.sessionId) {
      const providerId = normaliseProviderId(result.providerId ?? (targets.mode === 'targeted' ? targets.providerId : '')) ?? undefined;
      await this.record(request, { sessionId: result.sessionId, providerId, peerId: result.peerId, authorizedBy: 'peer', empPartnerSessionId: result.empPartnerSessionId });
    }
    return result;
  }

  /** Asks every peer at once; resolves with the answers so far as soon as one authorizes, else when all have answered. */
  private firstAuthorized(peerIds: string[], operatorId: string, request: AuthorizeStartRequest): Promise<PeerAnswer[]> {
    const answers: PeerAnswer[] = [];
    return new Promise((resolve) => {
      let pending = peerIds.length;
      for (const peerId of peerIds) {
        void this.ask(peerId, operatorId, request).then((answer) => {
          answers.push(answer);
          pending--;
          if (answer.kind === 'authorized' || pending === 0) resolve([...answers]);
        });
      }
    });
  }

  private async ask(peerId: string, operatorId: string, request: AuthorizeStartRequest): Promise<PeerAnswer> {
    try {
      const result = await this.client.call<AuthorizationStartResponse>(peerId, OICP_OPERATIONS.AuthorizeStart, operatorId, request);
      if (result.kind !== 'answered') return { peerId, kind: result.kind === 'timed-out' ? 'timed-out' : 'failed', detail: result.detail };
      const body = result.body;
      if (!body) return { peerId, kind: 'failed', detail: `HTTP ${result.httpStatus}` };
      if (body.AuthorizationStatus === 'Authorized' && body.SessionID) {
        return {
          peerId,
          kind: 'authorized',
          sessionId: body.SessionID,
          ...(body.ProviderID ? { providerId: body.ProviderID } : {}),
          statusCode: body.StatusCode,
          ...(body.EMPPartnerSessionID ? { empPartnerSessionId: body.EMPPartnerSessionID } : {}),
          ...(body.AuthorizationStopIdentifications ? { stopIdentifications: body.AuthorizationStopIdentifications } : {}),
        };
      }
      return { peerId, kind: 'not-authorized', statusCode: body.StatusCode };
    } catch (error) {
      return { peerId, kind: 'failed', detail: (error as Error).message };
    }
  }

  private async record(request: AuthorizeStartRequest, facts: { sessionId: string; providerId?: string; peerId?: string; authorizedBy: 'peer' | 'authentication-data'; empPartnerSessionId?: string }): Promise<void> {
    const identificationRef = await this.vault.put(request.Identification);
    await executeAggregateCommand(this.store, oicpRef(OICP_AGGREGATES.cpoSession, facts.sessionId), cpoSessionBehaviour, (state) =>
      decideRecordAuthorization(state, {
        sessionId: facts.sessionId,
        operatorId: request.OperatorID,
        ...(request.EvseID ? { evseId: request.EvseID } : {}),
        ...(facts.providerId ? { providerId: facts.providerId } : {}),
        ...(facts.peerId ? { peerId: facts.peerId } : {}),
        ...(request.CPOPartnerSessionID ? { cpoPartnerSessionId: request.CPOPartnerSessionID } : {}),
        ...(facts.empPartnerSessionId ? { empPartnerSessionId: facts.empPartnerSessionId } : {}),
        authorizedBy: facts.authorizedBy,
        identificationRef,
      }),
    );
  }
}
