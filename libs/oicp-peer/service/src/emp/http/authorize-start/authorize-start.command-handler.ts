import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { pending } from '@chargemesh/contracts/envelope';
import { EmpSessionAuthorizedV1, OICP_AGGREGATES } from '@chargemesh/contracts/oicp';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import {
  type AuthorizationStartResponse,
  type AuthorizeStartRequest,
  authorizedStart,
  identificationVariant,
  notAuthorized,
  normaliseOperatorId,
  type OicpStatusCode,
  statusCode,
} from '@chargemesh/protocol-oicp';
import { AuthenticationDataReadModel } from '../../../cpo/queries/authentication-data.read-model';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { empSessionBehaviour, oicpRef } from '../../../shared/aggregates';
import { PersonalDataVault } from '../../../shared/personal-data.vault';

/** The refusal that names what was wrong with each kind of identification. */
const REFUSAL: Record<string, OicpStatusCode> = {
  RFIDMifareFamilyIdentification: '102',
  QRCodeIdentification: '101',
  PlugAndChargeIdentification: '105',
  RemoteIdentification: '210',
};

/**
 * AuthorizeStart served by our EMP side: one of our EMPs accepts the identification (its own
 * authentication data) or nobody here does. Peer to peer the EMP mints the SessionID (Hubject's, when
 * it came with the request); the session is recorded before the answer leaves.
 */
@Injectable()
export class EmpAuthorizeStartCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly authenticationData: AuthenticationDataReadModel,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute(call: InboundCall<AuthorizeStartRequest>): Promise<AuthorizationStartResponse> {
    const request = call.body;
    const providerId = await this.authenticationData.authorizingProvider('emp_auth_data', request.Identification, call.registry.own.providerIds);
    if (!providerId) return notAuthorized(request, statusCode(REFUSAL[identificationVariant(request.Identification)] ?? '210'));
    const sessionId = request.SessionID ?? randomUUID();
    const identificationRef = await this.vault.put(request.Identification);
    await executeAggregateCommand(this.store, oicpRef(OICP_AGGREGATES.empSession, sessionId), empSessionBehaviour, (state) =>
      state.known
        ? []
        : [
            pending(EmpSessionAuthorizedV1, {
              sessionId,
              providerId,
              operatorId: normaliseOperatorId(request.OperatorID) as string,
              ...(request.EvseID ? { evseId: request.EvseID } : {}),
              peerId: call.peer.peerId,
              identificationRef,
              ...(request.CPOPartnerSessionID ? { cpoPartnerSessionId: request.CPOPartnerSessionID } : {}),
            }),
          ],
    );
    return authorizedStart(request, { SessionID: sessionId, ProviderID: providerId, StatusCode: statusCode('000'), AuthorizationStopIdentifications: [request.Identification] });
  }
}
