import { createHash } from 'node:crypto';
import { StationMessageReceivedV1, TransactionUpdatedV1 } from '@chargemesh/contracts/station';
import type { V16 } from '@chargemesh/protocol-ocpp';
import { evseOfV16Connector, meterValuesOfV16 } from '@chargemesh/station-gateway-domain';
import type { MessageHandler } from '../message-handler';

/**
 * 1.6 MeterValues: with a transaction id they update that transaction; without one they are a
 * station-level reading. The key hashes the readings rather than the frame, so a reading retried
 * under a new message id after a reconnect is still stored once.
 */
export const meterValuesV16: MessageHandler = async (context) => {
  const request = context.call.payload as V16.MeterValuesRequest;
  const { session, call } = context;
  if (request.transactionId === undefined) {
    await context.emit(StationMessageReceivedV1, { ocppVersion: '1.6', action: call.action, messageId: call.messageId, payload: request });
    return {};
  }
  const transactionId = String(request.transactionId);
  const meterValues = meterValuesOfV16(request.meterValue);
  const readings = createHash('sha256').update(JSON.stringify(request.meterValue)).digest('base64url').slice(0, 16);
  await context.emit(
    TransactionUpdatedV1,
    {
      stationId: session.stationId,
      transactionId,
      ocppVersion: '1.6',
      offline: meterValues.some((value) => Date.parse(value.timestamp) < session.connectedAt.getTime()),
      meterValues,
      ...evseOfV16Connector(request.connectorId),
      timestamp: meterValues[meterValues.length - 1].timestamp,
    },
    `${session.stationId}:mv:${transactionId}:${readings}`,
  );
  return {};
};

/** 2.0.1 MeterValues are not part of a transaction (those travel in TransactionEvent): a station-level reading. */
export const meterValuesV201: MessageHandler = async (context) => {
  const { call, session } = context;
  await context.emit(StationMessageReceivedV1, { ocppVersion: session.version, action: call.action, messageId: call.messageId, payload: call.payload });
  return {};
};
