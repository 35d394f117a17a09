import { TransactionEndedV1 } from '@chargemesh/contracts/station';
import type { V16 } from '@chargemesh/protocol-ocpp';
import { isoTimestamp, meterValuesOfV16, v16RegisterReading } from '@chargemesh/station-gateway-domain';
import { checkToken, type CheckedToken, idTagInfoOf } from '../authorize/token-authorization';
import type { MessageHandler } from '../message-handler';

/**
 * 1.6 StopTransaction: ends the transaction once. A replayed stop is answered again without a
 * second event; a stop for an id we do not know (e.g. issued before a database restore) is still
 * accepted and recorded with startKnown false, since a CALLERROR would make the station drop it.
 */
export const stopTransactionV16: MessageHandler = async (context) => {
  const request = context.call.payload as V16.StopTransactionRequest;
  const { session } = context;
  const transactionId = String(request.transactionId);
  const current = session.tracker.get(transactionId);
  let checked: CheckedToken | undefined;
  if (request.idTag) checked = await checkToken(context, { value: request.idTag }, 'stop', current?.evseId);
  const response = checked ? { idTagInfo: idTagInfoOf(checked.answer) } : {};
  if (current?.ended) return response;

  const token = checked?.token ?? current?.token;
  await context.emit(
    TransactionEndedV1,
    {
      stationId: session.stationId,
      transactionId,
      ocppVersion: '1.6',
      offline: Date.parse(request.timestamp) < session.connectedAt.getTime(),
      meterValues: [...meterValuesOfV16(request.transactionData), v16RegisterReading(request.timestamp, request.meterStop, 'Transaction.End')],
      ...(current?.evseId !== undefined ? { evseId: current.evseId } : {}),
      ...(current?.connectorId !== undefined ? { connectorId: current.connectorId } : {}),
      endedAt: isoTimestamp(request.timestamp),
      ...(token ? { token } : {}),
      // 1.6: the reason may only be left out when it is Local.
      stoppedReason: request.reason ?? 'Local',
      missingSeqNos: [],
      startKnown: Boolean(current?.started),
    },
    `${session.stationId}:stop:${transactionId}`,
  );
  session.tracker.commit({ ...(current ?? { transactionId, started: false }), ...(token ? { token } : {}), ended: true });
  return response;
};
