import { StationMessageReceivedV1 } from '@chargemesh/contracts/station';
import type { MessageHandler } from '../message-handler';

/** Records the message as received and answers with a fixed payload. */
export function recordAndAnswer(answer: Readonly<Record<string, unknown>>): MessageHandler {
  return async (context) => {
    const { call, session } = context;
    await context.emit(StationMessageReceivedV1, { ocppVersion: session.version, action: call.action, messageId: call.messageId, payload: call.payload });
    return answer;
  };
}

const acknowledge = recordAndAnswer({});

/*
 * Notifications that need no decision here: they are stored for the services that act on them.
 * The certificate requests are refused as each schema allows (SignCertificate Rejected,
 * Get15118EVCertificate/GetCertificateStatus Failed): this gateway has no CA or ISO 15118 PKI yet,
 * and a refusal lets the station retry later instead of treating us as broken. NotifyEVChargingNeeds
 * is Rejected because no ISO 15118 schedule will follow; a schedule the EV reports is Accepted.
 */
export const V16_NOTIFICATIONS: Readonly<Record<string, MessageHandler>> = {
  DiagnosticsStatusNotification: acknowledge,
  FirmwareStatusNotification: acknowledge,
  LogStatusNotification: acknowledge,
  SecurityEventNotification: acknowledge,
  SignedFirmwareStatusNotification: acknowledge,
  SignCertificate: recordAndAnswer({ status: 'Rejected' }),
};

export const V201_NOTIFICATIONS: Readonly<Record<string, MessageHandler>> = {
  ClearedChargingLimit: acknowledge,
  FirmwareStatusNotification: acknowledge,
  LogStatusNotification: acknowledge,
  NotifyChargingLimit: acknowledge,
  NotifyCustomerInformation: acknowledge,
  NotifyDisplayMessages: acknowledge,
  NotifyEvent: acknowledge,
  NotifyMonitoringReport: acknowledge,
  NotifyReport: acknowledge,
  PublishFirmwareStatusNotification: acknowledge,
  ReportChargingProfiles: acknowledge,
  ReservationStatusUpdate: acknowledge,
  SecurityEventNotification: acknowledge,
  NotifyEVChargingSchedule: recordAndAnswer({ status: 'Accepted' }),
  NotifyEVChargingNeeds: recordAndAnswer({ status: 'Rejected' }),
  SignCertificate: recordAndAnswer({ status: 'Rejected' }),
  Get15118EVCertificate: recordAndAnswer({ status: 'Failed', exiResponse: '' }),
  GetCertificateStatus: recordAndAnswer({ status: 'Failed' }),
};
