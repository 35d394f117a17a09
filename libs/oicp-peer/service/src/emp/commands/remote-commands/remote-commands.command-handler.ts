import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { CodedError, pending } from '@chargemesh/contracts/envelope';
import {
  OICP_AGGREGATES,
  OICP_ERRORS,
  type RemoteCommand,
  type RemoteCommandResult,
  RemoteCommandOutcomeRecordedV1,
  RemoteCommandRequestedV1,
  type RemoteStartCommand,
  type RemoteStopCommand,
} from '@chargemesh/contracts/oicp';
import { resolveCpoPeer } from '@chargemesh/oicp-peer-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { type Acknowledgement, isEvseId, OICP_OPERATIONS, operatorIdOfEvseId, statusCode } from '@chargemesh/protocol-oicp';
import { PeerClient } from '../../../peer-api/peer-client';
import { empSessionBehaviour, oicpRef } from '../../../shared/aggregates';
import { statusOfCall } from '../../../shared/call-status';
import { hostedProvider } from '../../../shared/hosted';
import { PersonalDataVault } from '../../../shared/personal-data.vault';
import { RegistryReadModel } from '../../../shared/registry.read-model';

const OPERATIONS = {
  'remote-start': OICP_OPERATIONS.AuthorizeRemoteStart,
  'remote-stop': OICP_OPERATIONS.AuthorizeRemoteStop,
  'reservation-start': OICP_OPERATIONS.AuthorizeRemoteReservationStart,
  'reservation-stop': OICP_OPERATIONS.AuthorizeRemoteReservationStop,
} as const;

type StartLike = RemoteStartCommand & { durationMinutes?: number };

/**
 * Remote start, stop and reservations sent by our EMPs. A start goes to the CPO peer of the EvseID's
 * operator (210 and no call when there is none) under a SessionID we mint and record first; if the call
 * then times out, the session is kept, and the CPO's notifications and CDR carrying that SessionID
 * complete it. A stop goes to the peer the session is with.
 */
@Injectable()
export class EmpRemoteCommandsCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: RegistryReadModel,
    private readonly client: PeerClient,
    private readonly vault: PersonalDataVault,
  ) {}

  async start(command: 'remote-start' | 'reservation-start', request: StartLike): Promise<RemoteCommandResult> {
    const snapshot = await this.registry.snapshot();
    const { providerId } = hostedProvider(snapshot, request.providerId);
    const operatorId = isEvseId(request.evseId) ? operatorIdOfEvseId(request.evseId) : undefined;
    if (!operatorId) throw new CodedError(OICP_ERRORS.invalid, `${request.evseId} is not an OICP EvseID`);
    const sessionId = randomUUID();
    const peer = resolveCpoPeer(snapshot.peers, operatorId);
    if (!peer) return { sessionId, accepted: false, outcome: 'no-route', statusCode: statusCode('210', `no CPO peer serves operator ${operatorId}`) };
    const identification = { RemoteIdentification: { EvcoID: request.evcoId } };
    const identificationRef = await this.vault.put(identification);
    await this.store.append(
      oicpRef(OICP_AGGREGATES.empSession, sessionId),
      RemoteCommandRequestedV1,
      { sessionId, command, providerId, operatorId, evseId: request.evseId, peerId: peer.peerId, identificationRef, ...(request.durationMinutes ? { durationMinutes: request.durationMinutes } : {}) },
      { expectedSeq: 0 },
    );
    const body = {
      SessionID: sessionId,
      ProviderID: providerId,
      EvseID: request.evseId,
      Identification: identification,
      ...(request.partnerProductId ? { PartnerProductID: request.partnerProductId } : {}),
      ...(request.empPartnerSessionId ? { EMPPartnerSessionID: request.empPartnerSessionId } : {}),
      ...(request.durationMinutes ? { Duration: request.durationMinutes } : {}),
    };
    return this.send(command, sessionId, peer.peerId, providerId, body);
  }

  async stop(command: 'remote-stop' | 'reservation-stop', request: RemoteStopCommand): Promise<RemoteCommandResult> {
    const { providerId } = hostedProvider(await this.registry.snapshot(), request.providerId);
    const ref = oicpRef(OICP_AGGREGATES.empSession, request.sessionId);
    const { state } = await executeAggregateCommand(this.store, ref, empSessionBehaviour, (current) => {
      if (!current.known || !current.peerId || !current.evseId) throw new CodedError(OICP_ERRORS.sessionUnknown, `no session ${request.sessionId} to stop`);
      return [pending(RemoteCommandRequestedV1, { sessionId: request.sessionId, command, providerId, operatorId: current.operatorId as string, evseId: current.evseId, peerId: current.peerId })];
    });
    const body = { SessionID: request.sessionId, ProviderID: providerId, EvseID: request.evseId ?? (state.evseId as string) };
    return this.send(command, request.sessionId, state.peerId as string, providerId, body);
  }

  private async send(command: RemoteCommand, sessionId: string, peerId: string, providerId: string, body: Record<string, unknown>): Promise<RemoteCommandResult> {
    const result = await this.client.call<Acknowledgement>(peerId, OPERATIONS[command], providerId, body);
    const accepted = result.kind === 'answered' && result.body?.Result === true;
    const outcome = accepted ? 'accepted' : result.kind === 'timed-out' ? 'timed-out' : result.kind === 'answered' && result.body ? 'rejected' : 'failed';
    const status = statusOfCall(result);
    await this.store.append(oicpRef(OICP_AGGREGATES.empSession, sessionId), RemoteCommandOutcomeRecordedV1, { sessionId, command, outcome, statusCode: status });
    return { sessionId, accepted, outcome, statusCode: status, peerId };
  }
}
