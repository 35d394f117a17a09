import { Inject, Injectable } from '@nestjs/common';
import { OICP_AGGREGATES, type SessionSubmissionResult } from '@chargemesh/contracts/oicp';
import { decideSubmitNotification } from '@chargemesh/oicp-peer-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { chargingNotificationRequestSchema } from '@chargemesh/protocol-oicp';
import { cpoSessionBehaviour, oicpRef } from '../../../shared/aggregates';
import { checkEvseIdsOf, checkOicp, hostedOperator } from '../../../shared/hosted';
import { PersonalDataVault } from '../../../shared/personal-data.vault';
import { RegistryReadModel } from '../../../shared/registry.read-model';

/** A charging notification (Start, Progress, End, Error) for the session's EMP peer, delivered in order. */
@Injectable()
export class SendChargingNotificationCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: RegistryReadModel,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute(command: { notification: Record<string, unknown> }): Promise<SessionSubmissionResult> {
    const notification = checkOicp(chargingNotificationRequestSchema, command.notification, 'the charging notification');
    const { operatorId } = hostedOperator(await this.registry.snapshot(), notification.OperatorID);
    checkEvseIdsOf(operatorId, [notification.EvseID]);
    const { Identification, ...rest } = notification;
    const identificationRef = Identification ? await this.vault.put(Identification) : undefined;
    const { state } = await executeAggregateCommand(this.store, oicpRef(OICP_AGGREGATES.cpoSession, notification.SessionID), cpoSessionBehaviour, (current) =>
      decideSubmitNotification(current, {
        sessionId: notification.SessionID,
        type: notification.Type,
        notification: rest as Record<string, unknown>,
        ...(identificationRef ? { identificationRef } : {}),
      }),
    );
    return { sessionId: notification.SessionID, peerId: state.peerId as string, duplicate: false };
  }
}
