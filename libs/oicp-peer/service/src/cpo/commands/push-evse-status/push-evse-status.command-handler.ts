import { Injectable } from '@nestjs/common';
import { EvseStatusSubmittedV1, OICP_AGGREGATES, type PushEvseStatusCommand, type SubmissionResult } from '@chargemesh/contracts/oicp';
import { empPeers } from '@chargemesh/oicp-peer-domain';
import { pushEvseStatusRequestSchema } from '@chargemesh/protocol-oicp';
import { evseKey } from '../../../projections/catalogue.sql';
import { oicpRef } from '../../../shared/aggregates';
import { checkEvseIdsOf, checkOicp, hostedOperator } from '../../../shared/hosted';
import { RegistryReadModel } from '../../../shared/registry.read-model';
import { SubmissionWriter, submissionResult } from '../../../shared/submission-writer';

/** A hosted CPO's EVSE status changed: recorded (in parts when large), then pushed to every EMP peer in order. */
@Injectable()
export class PushEvseStatusCommandHandler {
  constructor(
    private readonly writer: SubmissionWriter,
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
    const appended = await this.writer.record(oicpRef(OICP_AGGREGATES.cpoCatalogue, operatorId), EvseStatusSubmittedV1, {
      actionType: request.ActionType,
      records: request.OperatorEvseStatus.EvseStatusRecord,
      keyOf: (record) => evseKey(record.EvseID),
      event: ({ actionType, records, batch }) => ({ operatorId, operatorName, actionType, records, targets, ...(batch ? { batch } : {}) }),
    });
    return submissionResult(appended, targets);
  }
}
