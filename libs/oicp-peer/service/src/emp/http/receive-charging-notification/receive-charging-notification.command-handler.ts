import { Inject, Injectable } from '@nestjs/common';
import { OICP_AGGREGATES } from '@chargemesh/contracts/oicp';
import { decideNotificationReceived } from '@chargemesh/oicp-peer-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { type Acknowledgement, acknowledgement, type ChargingNotificationRequest, normaliseOperatorId } from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { empSessionBehaviour, oicpRef } from '../../../shared/aggregates';
import { PersonalDataVault } from '../../../shared/personal-data.vault';

/**
 * A CPO peer reports on a session (Start, Progress, End, Error). No id in the path: the SessionID says
 * which session, and only the CPO the session is with may report on it. A session we asked for whose
 * call timed out is joined here like any other.
 */
@Injectable()
export class ReceiveChargingNotificationCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute(call: InboundCall<ChargingNotificationRequest>): Promise<Acknowledgement> {
    const { Identification, ...notification } = call.body;
    const identificationRef = Identification ? await this.vault.put(Identification) : undefined;
    await executeAggregateCommand(this.store, oicpRef(OICP_AGGREGATES.empSession, notification.SessionID), empSessionBehaviour, (state) =>
      decideNotificationReceived(state, {
        sessionId: notification.SessionID,
        type: notification.Type,
        peerId: call.peer.peerId,
        operatorId: normaliseOperatorId(notification.OperatorID) as string,
        evseId: notification.EvseID,
        notification: notification as Record<string, unknown>,
        ...(identificationRef ? { identificationRef } : {}),
      }),
    );
    return acknowledgement('000', { SessionID: notification.SessionID, ...(notification.CPOPartnerSessionID ? { CPOPartnerSessionID: notification.CPOPartnerSessionID } : {}) });
  }
}
