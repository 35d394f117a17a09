import { Inject, Injectable } from '@nestjs/common';
import { EvseStatusSubmittedV1, OICP_AGGREGATES, type PushEvseStatusCommand, type SubmissionResult } from '@chargemesh/contracts/oicp';
import { empPeers } from '@chargemesh/oicp-peer-domain';
import type { EventStore } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { pushEvseStatusRequestSchema } from '@chargemesh/protocol-oicp';
import { oicpRef } from '../../../shared/aggregates';
import { checkEvseIdsOf, checkOicp, hostedOperator } from '../../../shared/hosted';
import { RegistryReadModel } from '../../../shared/registry.read-model';

/** A hosted CPO's EVSE status changed: recorded, then pushed to every EMP peer in order. */
@Injectable()
export class PushEvseStatusCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: RegistryReadModel,
  ) {}

  async execute(command: PushEvseStatusCommand): Promise<SubmissionResult> {
    const snapshot = await this.registry.snapshot();
    const { operatorId, operatorName } = hostedOperator(snapshot, command.operatorId);
    const request = checkOicp(
      pushEvseStatusRequestSchema,
      { ActionType: command.actionType, OperatorEvseStatus: { OperatorID: operatorId, OperatorName: operatorName, EvseStatusRecord: command.records } },
      'the EVSE status',
    );
    checkEvseIdsOf(operatorId, request.OperatorEvseStatus.EvseStatusRecord.map((record) => record.EvseID));
    const targets = empPeers(snapshot.peers).map((peer) => peer.peerId);
    const { envelope } = await this.store.append(oicpRef(OICP_AGGREGATES.cpoCatalogue, operatorId), EvseStatusSubmittedV1, {
      operatorId,
      operatorName,
      actionType: request.ActionType,
      records: request.OperatorEvseStatus.EvseStatusRecord,
      targets,
    });
    return { eventId: envelope.id, targets };
  }
}
