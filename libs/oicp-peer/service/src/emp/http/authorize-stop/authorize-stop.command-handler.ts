import { Inject, Injectable } from '@nestjs/common';
import { isCodedError } from '@chargemesh/contracts/envelope';
import { OICP_AGGREGATES, OICP_ERRORS } from '@chargemesh/contracts/oicp';
import { decideAuthorizeStop } from '@chargemesh/oicp-peer-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { type AuthorizationStopResponse, type AuthorizeStopRequest, notAuthorized, statusCode } from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { empSessionBehaviour, oicpRef } from '../../../shared/aggregates';

/** AuthorizeStop served by our EMP side: a session we hold with this CPO may be stopped; any other is "400 Session is invalid". */
@Injectable()
export class EmpAuthorizeStopCommandHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(call: InboundCall<AuthorizeStopRequest>): Promise<AuthorizationStopResponse> {
    const request = call.body;
    try {
      const { state } = await executeAggregateCommand(this.store, oicpRef(OICP_AGGREGATES.empSession, request.SessionID), empSessionBehaviour, (current) =>
        decideAuthorizeStop(current, request.SessionID, call.peer.peerId, request.OperatorID),
      );
      return { SessionID: request.SessionID, ...(request.CPOPartnerSessionID ? { CPOPartnerSessionID: request.CPOPartnerSessionID } : {}), ...(state.providerId ? { ProviderID: state.providerId } : {}), AuthorizationStatus: 'Authorized', StatusCode: statusCode('000') };
    } catch (error) {
      if (isCodedError(error) && error.code === OICP_ERRORS.sessionUnknown) return notAuthorized(request, statusCode('400', error.message));
      throw error;
    }
  }
}
