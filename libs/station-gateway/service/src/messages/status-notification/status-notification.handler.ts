import { ConnectorStatusChangedV1 } from '@chargemesh/contracts/station';
import type { V16, V201 } from '@chargemesh/protocol-ocpp';
import { connectorStatusOfV16, evseOfV16Connector, isoTimestamp } from '@chargemesh/station-gateway-domain';
import type { MessageHandler } from '../message-handler';

/** 1.6 StatusNotification: one connector (0 = the whole station) with the 1.6 status kept next to the common one. */
export const statusNotificationV16: MessageHandler = async (context) => {
  const request = context.call.payload as V16.StatusNotificationRequest;
  await context.emit(ConnectorStatusChangedV1, {
    ...evseOfV16Connector(request.connectorId),
    status: connectorStatusOfV16(request.status),
    ocppStatus: request.status,
    ...(request.errorCode !== 'NoError' ? { errorCode: request.vendorErrorCode ? `${request.errorCode}/${request.vendorErrorCode}` : request.errorCode } : {}),
    ...(request.info ? { info: request.info } : {}),
    timestamp: request.timestamp ? isoTimestamp(request.timestamp) : new Date(context.call.receivedAt).toISOString(),
  });
  return {};
};

export const statusNotificationV201: MessageHandler = async (context) => {
  const request = context.call.payload as V201.StatusNotificationRequest;
  await context.emit(ConnectorStatusChangedV1, {
    evseId: request.evseId,
    connectorId: request.connectorId,
    status: request.connectorStatus,
    ocppStatus: request.connectorStatus,
    timestamp: isoTimestamp(request.timestamp),
  });
  return {};
};
