import { Inject, Injectable } from '@nestjs/common';
import { EvseDataSubmittedV1, OICP_AGGREGATES, type PushEvseDataCommand, type SubmissionResult } from '@chargemesh/contracts/oicp';
import { empPeers } from '@chargemesh/oicp-peer-domain';
import type { EventStore } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { pushEvseDataRequestSchema } from '@chargemesh/protocol-oicp';
import { oicpRef } from '../../../shared/aggregates';
import { checkEvseIdsOf, checkOicp, hostedOperator } from '../../../shared/hosted';
import { RegistryReadModel } from '../../../shared/registry.read-model';

/** A hosted CPO publishes EVSE data (fullLoad, update, insert, delete): recorded, served to pulls, pushed to every EMP peer. */
@Injectable()
export class PushEvseDataCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: RegistryReadModel,
  ) {}

  async execute(command: PushEvseDataCommand): Promise<SubmissionResult> {
    const snapshot = await this.registry.snapshot();
    const { operatorId, operatorName } = hostedOperator(snapshot, command.operatorId);
    const request = checkOicp(
      pushEvseDataRequestSchema,
      { ActionType: command.actionType, OperatorEvseData: { OperatorID: operatorId, OperatorName: operatorName, EvseDataRecord: command.records } },
      'the EVSE data',
    );
    checkEvseIdsOf(operatorId, request.OperatorEvseData.EvseDataRecord.map((record) => record.EvseID));
    const targets = empPeers(snapshot.peers).map((peer) => peer.peerId);
    // The parsed records: errata spellings (ChargingStationID) are written the leading way from here on.
    const { envelope } = await this.store.append(oicpRef(OICP_AGGREGATES.cpoCatalogue, operatorId), EvseDataSubmittedV1, {
      operatorId,
      operatorName,
      actionType: request.ActionType,
      records: request.OperatorEvseData.EvseDataRecord as unknown as Record<string, unknown>[],
      targets,
    });
    return { eventId: envelope.id, targets };
  }
}
