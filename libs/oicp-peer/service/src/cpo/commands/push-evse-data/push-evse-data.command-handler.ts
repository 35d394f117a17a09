import { Injectable } from '@nestjs/common';
import { EvseDataSubmittedV1, OICP_AGGREGATES, type PushEvseDataCommand, type SubmissionResult } from '@chargemesh/contracts/oicp';
import { empPeers } from '@chargemesh/oicp-peer-domain';
import { pushEvseDataRequestSchema } from '@chargemesh/protocol-oicp';
import { evseKey } from '../../../projections/catalogue.sql';
import { oicpRef } from '../../../shared/aggregates';
import { checkEvseIdsOf, checkOicp, hostedOperator } from '../../../shared/hosted';
import { RegistryReadModel } from '../../../shared/registry.read-model';
import { SubmissionWriter, submissionResult } from '../../../shared/submission-writer';

/**
 * A hosted CPO publishes EVSE data (fullLoad, update, insert, delete): recorded (in parts when it does not
 * fit one event), served to pulls, pushed to every EMP peer. The admin HTTP API calls this directly, so a
 * multi-MB fullLoad is limited by OICP_MAX_BODY_BYTES only, not by the NATS request the command would be.
 */
@Injectable()
export class PushEvseDataCommandHandler {
  constructor(
    private readonly writer: SubmissionWriter,
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
    const appended = await this.writer.record(oicpRef(OICP_AGGREGATES.cpoCatalogue, operatorId), EvseDataSubmittedV1, {
      actionType: request.ActionType,
      records: request.OperatorEvseData.EvseDataRecord as unknown as Record<string, unknown>[],
      keyOf: (record) => evseKey(record.EvseID as string),
      event: ({ actionType, records, batch }) => ({ operatorId, operatorName, actionType, records, targets, ...(batch ? { batch } : {}) }),
    });
    return submissionResult(appended, targets);
  }
}
