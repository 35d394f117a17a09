import type { RegistrationStatus } from '@chargemesh/contracts/station';

/** Commands that start or stop charging: not while a station is Pending or not yet booted (1.6 §4.2, 2.0.1 B02). */
const TRANSACTION_COMMANDS: ReadonlySet<string> = new Set([
  'RemoteStartTransaction',
  'RemoteStopTransaction',
  'RequestStartTransaction',
  'RequestStopTransaction',
]);

/**
 * Whether a CALL from the station may be handled. Before the station is Accepted only
 * BootNotification is (1.6J errata §3.8 and 2.0.1 B01.FR.10/B02.FR.09/B03.FR.07 want SecurityError
 * for the rest), except, while Pending, the messages we asked for with TriggerMessage.
 */
export function mayHandleStationCall(status: RegistrationStatus | undefined, action: string, triggered: ReadonlySet<string>): boolean {
  if (action === 'BootNotification' || status === 'Accepted') return true;
  return status === 'Pending' && triggered.has(action);
}

/**
 * Why a command may not be sent to a station in this registration state, or undefined when it
 * may: a Rejected station gets nothing but TriggerMessage(BootNotification) (2.0.1 B03.FR.08), and
 * charging cannot be started or stopped remotely before the station is Accepted.
 */
export function commandGateProblem(status: RegistrationStatus | undefined, action: string, payload: unknown): string | undefined {
  if (status === 'Rejected') {
    const requested = (payload as { requestedMessage?: unknown } | undefined)?.requestedMessage;
    const triggersBoot = (action === 'TriggerMessage' || action === 'ExtendedTriggerMessage') && requested === 'BootNotification';
    return triggersBoot ? undefined : 'the station is Rejected: only TriggerMessage(BootNotification) may be sent to it';
  }
  if (status !== 'Accepted' && TRANSACTION_COMMANDS.has(action)) {
    return `${action} is not allowed while the station is ${status ?? 'not booted'}`;
  }
  return undefined;
}

/** The CALL a station sends in reply to TriggerMessage/ExtendedTriggerMessage for `requestedMessage`. */
export function actionTriggeredBy(requestedMessage: string): string {
  switch (requestedMessage) {
    case 'SignChargingStationCertificate':
    case 'SignV2GCertificate':
    case 'SignChargePointCertificate':
      return 'SignCertificate';
    default:
      return requestedMessage;
  }
}
