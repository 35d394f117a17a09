import { TransactionStartedV1 } from '@chargemesh/contracts/station';
import type { V16 } from '@chargemesh/protocol-ocpp';
import { evseOfV16Connector, isoTimestamp, v16RegisterReading, v16StartKey } from '@chargemesh/station-gateway-domain';
import { checkToken, idTagInfoOf, statusForVersion } from '../authorize/token-authorization';
import type { MessageHandler } from '../message-handler';

/**
 * 1.6 StartTransaction: we issue the transaction id (a database sequence, unique across stations
 * and instances). A replay of a start whose answer was lost (same connector, timestamp and
 * meterStart) gets the id issued the first time and stores nothing new, whether the gateway
 * remembers it (tracker) or JetStream recognises the retried append (duplicate window).
 * An unknown or refused idTag is answered in idTagInfo, never with a CALLERROR.
 */
export const startTransactionV16: MessageHandler = async (context) => {
  const request = context.call.payload as V16.StartTransactionRequest;
  const { session, ports } = context;
  const { token, answer } = await checkToken(context, { value: request.idTag }, 'start', request.connectorId);
  const response = (transactionId: string) => ({ transactionId: Number(transactionId), idTagInfo: idTagInfoOf(answer) });
  const startKey = v16StartKey(request.connectorId, request.timestamp, request.meterStart);
  const known = session.tracker.findByStartKey(startKey);
  if (known) return response(known.transactionId);

  const { evseId, connectorId } = evseOfV16Connector(request.connectorId);
  let transactionId = String(await ports.transactionIds.next());
  const outcome = await context.emit(
    TransactionStartedV1,
    {
      stationId: session.stationId,
      transactionId,
      ocppVersion: '1.6',
      offline: Date.parse(request.timestamp) < session.connectedAt.getTime(),
      meterValues: [v16RegisterReading(request.timestamp, request.meterStart, 'Transaction.Begin')],
      evseId,
      connectorId,
      startedAt: isoTimestamp(request.timestamp),
      token,
      authorizationStatus: statusForVersion('1.6', answer.status),
      ...(request.reservationId !== undefined ? { reservationId: request.reservationId } : {}),
    },
    `${session.stationId}:start:${startKey}`,
  );
  if (outcome.duplicate) transactionId = (await ports.events.transactionIdAt(outcome.seq)) ?? transactionId;
  session.tracker.commit({ transactionId, evseId, connectorId, token, started: true, ended: false, startKey });
  return response(transactionId);
};
