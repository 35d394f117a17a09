import type { EventData } from '@chargemesh/contracts/envelope';
import { TransactionEndedV1, TransactionStartedV1, TransactionUpdatedV1 } from '@chargemesh/contracts/station';
import type { V201 } from '@chargemesh/protocol-ocpp';
import { decideTransactionEvent, isoTimestamp, meterValuesOfV201 } from '@chargemesh/station-gateway-domain';
import { checkToken, type CheckedToken, idTokenInfoOf } from '../authorize/token-authorization';
import type { MessageHandler } from '../message-handler';

const PURPOSE = { Started: 'start', Updated: 'update', Ended: 'stop' } as const;

/**
 * 2.0.1 TransactionEvent. Every valid event is answered with a CALLRESULT, however late, out of
 * order or repeated: a seqNo already seen is a retransmission (answered, not stored again), a
 * skipped seqNo is recorded as a gap, and the offline flag is kept. The deduplication key is the
 * transaction id and seqNo, because a station retries with a new message id (errata [702]).
 */
export const transactionEventV201: MessageHandler = async (context) => {
  const request = context.call.payload as V201.TransactionEventRequest;
  const { session } = context;
  const transactionId = request.transactionInfo.transactionId;
  let checked: CheckedToken | undefined;
  if (request.idToken) {
    checked = await checkToken(context, { value: request.idToken.idToken, type: request.idToken.type }, PURPOSE[request.eventType], request.evse?.id);
  }
  const response = checked ? { idTokenInfo: idTokenInfoOf(checked.answer) } : {};
  const decision = decideTransactionEvent(session.tracker.get(transactionId), {
    transactionId,
    eventType: request.eventType,
    seqNo: request.seqNo,
    evseId: request.evse?.id,
    connectorId: request.evse?.connectorId,
    token: checked?.token,
  });
  if (decision.kind === 'duplicate') return response;

  const { next } = decision;
  const key = `${session.stationId}:tx:${transactionId}:${request.seqNo}`;
  const info = request.transactionInfo;
  const timestamp = isoTimestamp(request.timestamp);
  // Built field by field: this runs for most frames of a charging fleet, and spreads of optional fields cost.
  const data: Record<string, unknown> = {
    stationId: session.stationId,
    transactionId,
    ocppVersion: '2.0.1',
    offline: request.offline ?? false,
    seqNo: request.seqNo,
    meterValues: meterValuesOfV201(request.meterValue),
    triggerReason: request.triggerReason,
  };
  if (info.chargingState) data.chargingState = info.chargingState;
  if (next.token) data.token = next.token;
  if (decision.kind === 'started') {
    data.evseId = next.evseId ?? 0;
    data.connectorId = next.connectorId ?? 0;
    data.startedAt = timestamp;
    if (checked) data.authorizationStatus = checked.answer.status;
    if (info.remoteStartId !== undefined) data.remoteStartId = info.remoteStartId;
    if (request.reservationId !== undefined) data.reservationId = request.reservationId;
    await context.emit(TransactionStartedV1, data as EventData<typeof TransactionStartedV1>, key);
  } else {
    if (next.evseId !== undefined) data.evseId = next.evseId;
    if (next.connectorId !== undefined) data.connectorId = next.connectorId;
    if (decision.kind === 'ended') {
      data.endedAt = timestamp;
      if (info.stoppedReason) data.stoppedReason = info.stoppedReason;
      data.missingSeqNos = [...decision.missing];
      data.startKnown = next.started;
      await context.emit(TransactionEndedV1, data as EventData<typeof TransactionEndedV1>, key);
    } else {
      data.timestamp = timestamp;
      if (decision.gap) data.seqNoGap = decision.gap;
      await context.emit(TransactionUpdatedV1, data as EventData<typeof TransactionUpdatedV1>, key);
    }
  }
  session.tracker.commit(next);
  return response;
};
