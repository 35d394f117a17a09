import { StationBootedV1 } from '@chargemesh/contracts/station';
import type { V16, V201 } from '@chargemesh/protocol-ocpp';
import type { HandlerContext, MessageHandler } from '../message-handler';

/**
 * BootNotification: answered with the station's registration policy (Accepted, Pending for
 * onboarding, Rejected). The answer is the station's registration status until its next boot and
 * survives reconnects (it is rebuilt from the StationBooted event). Accepted stations get the
 * heartbeat interval, the others the minimum wait before they boot again (1.6 §4.2, 2.0.1 B01-B03).
 */
async function recordBoot(context: HandlerContext, identity: { vendorName: string; model: string; serialNumber?: string; firmwareVersion?: string; reason?: string }) {
  const { session, settings } = context;
  const status = session.registrationPolicy;
  const interval = status === 'Accepted' ? settings.heartbeatIntervalS : settings.bootRetryIntervalS;
  await context.emit(StationBootedV1, { ocppVersion: session.version, registrationStatus: status, interval, ...identity });
  session.registrationStatus = status;
  session.triggered.clear();
  return { status, currentTime: new Date().toISOString(), interval };
}

export const bootNotificationV16: MessageHandler = (context) => {
  const request = context.call.payload as V16.BootNotificationRequest;
  return recordBoot(context, {
    vendorName: request.chargePointVendor,
    model: request.chargePointModel,
    ...(request.chargePointSerialNumber ?? request.chargeBoxSerialNumber ? { serialNumber: request.chargePointSerialNumber ?? request.chargeBoxSerialNumber } : {}),
    ...(request.firmwareVersion ? { firmwareVersion: request.firmwareVersion } : {}),
  });
};

export const bootNotificationV201: MessageHandler = (context) => {
  const request = context.call.payload as V201.BootNotificationRequest;
  const station = request.chargingStation;
  return recordBoot(context, {
    vendorName: station.vendorName,
    model: station.model,
    ...(station.serialNumber ? { serialNumber: station.serialNumber } : {}),
    ...(station.firmwareVersion ? { firmwareVersion: station.firmwareVersion } : {}),
    reason: request.reason,
  });
};
